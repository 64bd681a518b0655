from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "dateline.feedback"
    label = "feedback"
