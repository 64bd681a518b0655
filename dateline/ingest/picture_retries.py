"""Back-off for wire pictures that fail: a broken address is not fetched on every poll.

A feed serves the same items poll after poll, so a picture whose fetch
failed (a 404, a refused address, a file that is no picture) would be
fetched again every few minutes, forever. Each failure is remembered per
source and picture key (`PictureFailure`): the next try waits
DATELINE_PICTURE_RETRY_SECONDS, twice as long after each further failure,
and after DATELINE_PICTURE_TRIES tries Dateline gives up (the row stays,
saying why; deleting it on the admin site has the next poll try again).
Until a try is due, ingest does not fetch the picture, and writes nothing:
polling again changes nothing. A picture that is taken in forgets its failures.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from dateline.core.timefmt import display_time

from .models import PictureFailure


def tries_allowed() -> int:
    return max(1, int(getattr(settings, "DATELINE_PICTURE_TRIES", 6)))


def first_wait() -> timedelta:
    return timedelta(seconds=max(0, int(getattr(settings, "DATELINE_PICTURE_RETRY_SECONDS", 300))))


def not_due(source: str, keys: Iterable[str], now: datetime | None = None) -> dict[str, PictureFailure]:
    """{key: failure} for the pictures that must not be fetched now: waiting
    for their next try, or given up."""
    keys = set(keys)
    if not keys:
        return {}
    now = now or timezone.now()
    failures = PictureFailure.objects.filter(source=source[:200], key__in=keys)
    return {f.key: f for f in failures if f.next_try_at is None or f.next_try_at > now}


def waiting_reason(failure: PictureFailure) -> str:
    """Why the picture was not fetched this time, for the desk."""
    tries = f"{failure.tries} tr{'y' if failure.tries == 1 else 'ies'}"
    if failure.gave_up:
        return f"given up after {tries} (last: {failure.reason}); delete its picture failure to try again"
    return (
        f"failed {tries} so far (last: {failure.reason}); not fetched again before {display_time(failure.next_try_at)}"
    )


def record_failure(source: str, key: str, url: str, reason: str, now: datetime | None = None) -> PictureFailure:
    """Count one failed try and set the next (or give up). Returns the row."""
    now = now or timezone.now()
    failure, _ = PictureFailure.objects.get_or_create(
        source=source[:200], key=key[:128], defaults={"reason": reason[:1000], "first_failed_at": now}
    )
    failure.tries += 1
    failure.url, failure.reason, failure.last_failed_at = url[:1000], reason[:1000], now
    failure.next_try_at = None if failure.tries >= tries_allowed() else now + first_wait() * 2 ** (failure.tries - 1)
    failure.save()
    return failure


def failure_note(failure: PictureFailure) -> str:
    """The reason a failed try gives, saying when the next one is (or that there is none)."""
    if failure.gave_up:
        return f"{failure.reason} (given up after {failure.tries} tries)"
    return f"{failure.reason} (try {failure.tries} of {tries_allowed()}; the next after {display_time(failure.next_try_at)})"


def forget(source: str, keys: Iterable[str]) -> None:
    """The pictures were taken in: their failures are over."""
    keys = [key for key in keys if key]
    if keys:
        PictureFailure.objects.filter(source=source[:200], key__in=keys).delete()
