from django.apps import AppConfig


class PhotosConfig(AppConfig):
    """The agency's pictures: taken in from the desk and the wire, described
    (IPTC photo metadata), cut into renditions, and used by stories."""

    name = "dateline.photos"
    label = "photos"
    verbose_name = "Photos"

    def ready(self) -> None:
        from dateline.site.hooks import article_context
        from dateline.stories.demo.loader import register_demo_fields
        from dateline.stories.signals import story_published, story_unpublished

        from .article import article_photos
        from .demo import demo_story_fields
        from .receivers import on_story_changed

        # Which public stories use which photo, for the photo's own page.
        story_published.connect(on_story_changed, dispatch_uid="photos-storyphoto-published")
        story_unpublished.connect(on_story_changed, dispatch_uid="photos-storyphoto-unpublished")
        # The article page's lead photo, gallery, social image and JSON-LD images.
        article_context(article_photos)
        # `dateline load-demo` gives demo stories drawn photos.
        register_demo_fields(demo_story_fields)
