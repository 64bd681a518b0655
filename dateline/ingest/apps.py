from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "dateline.ingest"
    label = "ingest"

    def ready(self) -> None:
        from dateline.desk.registry import register_desk, register_role_permissions

        # Editors take incoming wire copy into drafts or set it aside.
        register_desk("incoming", "Incoming", "ingest:incoming", permission="ingest.view_incomingitem", order=30)
        for role in ("editor", "chief"):
            register_role_permissions(role, "ingest.view_incomingitem", "ingest.accept_incomingitem")
        from .live import add_to_live_desk

        add_to_live_desk()  # incoming copy on the newsroom's live desk
