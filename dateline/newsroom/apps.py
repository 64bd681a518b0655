from django.apps import AppConfig, apps


class NewsroomConfig(AppConfig):
    name = "dateline.newsroom"
    label = "newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        from dateline.stories.workflow import story_changed

        from .audit import on_story_changed

        story_changed.connect(on_story_changed, dispatch_uid="newsroom-audit")

        from .live import register_newsroom_feeds

        register_newsroom_feeds()

        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import post_migrate

        from .middleware import stamp_session_on_login

        # Every sign-in (the desk's, the admin's, tests') starts in the user's
        # current session generation, so "sign out everywhere" ends only older ones.
        user_logged_in.connect(stamp_session_on_login, dispatch_uid="newsroom-session-generation")
        # Keep the role groups complete after every migrate and test flush. The
        # newsroom's own signal covers its permissions and those of apps before
        # it; each app named in roles.OPTIONAL syncs again on its own signal,
        # as its permissions are created only then (auth's receiver runs first).
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="newsroom-roles")
        optional = _optional_app_labels()
        for config in apps.get_app_configs():
            if config.label in optional and config is not self:
                post_migrate.connect(_sync_roles, sender=config, dispatch_uid=f"newsroom-roles-after-{config.label}")


def _optional_app_labels():
    from .roles import OPTIONAL

    return {dotted.split(".")[0] for perms in OPTIONAL.values() for dotted in perms}


def _sync_roles(sender, **kwargs):
    from .roles import ensure_roles

    ensure_roles()
