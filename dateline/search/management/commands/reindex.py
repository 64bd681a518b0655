"""`dateline reindex`: rebuild the search index from the public stories, and
the photo archive's index from the published photos.

Idempotent: it clears the index and writes every listed story again, so it
can be run any time (after bulk imports, which send no signals, or to repair
an index after an outage).
"""

import sys
import time

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from dateline.search.backends import get_backend
from dateline.search.indexing import iter_documents, listed_rows
from dateline.search.photos import indexed_photos, iter_photo_documents


class Command(BaseCommand):
    help = "Rebuild the search index from scratch from all listed stories and published photos."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Say what would be indexed; change nothing.")
        parser.add_argument("--batch-size", type=int, default=2000, help="Stories per transaction (default 2000).")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar (for logs).")

    def handle(self, *args, dry_run=False, batch_size=2000, no_progress=False, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        try:
            backend = get_backend()
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc)) from None
        total = listed_rows().count()
        if dry_run:
            self.stdout.write(
                f"Would index {total} stories with the {backend.name} backend "
                f"(currently {backend.count()} in the index)."
            )
            self.stdout.write(
                f"Would index {indexed_photos().count()} photos (currently {backend.count_photos()} in the index)."
            )
            return
        started = time.monotonic()
        bar = None
        if not no_progress and options.get("verbosity", 1) > 0:
            from tqdm import tqdm

            bar = tqdm(total=total, unit="stories", file=sys.stderr, dynamic_ncols=True, desc="Indexing")
        try:
            count = backend.rebuild(
                iter_documents(batch_size), progress=bar.update if bar else None, batch_size=batch_size
            )
        finally:
            if bar:
                bar.close()
        elapsed = time.monotonic() - started
        size = backend.size_bytes()
        size_text = f", index size {size / 1_048_576:.1f} MiB" if size else ""
        self.stdout.write(f"Indexed {count} stories with the {backend.name} backend in {elapsed:.1f} s{size_text}.")
        photos = backend.rebuild_photos(iter_photo_documents(batch_size), batch_size=batch_size)
        self.stdout.write(f"Indexed {photos} photos.")
