from django.core.management.base import BaseCommand, CommandError

from dateline.stories.demo.loader import DemoError, load_demo


class Command(BaseCommand):
    help = "Load Dateline's demo stories (published over the last ten days). Safe to run again."

    def handle(self, *args, **options):
        try:
            result = load_demo()
        except DemoError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(
            f"Created {result.created} demo stories ({result.updates} with an update); "
            f"{result.existing} were already loaded."
        )
