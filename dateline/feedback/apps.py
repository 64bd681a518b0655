from django.apps import AppConfig
from django.db.models.signals import post_migrate


class FeedbackConfig(AppConfig):
    name = "dateline.feedback"
    label = "feedback"
    verbose_name = "Readers' feedback"

    def ready(self):
        from dateline.desk.registry import register_desk, register_role_permissions

        from . import context  # noqa: F401  registers the article page's feedback widget context
        from .live import add_to_live_desk
        from .roles import ensure_feedback_desk_group

        add_to_live_desk()  # the new-feedback count on the newsroom's live desk

        # After auth's own post_migrate has created the permissions.
        post_migrate.connect(ensure_feedback_desk_group, sender=self, dispatch_uid="feedback-desk-group")
        register_desk("feedback", "Feedback", "feedback:inbox", permission="feedback.triage_feedback", order=40)
        # Editors answer readers' reports about their stories; the chief
        # editor also sees readers' emails and exports the inbox.
        register_role_permissions("editor", "feedback.triage_feedback")
        register_role_permissions(
            "chief", "feedback.triage_feedback", "feedback.view_feedback_email", "feedback.export_feedback"
        )
