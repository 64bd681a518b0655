from django.apps import AppConfig


class WireConfig(AppConfig):
    name = "dateline.wire"
    label = "wire"
    verbose_name = "Wire (feeds, API, exports)"

    def ready(self) -> None:
        from dateline.stories.signals import story_published, story_unpublished

        from .events import on_version

        story_published.connect(on_version, dispatch_uid="wire.record_published")
        story_unpublished.connect(on_version, dispatch_uid="wire.record_unpublished")
