from django.core.management.base import BaseCommand, CommandError, CommandParser

from dateline.stories.demo.loader import DemoError, load_demo


class Command(BaseCommand):
    help = "Load Dateline's demo stories (published over the last ten days). Safe to run again."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Say what would be loaded; change nothing.")
        parser.add_argument(
            "--stories-only",
            action="store_true",
            help="Load the stories without what other apps add to them (their photos): a quicker load.",
        )

    def handle(self, *args: object, dry_run: bool = False, stories_only: bool = False, **options: object) -> None:
        try:
            result = load_demo(dry_run=dry_run, extras=not stories_only)
        except DemoError as exc:
            raise CommandError(str(exc)) from None
        verb = "Would create" if dry_run else "Created"
        self.stdout.write(
            f"{verb} {result.created} demo stories ({result.updates} with an update); "
            f"{result.existing} were already loaded."
        )
