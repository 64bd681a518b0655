from django.core.management.base import BaseCommand, CommandError

from dateline.feedback.services import FeedbackError, Purge


class Command(BaseCommand):
    help = (
        "Erase the personal data (email, client address hash) of readers' feedback older than DAYS. "
        "Safe to run again: erased items are skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            required=True,
            metavar="DAYS",
            help="Erase feedback received more than DAYS days ago.",
        )
        parser.add_argument("--messages", action="store_true", help='Also replace the message text with "(erased)".')
        parser.add_argument(
            "--dry-run", action="store_true", help="Say how many items would be erased; change nothing."
        )

    def handle(self, *args, older_than, messages=False, dry_run=False, **options):
        purge = Purge(days=older_than, messages=messages)
        problem = purge.check()
        if problem:
            raise CommandError(problem)
        if dry_run:
            count = purge.queryset().count()
            self.stdout.write(
                f"Would erase personal data of {count} feedback item{'' if count == 1 else 's'} "
                f"older than {older_than} days (dry run; nothing changed)."
            )
            return
        try:
            count = purge.execute()
        except FeedbackError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(
            f"Erased personal data of {count} feedback item{'' if count == 1 else 's'} older than {older_than} days."
        )
