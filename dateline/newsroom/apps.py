from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "dateline.newsroom"
    label = "newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import post_migrate

        from dateline.core import audit as core_audit
        from dateline.desk.signals import desk_action

        from .audit import on_desk_action, record_action
        from .middleware import stamp_session_on_login
        from .roles import add_to_shell

        add_to_shell()
        from .live import add_newsroom_feeds

        add_newsroom_feeds()
        # The story actions write their audit rows through this writer.
        core_audit.register(record_action)
        desk_action.connect(on_desk_action, dispatch_uid="newsroom-audit-desk")
        # Every sign-in (the desk's, the admin's, tests') starts in the user's
        # current session generation, so "sign out everywhere" ends only older ones.
        user_logged_in.connect(stamp_session_on_login, dispatch_uid="newsroom-session-generation")
        # Keep the role groups complete after every migrate and test flush.
        post_migrate.connect(_sync_roles, dispatch_uid="newsroom-roles")


def _sync_roles(sender, **kwargs):
    """After the newsroom's own post_migrate, and again after that of each app
    whose permissions a role holds (dateline.desk.registry): an app's
    permissions are created by auth's receiver on that app's signal, so a
    sync before it would miss them."""
    from dateline.desk.registry import permission_app_labels

    from .roles import ensure_roles

    if sender.label == "newsroom" or sender.label in permission_app_labels():
        ensure_roles()
