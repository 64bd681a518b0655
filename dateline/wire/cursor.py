"""Opaque paging cursors: a position (time, id) in a keyset ordering.

Clients must treat cursors as opaque; they are base64 so nobody is tempted to
build them by hand, and a version tag lets the format change later.
"""

import base64
from datetime import UTC, datetime, timedelta

from django.db.models import Q

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICRO = timedelta(microseconds=1)


class BadCursor(ValueError):
    pass


def encode(when: datetime, pk: int) -> str:
    # Integer arithmetic: a float timestamp can be a microsecond off, which
    # would repeat or skip a row at the boundary.
    micros = (when - EPOCH) // MICRO
    raw = f"c1.{micros}.{pk}".encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode(text: str) -> tuple[datetime, int]:
    try:
        padded = text + "=" * (-len(text) % 4)
        tag, micros, pk = base64.urlsafe_b64decode(padded.encode("ascii")).decode("ascii").split(".")
        if tag != "c1":
            raise ValueError
        when = EPOCH + int(micros) * MICRO
        return when, int(pk)
    except (ValueError, UnicodeError, OverflowError, OSError):
        raise BadCursor("That cursor is not one this API gave out; start again without it.") from None


def after(field: str, when: datetime, pk: int) -> Q:
    """Rows strictly after (when, pk) in ascending (field, id) order."""
    return Q(**{f"{field}__gt": when}) | Q(**{field: when, "id__gt": pk})


def before(field: str, when: datetime, pk: int) -> Q:
    """Rows strictly after (when, pk) in descending (field, id) order."""
    return Q(**{f"{field}__lt": when}) | Q(**{field: when, "id__lt": pk})
