from django.apps import AppConfig


class StoriesConfig(AppConfig):
    # The default sections come from a data migration (0002_default_sections),
    # once: a section editors delete stays deleted through later deploys.
    name = "dateline.stories"
    label = "stories"
    verbose_name = "Stories"
