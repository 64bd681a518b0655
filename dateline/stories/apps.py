from django.apps import AppConfig
from django.db.models.signals import post_migrate


def ensure_sections(sender, **kwargs):
    # Also runs after a database flush (as between transactional tests), so a
    # newsroom is never left without its sections.
    from .defaults import ensure_default_sections
    from .models import Section

    ensure_default_sections(Section)


class StoriesConfig(AppConfig):
    name = "dateline.stories"
    label = "stories"
    verbose_name = "Stories"

    def ready(self):
        post_migrate.connect(ensure_sections, sender=self, dispatch_uid="dateline.stories.sections")
