"""Asking the caches in front to drop stale pages, without ever holding up
or failing the change that made them stale."""

import logging
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.db import close_old_connections, connection
from django.db.models import Q, QuerySet
from django.utils import timezone

from dateline.core.background import run_in_background

from .models import Purge
from .purgers import PurgeError, configured

logger = logging.getLogger(__name__)


def request_purge(keys: Iterable[str], urls: Iterable[str] = (), reason: str = "") -> Purge | None:
    """Record a purge and send it now (in the background by default). Returns
    the record, or None when no cache is configured."""
    try:
        if not configured():
            return None
    except PurgeError as exc:  # a misconfigured purger must not fail a publish
        logger.error("purge not sent: %s", exc)
        return None
    purge = Purge.objects.create(keys=list(dict.fromkeys(keys)), urls=list(dict.fromkeys(urls)), reason=reason[:200])
    if settings.DATELINE_PURGE_IN_BACKGROUND:
        # A command (publish-scheduled, ingest) may end right after
        # publishing: it waits for its purges at exit, so none is lost.
        run_in_background(
            "dateline-purge", _run_in_thread, purge.pk, wait_at_exit=settings.DATELINE_PURGE_TIMEOUT * 2 + 1
        )
    else:
        run(purge)
    return purge


def _run_in_thread(pk: int) -> None:
    purge = Purge.objects.filter(pk=pk).first()
    if purge is not None:
        run(purge)


def run(purge: Purge) -> bool:
    """Send one purge to every configured cache; True when all took it."""
    errors = []
    for purger in configured():
        try:
            purger.purge(purge.keys, purge.urls)
        except PurgeError as exc:
            errors.append(str(exc))
    purge.attempts += 1
    purge.last_attempt_at = timezone.now()
    purge.last_error = "\n".join(errors)
    if not errors:
        purge.done_at = purge.last_attempt_at
    else:
        logger.warning("purge %s not taken (attempt %s): %s", purge.pk, purge.attempts, "; ".join(errors))
    Purge.objects.filter(pk=purge.pk).update(
        attempts=purge.attempts,
        last_attempt_at=purge.last_attempt_at,
        last_error=purge.last_error,
        done_at=purge.done_at,
    )
    return not errors


def pending(older_than: timedelta = timedelta(seconds=5)) -> QuerySet[Purge]:
    """Purges not yet taken by every cache: tried and refused, or older than a
    few seconds (the newest untried ones are still on their way)."""
    return Purge.objects.filter(done_at__isnull=True).filter(
        Q(attempts__gt=0) | Q(created_at__lte=timezone.now() - older_than)
    )


def retry(dry_run: bool = False, keep_days: int = 7) -> tuple[int, int, int]:
    """Send every pending purge again and forget old finished ones.
    Returns (sent, failed, forgotten)."""
    if not connection.in_atomic_block:
        # Inside a transaction (a desk view's, a test's) the connection is in
        # use; with PostgreSQL's pool (CONN_MAX_AGE 0) closing it there would
        # break the transaction.
        close_old_connections()
    sent = failed = 0
    for purge in pending(older_than=timedelta(0)).order_by("created_at"):
        if dry_run:
            sent += 1
            continue
        if run(purge):
            sent += 1
        else:
            failed += 1
    old = Purge.objects.filter(done_at__lt=timezone.now() - timedelta(days=keep_days))
    forgotten = old.count() if dry_run else old.delete()[0]
    return sent, failed, forgotten
