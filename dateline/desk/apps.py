from django.apps import AppConfig


class DeskConfig(AppConfig):
    """The newsroom shell: the desk registry, role permissions, the base view
    every desk page goes through, and the shell's templates. Apps add their
    desks from their own AppConfig.ready(); the shell names none of them."""

    name = "dateline.desk"
    label = "desk"
    verbose_name = "Newsroom shell"
