"""Send again the purges a cache did not take. Run it every minute from cron
beside publish-scheduled; it is idempotent."""

from django.core.management.base import BaseCommand, CommandParser

from dateline.edge.services import pending, retry


class Command(BaseCommand):
    help = "Send pending cache purges again and forget finished ones older than a week."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="say what would be sent, send nothing")

    def handle(self, *args: str, dry_run: bool = False, **options: object) -> None:
        waiting = pending().count()
        sent, failed, forgotten = retry(dry_run=dry_run)
        verb = "would send" if dry_run else "sent"
        self.stdout.write(
            f"{verb} {sent} purge(s), {failed} still failing, "
            f"{forgotten} old finished purge(s) {'to forget' if dry_run else 'forgotten'}"
            f" ({waiting} were pending)"
        )
        if failed:
            raise SystemExit(1)
