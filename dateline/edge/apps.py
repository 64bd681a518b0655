from django.apps import AppConfig


class EdgeConfig(AppConfig):
    """The cache in front of Dateline (Varnish, nginx, a CDN): purging what a
    change makes stale."""

    name = "dateline.edge"
    label = "edge"
    verbose_name = "Cache in front (purging)"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from dateline.desk.registry import MANAGE, register_desk, register_role_permissions
        from dateline.photos.signals import photo_changed
        from dateline.stories.models import Section
        from dateline.stories.signals import story_published, story_unpublished

        from .receivers import on_photo_changed, on_section_changed, on_story_changed

        story_published.connect(on_story_changed, dispatch_uid="edge-purge-published")
        story_unpublished.connect(on_story_changed, dispatch_uid="edge-purge-unpublished")
        photo_changed.connect(on_photo_changed, dispatch_uid="edge-purge-photo")
        post_save.connect(on_section_changed, sender=Section, dispatch_uid="edge-purge-section-saved")
        post_delete.connect(on_section_changed, sender=Section, dispatch_uid="edge-purge-section-deleted")

        # The chief sees purges the caches have not taken, and sends them again.
        register_desk("purges", "Cache", "edge:purges", permission="edge.view_purge", order=80, slot=MANAGE)
        register_role_permissions("chief", "edge.view_purge", "edge.retry_purge")
