from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "dateline.feedback"
    label = "feedback"
    verbose_name = "Readers' feedback"

    def ready(self):
        from . import context  # noqa: F401  registers the article page's feedback widget context
