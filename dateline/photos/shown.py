"""Loading the photos a public page shows: one query, compiled once.

The article page is the hottest path, and its photos are its one extra
query. Building that query with the ORM (filter, `only()`, `in_bulk`) cost
more than running it, and made model instances the page never needed, so
the query is compiled once per number of photos (dateline.core.prepared)
and its rows become `ShownPhoto`s: the fields a page, a feed or the
renditions helpers read, and nothing else.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.core.signals import setting_changed
from django.dispatch import receiver

from dateline.core.prepared import INT_SENTINEL, PreparedRows, as_datetime

from .models import Photo

# The fields a public page reads; the original's EXIF is not among them.
SHOWN_FIELDS = (
    "id",
    "public_id",
    "status",
    "width",
    "height",
    "headline",
    "caption",
    "alt_text",
    "creator",
    "credit_line",
    "copyright_notice",
    "date_created",
    "city",
    "country",
    "keywords",
    "renditions",
    "published_at",
    # The rest of what the renditions helpers know a photo by.
    "sha256",
    "focal_x",
    "focal_y",
    "renditions_key",
    "rights_usage",
)
# Pages show a few photos (an article's lead and gallery, a list's leads):
# up to this many ids the query is compiled once per count.
MAX_PREPARED = 64


# Read as they come, converted when first used (the properties below).
_LAZY = ("keywords", "renditions", "date_created", "published_at")
_SLOTS = tuple(f"_row_{name}" if name in _LAZY else name for name in SHOWN_FIELDS)


def _json(value: Any) -> Any:
    # Raw rows: JSON arrives as text where the driver leaves it so.
    return json.loads(value) if isinstance(value, str | bytes) else value


class ShownPhoto:
    """A published photo as a public page reads it. The JSON fields (the
    renditions, the keywords) are decoded when first read: an article page
    whose photo fragments are already rendered never needs them."""

    __slots__ = (*_SLOTS, "_renditions", "_keywords")

    def __init__(self, row: tuple[Any, ...]) -> None:
        for name, value in zip(_SLOTS, row, strict=True):
            setattr(self, name, value)
        self._renditions: dict[str, Any] | None = None
        self._keywords: list[str] | None = None

    _row_keywords: Any
    _row_renditions: Any
    _row_date_created: Any
    _row_published_at: Any

    # Typed attributes (set from the row above).
    id: int
    public_id: str
    status: str
    width: int
    height: int
    headline: str
    caption: str
    alt_text: str
    creator: str
    credit_line: str
    copyright_notice: str
    sha256: str
    focal_x: float
    focal_y: float
    renditions_key: str
    rights_usage: str

    @property
    def pk(self) -> int:
        return self.id

    @property
    def renditions(self) -> dict[str, Any]:
        if self._renditions is None:
            self._renditions = _json(self._row_renditions) or {}
        return self._renditions

    @renditions.setter
    def renditions(self, value: dict[str, Any]) -> None:
        self._renditions = value

    @property
    def keywords(self) -> list[str]:
        if self._keywords is None:
            self._keywords = _json(self._row_keywords) or []
        return self._keywords

    @property
    def date_created(self) -> datetime | None:
        return as_datetime(self._row_date_created)

    @property
    def published_at(self) -> datetime | None:
        return as_datetime(self._row_published_at)

    @property
    def state(self) -> tuple[Any, ...]:
        """What a figure of this photo is drawn from: its renditions (their
        URLs carry the key) and the text around them."""
        return (
            self.id,
            self.public_id,
            self.renditions_key,
            self.alt_text,
            self.caption,
            self.headline,
            self.credit_line,
            self.creator,
        )


_PREPARED: dict[int, PreparedRows] = {}


def _prepared(count: int) -> PreparedRows:
    prepared = _PREPARED.get(count)
    if prepared is None:
        sentinels = tuple(INT_SENTINEL - n for n in range(count))
        prepared = _PREPARED[count] = PreparedRows(
            lambda *ids: Photo.objects.public().filter(pk__in=ids).order_by().values_list(*SHOWN_FIELDS),
            sentinels=sentinels,
        )
    return prepared


def public_photos(ids: Iterable[Any]) -> dict[int, ShownPhoto]:
    """The published photos among `ids`, by id, in one query (none without ids)."""
    wanted = [pk for pk in dict.fromkeys(ids) if isinstance(pk, int) and not isinstance(pk, bool)]
    if not wanted:
        return {}
    if len(wanted) <= MAX_PREPARED:
        rows = _prepared(len(wanted)).rows(*wanted)
    else:
        rows = list(Photo.objects.public().filter(pk__in=wanted).order_by().values_list(*SHOWN_FIELDS))
    photos = (ShownPhoto(row) for row in rows)
    return {photo.id: photo for photo in photos}


@receiver(setting_changed)
def _forget(**kwargs: object) -> None:
    # The compiled SQL depends on settings only tests change while running.
    for prepared in _PREPARED.values():
        prepared.reset()
