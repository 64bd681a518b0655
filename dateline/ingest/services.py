"""Taking wire items in: the one path the commands, the poller and the desk use.

ingest_bytes() parses a batch, refuses bad items with a recorded reason and
stores the rest in the Incoming queue, each in its own savepoint so a
failure never leaves half an item and never stops the batch. Pictures that
arrive alone go to the photo desk instead (`wire_photos`). Fetching files,
URLs and feeds is `polling`; an item becoming a story is `acceptance`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone

from dateline.core.languages import normalise as normalise_language
from dateline.stories.actions import Actor
from dateline.stories.services import StoryError, clean_paragraphs

from . import parsers
from .acceptance import feed_actor, publish_incoming
from .models import Feed, IncomingItem, IngestRejection
from .parsers import BadEntry, IngestedItem, IngestedPicture, ParseError
from .parsers.base import unreadable

if TYPE_CHECKING:
    from dateline.photos.models import Photo

    from .pictures import Fetched

CHAR_LIMITS = {
    "headline": 300,
    "dateline_city": 80,
    "dateline_country": 80,
    "dateline_agency": 80,
    "credit": 120,
    "dateline_text": 200,
    "language": 16,
    "section_name": 80,
    "slugline": 120,
    "ednote": 500,
    "pubstatus": 16,
    "original_version": 40,
    "origin": 500,
    "original_id": 500,
}


def max_bytes() -> int:
    return getattr(settings, "DATELINE_INGEST_MAX_BYTES", 5 * 1024 * 1024)


@dataclass
class IngestReport:
    created: list[IncomingItem] = field(default_factory=list)
    updated: list[IncomingItem] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[IngestRejection] = field(default_factory=list)
    # (original id, "Picture not taken in (...): reason"), for the commands to print.
    picture_problems: list[tuple[str, str]] = field(default_factory=list)
    # Pictures that came alone, for the photo desk: photos added, photos
    # whose description a later version changed, repeats, refusals (also
    # recorded as IngestRejections), and failed ones whose next try is not due.
    photos_created: list[Photo] = field(default_factory=list)
    photos_updated: list[Photo] = field(default_factory=list)
    photos_unchanged: int = 0
    photos_refused: list[IngestRejection] = field(default_factory=list)
    photos_waiting: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"{len(self.created)} new, {len(self.updated)} updated, {self.unchanged} unchanged, "
            f"{len(self.rejected)} rejected"
        )
        if self.has_photos:
            text += (
                f"; photos: {len(self.photos_created)} new, {len(self.photos_updated)} updated, "
                f"{self.photos_unchanged} unchanged, {len(self.photos_refused)} refused"
                + (f", {len(self.photos_waiting)} waiting to try again" if self.photos_waiting else "")
            )
        return text

    @property
    def has_photos(self) -> bool:
        return bool(
            self.photos_created
            or self.photos_updated
            or self.photos_unchanged
            or self.photos_refused
            or self.photos_waiting
        )

    @property
    def taken(self) -> bool:
        """Whether anything was taken in, or found already in."""
        return bool(
            self.created
            or self.updated
            or self.unchanged
            or self.photos_created
            or self.photos_updated
            or self.photos_unchanged
        )

    @property
    def refusals(self) -> list[IngestRejection]:
        """Every refusal: stories' and lone pictures'."""
        return self.rejected + self.photos_refused

    def merge(self, other: IngestReport) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.rejected += other.rejected
        self.picture_problems += other.picture_problems
        self.photos_created += other.photos_created
        self.photos_updated += other.photos_updated
        self.photos_unchanged += other.photos_unchanged
        self.photos_refused += other.photos_refused
        self.photos_waiting += other.photos_waiting


def reject(
    report: IngestReport,
    *,
    source: str,
    origin: str,
    feed: Feed | None,
    reason: str,
    original_id: object = "",
    picture: bool = False,
) -> IngestRejection:
    """Record a refusal; `picture` for a lone picture's (counted apart from stories')."""
    rejection = IngestRejection.objects.create(
        source=source[:200], origin=origin[:500], feed=feed, original_id=str(original_id)[:500], reason=reason[:1000]
    )
    (report.photos_refused if picture else report.rejected).append(rejection)
    return rejection


def ingest_bytes(
    data: bytes, *, source: str, origin: str = "", filename: str = "", feed: Feed | None = None, format: str = ""
) -> IngestReport:
    """Parse `data` and queue its items. Never raises for bad input: every
    refusal is recorded as an IngestRejection and listed in the report."""
    report = IngestReport()
    origin = origin or filename
    if oversize(data, report, source=source, origin=origin, feed=feed):
        return report
    batch = read_batch(data, report, source=source, origin=origin, filename=filename, feed=feed, format=format)
    if batch is not None:
        store_batch(batch, report)
    return report


def oversize(data: bytes, report: IngestReport, *, source: str, origin: str, feed: Feed | None) -> bool:
    """Refuse (with the reason recorded) input over DATELINE_INGEST_MAX_BYTES."""
    limit = max_bytes()
    if len(data) <= limit:
        return False
    reject(
        report,
        source=source,
        origin=origin,
        feed=feed,
        reason=f"too large: {len(data):,} bytes (the limit is {limit:,})",
    )
    return True


@dataclass
class Batch:
    """A parsed input with its pictures fetched, ready to store."""

    entries: list
    format: str
    source: str
    origin: str
    feed: Feed | None
    pictures: dict


def read_batch(
    data: bytes,
    report: IngestReport,
    *,
    source: str,
    origin: str,
    filename: str = "",
    feed: Feed | None = None,
    format: str = "",
) -> Batch | None:
    """Parse `data` and fetch the pictures its items carry: network, no
    transaction. None (with the rejection in the report) when unreadable."""
    from .pictures import fetch_all

    try:
        parser = parsers.get(format) if format else parsers.detect(data, filename)
        entries = parser.parse(data)
    except ParseError as exc:
        reject(report, source=source, origin=origin, feed=feed, reason=str(exc), original_id=exc.original_id)
        return None
    except RecursionError:
        reject(report, source=source, origin=origin, feed=feed, reason="nesting too deep to read")
        return None
    except Exception as exc:  # noqa: BLE001  a parser's bug must not stop the batch or the wire
        reject(report, source=source, origin=origin, feed=feed, reason=unreadable(exc))
        return None
    return Batch(entries, parser.name, source, origin, feed, fetch_all(entries, source))


def store_batch(batch: Batch, report: IngestReport) -> None:
    # One commit per batch (each item still in its own savepoint): committing
    # item by item would spend most of the time waiting on the disk.
    with transaction.atomic():
        store(
            batch.entries,
            report,
            source=batch.source,
            origin=batch.origin,
            feed=batch.feed,
            format=batch.format,
            pictures=batch.pictures,
        )


def _normalise(item: IngestedItem, fmt: str, origin: str) -> dict:
    values = {
        "headline": " ".join(item.headline.split()),
        "bylines": [" ".join(b.split())[:120] for b in item.bylines if b.strip()][:20],
        "dateline_city": item.dateline_city.strip(),
        "dateline_country": item.dateline_country.strip(),
        "dateline_agency": item.dateline_agency.strip(),
        "dateline_date": item.dateline_date,
        "body": (
            [p for p in item.paragraphs if p]
            if item.sanitised
            else clean_paragraphs(item.paragraphs, markup=item.markup)
        ),
        "language": _language(item.language),
        "urgency": item.urgency,
        "keywords": [k.strip()[:80] for k in item.keywords if k.strip()][:30],
        "section_name": item.section_name.strip(),
        "slugline": item.slugline.strip(),
        "ednote": item.ednote.strip(),
        "desk_notes": [n for n in (" ".join(str(n).split()) for n in item.desk_notes) if n][:200],
        "credit": " ".join(item.credit.split()),
        "dateline_text": " ".join(item.dateline_text.split()),
        "embargo_until": item.embargo_until,
        "wire_header": {str(k): v for k, v in item.wire_header.items() if v not in (None, "")},
        "pubstatus": item.pubstatus if item.pubstatus in ("usable", "withheld", "canceled") else "usable",
        "first_created": item.first_created,
        "version_created": item.version_created,
        "original_version": item.original_version.strip(),
        "format": fmt,
        "origin": origin,
        "photos": [],
        "pictures": [],
    }
    for name, size in CHAR_LIMITS.items():
        value = values.get(name)
        if isinstance(value, str):
            values[name] = value[:size]
    return values


def _language(tag: str) -> str:
    """The item's language as canonical BCP 47 ("nb_NO" -> "nb-NO"); a tag too
    long for the field keeps its language subtag alone."""
    language = normalise_language(tag)
    return language if len(language) <= CHAR_LIMITS["language"] else language.split("-", 1)[0]


def is_newer(values: dict, existing: IncomingItem) -> bool:
    new, old = values["original_version"], existing.original_version
    if new.isdigit() and old.isdigit() and int(new) != int(old):
        return int(new) > int(old)
    if values["version_created"] and existing.version_created and values["version_created"] != existing.version_created:
        return values["version_created"] > existing.version_created
    return any(values[k] != getattr(existing, k) for k in ("headline", "body", "pubstatus", "bylines", "photos"))


def store(
    entries: list[IngestedItem | IngestedPicture | BadEntry],
    report: IngestReport,
    *,
    source: str,
    origin: str,
    feed: Feed | None,
    format: str,
    pictures: dict[int, list[Fetched]] | None = None,
) -> None:
    usable = []
    actor = feed_actor(feed) if feed is not None else Actor.system("ingest", via="feed")
    for entry in entries:
        if isinstance(entry, BadEntry):
            reject(report, source=source, origin=origin, feed=feed, reason=entry.reason, original_id=entry.original_id)
            continue
        if isinstance(entry, IngestedPicture):
            from .wire_photos import take_in

            fetched = (pictures or {}).get(id(entry))
            take_in(
                entry,
                fetched[0] if fetched else None,
                report,
                source=source,
                origin=origin,
                feed=feed,
                format=format,
                actor=actor,
            )
            continue
        problems = entry.problems()
        try:
            values = _normalise(entry, format, origin) if not problems else None
        except Exception as exc:  # noqa: BLE001  one odd item never stops the batch
            problems, values = [unreadable(exc)], None
        if values is not None and not values["headline"]:
            problems = ["missing a headline"]
        if values is not None and not values["body"] and entry.headline_only and values["headline"]:
            # A flash or bulletin is its headline: the body says it once more,
            # so every surface that shows a body has one.
            values["body"] = clean_paragraphs([values["headline"]], markup=False)
        if values is not None and not values["body"] and values["pubstatus"] == "usable":
            problems = ["missing a body (nothing left after removing markup)"]
        if problems or values is None:
            reject(
                report,
                source=source,
                origin=origin,
                feed=feed,
                reason="; ".join(problems),
                original_id=entry.original_id,
            )
            continue
        if pictures and id(entry) in pictures:
            from .pictures import attach

            problems = attach(values, pictures[id(entry)], actor=actor, source=source)
            report.picture_problems += [(entry.original_id, problem) for problem in problems]
        usable.append((entry.original_id.strip()[:500], values))
    ids = {original for original, _ in usable}
    existing = (
        {i.original_id: i for i in IncomingItem.objects.filter(source=source, original_id__in=ids)} if ids else {}
    )
    now = timezone.now()
    if not (feed is not None and feed.auto_publish):
        usable = _insert_new_at_once(usable, existing, report, source=source, feed=feed, now=now)
    for original_id, values in usable:
        for attempt in (1, 2):
            current = existing.get(original_id)
            if current is not None and not is_newer(values, current):
                report.unchanged += 1
                break
            try:
                stored = _store_one(current, values, source=source, original_id=original_id, feed=feed, now=now)
            except IntegrityError:
                # Another poller took the same original in meanwhile: read
                # its row and treat this one as a possible newer version.
                found = IncomingItem.objects.filter(source=source, original_id=original_id).first()
                if found is None or attempt == 2:
                    reject(
                        report,
                        source=source,
                        origin=origin,
                        feed=feed,
                        original_id=original_id,
                        reason="could not be stored: another import of it was under way; try again",
                    )
                    break
                existing[original_id] = found
                continue
            except (DatabaseError, StoryError, ValueError) as exc:
                reject(
                    report,
                    source=source,
                    origin=origin,
                    feed=feed,
                    original_id=original_id,
                    reason=f"could not be stored: {exc}",
                )
                break
            (report.created if current is None else report.updated).append(stored)
            existing[original_id] = stored
            break


def _store_one(current, values, *, source, original_id, feed, now):
    """Write one item (and publish it for an auto-publishing feed) in its own
    savepoint: on any failure nothing of it remains."""
    with transaction.atomic():
        if current is None:
            item = IncomingItem.objects.create(
                source=source[:200], feed=feed, original_id=original_id, received_at=now, updated_at=now, **values
            )
        else:
            item = IncomingItem.objects.get(pk=current.pk)
            for name, value in values.items():
                setattr(item, name, value)
            item.updated_at = now
            item.versions_received += 1
            item.feed = feed or item.feed
            item.save()
        if feed is not None and feed.auto_publish:
            publish_incoming(item, feed)
    return item


def _insert_new_at_once(usable, existing, report, *, source, feed, now):
    """Items seen for the first time go in with one INSERT; returns the rest
    (updates, and repeats of an id within the batch) for the item-by-item path.
    If the INSERT fails (say another poller took one in meanwhile), nothing of
    it is kept and every item takes the careful path instead."""
    fresh, rest, seen = [], [], set()
    for original_id, values in usable:
        if original_id in existing or original_id in seen:
            rest.append((original_id, values))
        else:
            seen.add(original_id)
            fresh.append(
                IncomingItem(
                    source=source[:200], feed=feed, original_id=original_id, received_at=now, updated_at=now, **values
                )
            )
    if not fresh:
        return rest
    try:
        with transaction.atomic():
            created = IncomingItem.objects.bulk_create(fresh, batch_size=500)
    except DatabaseError:
        return usable
    for item in created:
        existing[item.original_id] = item
    report.created += created
    return rest
