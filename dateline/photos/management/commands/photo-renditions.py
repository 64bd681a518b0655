"""Make every photo's missing or stale renditions, and remove originals and
rendition files no photo row names (replaced sets once their grace is over). Idempotent: run it after a deployment that changes the
rendition recipe, after restoring a backup, or from cron every few minutes
to catch renditions a stopped worker did not finish."""

import logging

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandParser

from dateline.photos import renditions
from dateline.photos.services import (
    PhotoRejected,
    ensure_renditions,
    missing_renditions,
    orphan_originals,
    stale_renditions,
)

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Make missing or stale photo renditions; remove orphaned originals and replaced renditions."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="say what would be done, change nothing")

    def handle(self, *args: str, dry_run: bool = False, **options: object) -> None:
        photos = missing_renditions()
        made = failed = 0
        for photo in photos:
            if dry_run:
                self.stdout.write(f"would make renditions of {photo.public_id}")
                continue
            try:
                photo = ensure_renditions(photo)
            except (PhotoRejected, OSError) as error:  # one bad photo never stops the rest
                failed += 1
                self.stderr.write(f"{photo.public_id}: {error}")
                continue
            except Exception as error:  # a decoder's own error: the same, with the trace in the log
                failed += 1
                logger.exception("renditions of %s failed", photo.public_id)
                self.stderr.write(f"{photo.public_id}: {type(error).__name__}: {error}")
                continue
            if renditions.is_current(photo):
                made += 1
            else:  # another worker holds its lock; the next run checks again
                self.stdout.write(f"{photo.public_id}: being made elsewhere")
        orphans = orphan_originals()
        stale = stale_renditions()
        if not dry_run:
            for name in orphans + stale:
                default_storage.delete(name)
        verb = "would make" if dry_run else "made"
        gone = "to remove" if dry_run else "removed"
        self.stdout.write(
            f"{verb} renditions of {len(photos) if dry_run else made} photo(s), {failed} failed; "
            f"{len(orphans)} orphaned original(s) {gone}; {len(stale)} replaced rendition file(s) {gone}"
        )
        if failed:
            raise SystemExit(1)
