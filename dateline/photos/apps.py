from django.apps import AppConfig


class PhotosConfig(AppConfig):
    """The agency's pictures: taken in from the desk and the wire, described
    (IPTC photo metadata), cut into renditions, and used by stories."""

    name = "dateline.photos"
    label = "photos"
    verbose_name = "Photos"

    def ready(self) -> None:
        self.add_photo_desk()
        self.add_public_site()

    def add_photo_desk(self) -> None:
        """The Photos desk, who may use it, and a story's photos in its editor."""
        from dateline.desk.registry import register_desk, register_role_permissions
        from dateline.newsroom.editor_parts import register_editor_part
        from dateline.stories.hooks import register_before_version, register_publication_check

        from .desk import story_photos

        register_desk("photos", "Photos", "photodesk:list", permission="photos.view_photo", order=25)
        # Least privilege: reporters add photos and describe their own drafts;
        # editors describe, publish and withdraw any; the chief may also delete.
        writer = ("photos.view_photo", "photos.add_photo", "photos.change_photo")
        register_role_permissions("reporter", *writer)
        register_role_permissions("editor", *writer, "photos.publish_photo")
        register_role_permissions("chief", *writer, "photos.publish_photo", "photos.delete_photo")

        register_editor_part(
            "photos",
            "photos/desk/_story_photos.html",
            context=story_photos.context,
            read=story_photos.read,
            after_save=story_photos.after_save,
            pressed=story_photos.pressed,
            preview=story_photos.preview,
        )
        register_publication_check(story_photos.publication_problem)
        register_before_version(story_photos.publish_draft_photos)

    def add_public_site(self) -> None:
        """Photos on the public site: which stories use which photo, the
        article's photos, and the demo's drawn photos."""
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
