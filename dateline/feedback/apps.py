from django.apps import AppConfig
from django.db.models.signals import post_migrate


class FeedbackConfig(AppConfig):
    name = "dateline.feedback"
    label = "feedback"
    verbose_name = "Readers' feedback"

    def ready(self):
        from . import context  # noqa: F401  registers the article page's feedback widget context
        from .live import register as register_live
        from .roles import ensure_feedback_desk_group

        register_live()  # the new-feedback count on the newsroom's live desk

        # After auth's own post_migrate has created the permissions.
        post_migrate.connect(ensure_feedback_desk_group, sender=self, dispatch_uid="feedback-desk-group")
