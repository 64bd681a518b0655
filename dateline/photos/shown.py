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
from dataclasses import dataclass
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


@dataclass(slots=True)
class ShownPhoto:
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
    date_created: datetime | None
    city: str
    country: str
    keywords: list[str]
    renditions: dict[str, Any]
    published_at: datetime | None
    sha256: str
    focal_x: float
    focal_y: float
    renditions_key: str
    rights_usage: str

    @property
    def pk(self) -> int:
        return self.id

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> ShownPhoto:
        values = dict(zip(SHOWN_FIELDS, row, strict=True))
        # Raw rows: JSON arrives as text where the driver leaves it so.
        for name in ("keywords", "renditions"):
            if isinstance(values[name], str | bytes):
                values[name] = json.loads(values[name])
        values["renditions"] = values["renditions"] or {}
        values["keywords"] = values["keywords"] or []
        for name in ("date_created", "published_at"):
            values[name] = as_datetime(values[name])
        return cls(**values)


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
    photos = (ShownPhoto.from_row(row) for row in rows)
    return {photo.id: photo for photo in photos}


@receiver(setting_changed)
def _forget(**kwargs: object) -> None:
    # The compiled SQL depends on settings only tests change while running.
    for prepared in _PREPARED.values():
        prepared.reset()
