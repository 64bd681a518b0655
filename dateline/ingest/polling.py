"""Fetching a file, a URL or a feed and taking in what it holds.

fetch_source() does the network part with no database work (poll-feeds runs
it for several feeds at once); ingest_source() and poll_feed() hand the data
to services.ingest_bytes()'s path and keep the feed's conditional-GET state.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from .fetch import Fetched, FetchError, fetch
from .models import Feed
from .services import IngestReport, oversize, read_batch, reject, store_batch


def fetch_source(source_path: str, feed: Feed | None = None) -> Fetched | FetchError:
    """Fetch a file or URL: the Fetched data, or the FetchError. No database
    work, so poll-feeds runs it for several feeds at once in threads."""
    try:
        return fetch(source_path, etag=feed.etag if feed else "", last_modified=feed.last_modified if feed else "")
    except FetchError as exc:
        return exc


def ingest_source(
    source_path: str,
    *,
    source: str,
    feed: Feed | None = None,
    format: str = "",
    fetched: Fetched | FetchError | None = None,
) -> IngestReport:
    """Fetch a file or URL (unless `fetched` holds fetch_source()'s answer)
    and ingest it; a fetch failure is a recorded rejection."""
    report = IngestReport()
    if fetched is None:
        fetched = fetch_source(source_path, feed)
    if isinstance(fetched, FetchError):
        reject(report, source=source, origin=source_path, feed=feed, reason=str(fetched))
        return report
    if fetched.data is None:
        return report
    # Pictures are fetched before the transaction: no network wait holds the database.
    batch = None
    if not oversize(fetched.data, report, source=source, origin=source_path, feed=feed):
        batch = read_batch(
            fetched.data, report, source=source, origin=source_path, filename=fetched.filename, feed=feed, format=format
        )
    with transaction.atomic():
        if batch is not None:
            store_batch(batch, report)
        if feed is not None:
            feed.etag, feed.last_modified = fetched.etag[:200], fetched.last_modified[:100]
    return report


def poll_feed(feed: Feed, *, dry_run: bool = False, fetched: Fetched | FetchError | None = None) -> IngestReport:
    if dry_run:
        return IngestReport()
    report = ingest_source(feed.url, source=feed.name, feed=feed, format=feed.format, fetched=fetched)
    feed.last_polled_at = timezone.now()
    feed.last_status = report.summary()[:300]
    feed.save(update_fields=["etag", "last_modified", "last_polled_at", "last_status"])
    return report
