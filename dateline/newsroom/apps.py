from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "dateline.newsroom"
    label = "newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        from dateline.stories.workflow import story_changed

        from .audit import on_story_changed

        story_changed.connect(on_story_changed, dispatch_uid="newsroom-audit")
