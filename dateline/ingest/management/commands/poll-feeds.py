import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import close_old_connections

from dateline.ingest.models import Feed
from dateline.ingest.polling import fetch_source, poll_feed


class Command(BaseCommand):
    help = (
        "Poll every active feed once (run it from cron or a worker loop). Idempotent: items already "
        "taken in are not taken in again, and unchanged feeds answer 304."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="List the feeds that would be polled.")
        parser.add_argument("--feed", default="", help="Poll only the feed with this name.")
        parser.add_argument(
            "--every",
            type=int,
            default=0,
            metavar="SECONDS",
            help="Keep polling, this many seconds apart (a worker loop); Ctrl-C stops it.",
        )

    def handle(self, dry_run: bool = False, feed: str = "", every: int = 0, **options: object) -> None:
        if every < 0 or (every and dry_run):
            raise CommandError("--every needs a positive number of seconds and cannot go with --dry-run.")
        if feed and not Feed.objects.filter(name=feed).exists():
            raise CommandError(f"No feed named {feed!r}; `dateline addfeed` configures one.")
        while True:
            self.poll_once(dry_run, feed)
            if not every:
                return
            time.sleep(every)
            # A worker loop lives for days: do not hold a connection the
            # database may have dropped meanwhile.
            close_old_connections()

    def poll_once(self, dry_run: bool, feed: str) -> None:
        chosen = Feed.objects.filter(active=True).select_related("section")
        if feed:
            chosen = chosen.filter(name=feed)
        feeds = list(chosen)
        if dry_run:
            for item in feeds:
                self.stdout.write(f"would poll {item.name}: {item.url}")
            return
        # Fetches run side by side, each under its own deadline, so one slow
        # partner never holds up the others; the database work stays in this
        # thread, one feed at a time, in the order the fetches finish.
        workers = max(1, min(len(feeds), getattr(settings, "DATELINE_POLL_WORKERS", 4)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="poll-feeds") as pool:
            pending = {pool.submit(fetch_source, item.url, item): item for item in feeds}
            for done in as_completed(pending):
                item = pending[done]
                report = poll_feed(item, fetched=done.result())
                self.stdout.write(f"{item.name}: {report.summary()}")
                for rejection in report.rejected:
                    self.stderr.write(f"{item.name}: rejected: {rejection.reason}")
                for rejection in report.photos_refused:
                    self.stderr.write(f"{item.name} [{rejection.original_id}]: photo refused: {rejection.reason}")
                for original_id, problem in report.picture_problems + report.photos_waiting:
                    self.stderr.write(f"{item.name} [{original_id}]: {problem}")
