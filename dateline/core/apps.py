from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "dateline.core"
    label = "core"
    verbose_name = "Dateline core"

    def ready(self) -> None:
        from . import converters, sqlite  # noqa: F401  (sqlite connects its signal handler)

        converters.register()
