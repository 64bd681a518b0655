from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "dateline.newsroom"
    label = "newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        from dateline.stories.workflow import story_changed

        from .audit import on_story_changed

        story_changed.connect(on_story_changed, dispatch_uid="newsroom-audit")

        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import post_migrate

        from .middleware import stamp_session_on_login

        # Every sign-in (the desk's, the admin's, tests') starts in the user's
        # current session generation, so "sign out everywhere" ends only older ones.
        user_logged_in.connect(stamp_session_on_login, dispatch_uid="newsroom-session-generation")
        post_migrate.connect(_sync_roles, dispatch_uid="newsroom-roles")


def _sync_roles(sender, using="default", **kwargs):
    """Keep the role groups complete after every migrate (and test flush), when
    all apps' permissions exist: that is after the last app's signal, since
    roles also grant permissions of apps listed after the newsroom (search)."""
    from django.apps import apps

    from .roles import ensure_roles

    last = [config for config in apps.get_app_configs() if config.models_module is not None][-1]
    if sender.label == last.label:
        ensure_roles()
