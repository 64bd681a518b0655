from django.apps import AppConfig


class HistoryConfig(AppConfig):
    """Readers' side of a story's versions: the public history, any earlier
    version and word-level diffs (the newsroom only writes versions)."""

    name = "dateline.history"
    label = "history"
    verbose_name = "Public version history"
