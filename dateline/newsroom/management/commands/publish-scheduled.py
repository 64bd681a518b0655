"""Publish scheduled stories and release embargoes whose time has come.

Idempotent: run it every minute from cron, or keep it running with --loop.
"""

import signal
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections
from django.utils import timezone

from dateline.core.timefmt import display_time
from dateline.stories.actions import Actor, due, release_due


class Command(BaseCommand):
    help = "Publish scheduled stories and release embargoed ones whose time has come."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Say what would go live; change nothing.")
        parser.add_argument(
            "--loop",
            type=int,
            metavar="SECONDS",
            default=0,
            help="Keep running, checking every SECONDS (a worker instead of cron).",
        )

    def handle(self, *args, dry_run, loop, **options):
        self.verbosity = options.get("verbosity", 1)
        if loop < 0 or (loop and loop > 60):
            raise CommandError("--loop must be between 1 and 60 seconds, so stories go live within a minute.")
        self.stopping = False
        if loop:
            signal.signal(signal.SIGTERM, self._stop)
            signal.signal(signal.SIGINT, self._stop)
        while True:
            self.run_once(dry_run)
            if not loop or self.stopping:
                return
            close_old_connections()
            for _ in range(loop * 10):
                if self.stopping:
                    return
                time.sleep(0.1)

    def _stop(self, *args):
        self.stopping = True

    def run_once(self, dry_run):
        now = timezone.now()
        if dry_run:
            scheduled, embargoed = due(now)
            for story in scheduled:
                self.stdout.write(
                    f"would publish {story.public_id} (scheduled {display_time(story.scheduled_at)}): {story.headline}"
                )
            for story in embargoed:
                self.stdout.write(
                    f"would release {story.public_id} (embargo {display_time(story.embargo_until)}): {story.headline}"
                )
            if not scheduled and not embargoed:
                self.stdout.write("Nothing is due.")
            return
        released = release_due(now, actor=Actor.system("scheduler", via="scheduler"))
        for story in released:
            self.stdout.write(f"released {story.public_id}: {story.headline}")
        if self.verbosity > 1 and not released:
            self.stdout.write("Nothing is due.")
