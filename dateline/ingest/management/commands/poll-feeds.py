from django.core.management.base import BaseCommand

from dateline.ingest.models import Feed
from dateline.ingest.services import poll_feed


class Command(BaseCommand):
    help = ("Poll every active feed once (run it from cron or a worker loop). Idempotent: items already "
            "taken in are not taken in again, and unchanged feeds answer 304.")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List the feeds that would be polled.")
        parser.add_argument("--feed", default="", help="Poll only the feed with this name.")

    def handle(self, dry_run=False, feed="", **options):
        feeds = Feed.objects.filter(active=True).select_related("section")
        if feed:
            feeds = feeds.filter(name=feed)
        for item in feeds:
            if dry_run:
                self.stdout.write(f"would poll {item.name}: {item.url}")
                continue
            report = poll_feed(item)
            self.stdout.write(f"{item.name}: {report.summary()}")
            for rejection in report.rejected:
                self.stderr.write(f"{item.name}: rejected: {rejection.reason}")
