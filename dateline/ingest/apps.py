from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "dateline.ingest"
    label = "ingest"

    def ready(self):
        from .live import register

        register()  # incoming copy on the newsroom's live desk
