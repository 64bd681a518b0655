"""Taking in the pictures wire items carry: fetch, keep as photos, attach.

Two steps, so no network wait ever happens inside a database transaction
(SQLite's IMMEDIATE transactions hold the write lock from their start):

1. `fetch_all(entries, source)` (no writes): for each picture of each item,
   a photo already taken in from this source under the sender's id is
   reused without fetching; otherwise the best rendition is fetched through
   `dateline.core.fetch` (the same address policy as feeds, capped at
   DATELINE_PHOTO_MAX_BYTES), falling back to the next rendition when one
   fails. Pictures are fetched side by side (DATELINE_POLL_WORKERS at once)
   and all of a batch's within one DATELINE_FETCH_DEADLINE.
2. `keep(fetched, actor)` (inside the item's savepoint): `add_photo()` for
   each fetched picture, with what the sender said about it; returns the
   photo ids, lead first, and one desk note per picture that could not be
   taken in.

A picture that fails never stops its story or the batch: the story is kept
without it, and the reason is in the item's desk notes ("Picture not taken
in (https://…): the server answered 404 Not Found"). A failure is
remembered (`picture_retries`): the picture is not fetched again until its
next try is due, and never after its last.

Pictures that arrive alone (`IngestedPicture`) are fetched here the same
way; `dateline.ingest.wire_photos` keeps them.
"""

from __future__ import annotations

import hashlib
import io
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

from dateline.core.fetch import FetchError, fetch_url
from dateline.photos.models import Photo
from dateline.stories.actions import Actor

from . import picture_retries
from .models import WirePicture
from .parsers import IngestedItem, IngestedPicture
from .parsers.base import Parsed, unreadable
from .parsers.pictures import PictureRef

# Smaller than this on its longer side, a picture is an icon, an avatar or a
# tracking pixel, not a news photo: the smallest rendition made is 320 wide.
MIN_SIDE = 200
# Renditions tried per picture before giving up on it.
ATTEMPTS = 3


def budget() -> float:
    """Seconds all of one batch's pictures may take (DATELINE_FETCH_DEADLINE)."""
    return float(settings.DATELINE_FETCH_DEADLINE)


def max_bytes() -> int:
    return int(getattr(settings, "DATELINE_PHOTO_MAX_BYTES", 50_000_000))


def source_key(picture: PictureRef) -> str:
    """The sender's id for the picture, as Photo.source_key holds it."""
    return source_key_for(picture.key)


def source_key_for(key: str) -> str:
    """A key as Photo.source_key holds it (a long one by its digest, so the
    column's 128 characters always match)."""
    return key if len(key) <= 128 else "sha256:" + hashlib.sha256(key.encode()).hexdigest()


@dataclass
class Fetched:
    """One picture's outcome before anything is stored."""

    picture: PictureRef
    key: str
    photo: Photo | None = None  # already kept: no fetch
    data: bytes = b""
    url: str = ""
    problem: str = ""
    # Not fetched: an earlier failure's next try is not due (or it was given up).
    waiting: bool = False
    # A failure that counts as a try (not one the batch's deadline cut off).
    counts: bool = True
    # A lone picture's photo whose file this fetch is to replace: a later
    # version of the picture offers other renditions (wire_photos.wants_new_file).
    replaces: Photo | None = None


@dataclass
class Kept:
    photo_ids: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    pictures: list[dict] = field(default_factory=list)


def fetch_all(entries: Parsed, source: str) -> dict[int, list[Fetched]]:
    """{id(entry): [Fetched, ...]} for the entries that carry pictures or are one."""
    wanted: list[tuple[IngestedItem | IngestedPicture, PictureRef]] = [
        (entry, picture) for entry in entries if isinstance(entry, IngestedItem) for picture in entry.pictures
    ]
    wanted += [
        (entry, entry.picture) for entry in entries if isinstance(entry, IngestedPicture) and not entry.problems()
    ]
    if not wanted:
        return {}
    keys = {source_key(picture) for _, picture in wanted}
    known: dict[str, Photo] = {}
    for photo in Photo.objects.filter(source=source[:200], source_key__in=keys).order_by("-pk"):
        known[photo.source_key] = photo  # the oldest wins
    lone = {entry.original_id.strip()[:500]: entry for entry, _ in wanted if isinstance(entry, IngestedPicture)}
    replacing: dict[str, Photo] = {}
    if lone:
        from .wire_photos import wants_new_file

        # A picture taken in before under this id (its bytes may have matched
        # a photo from elsewhere, so the photo's own source may differ); a
        # later version offering other renditions is fetched anew.
        for record in WirePicture.objects.filter(source=source[:200], original_id__in=lone).select_related("photo"):
            key = source_key_for(record.original_id)
            if wants_new_file(lone[record.original_id], record):
                known.pop(key, None)
                replacing[key] = record.photo
            else:
                known[key] = record.photo
    waiting = picture_retries.not_due(source, keys - set(known))
    out: dict[int, list[Fetched]] = {}
    todo = []
    for entry, picture in wanted:
        key = source_key(picture)
        outcome = Fetched(picture, key, photo=known.get(key), replaces=replacing.get(key))
        if outcome.photo is None and key in waiting:
            outcome.waiting = True
            outcome.problem = picture_retries.waiting_reason(waiting[key])
        elif outcome.photo is None:
            todo.append(outcome)
        out.setdefault(id(entry), []).append(outcome)
    if todo:
        # Side by side, and all within one deadline: a batch's pictures cost
        # at most DATELINE_FETCH_DEADLINE, however many there are.
        ends = time.monotonic() + budget()
        workers = max(1, min(len(todo), int(getattr(settings, "DATELINE_POLL_WORKERS", 4))))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="dateline-pictures") as pool:
            list(pool.map(lambda outcome: _fetch(outcome, ends), todo))
    return out


def _fetch(outcome: Fetched, ends: float) -> None:
    """Fetch the best rendition there is time for (no database work: it runs in a thread)."""
    limit = max_bytes()
    candidates = outcome.picture.candidates(limit)
    if not candidates:
        outcome.problem = "no rendition of a kept type (JPEG, PNG, WebP, AVIF, HEIC) within the size limit"
        return
    problems = []
    for rendition in candidates[:ATTEMPTS]:
        url = rendition["href"]
        remaining = ends - time.monotonic()
        if remaining <= 0:
            problems.append("not fetched: the batch's time for pictures ran out; the next poll tries again")
            # Not the picture's fault: no try is counted against it.
            outcome.counts = len(problems) > 1
            break
        try:
            response = fetch_url(
                url, max_bytes=limit, deadline=remaining, headers={"User-Agent": "Dateline wire ingest"}
            )
        except FetchError as exc:
            late = str(exc).startswith("took longer than")
            problems.append(f"took longer than the {budget():g} s a batch's pictures may take" if late else str(exc))
            continue
        if not response.body:
            problems.append("the server sent no picture")
            continue
        small = _too_small(response.body)
        if small:
            problems.append(small)
            continue
        outcome.data, outcome.url = response.body, url
        return
    outcome.problem = "; ".join(dict.fromkeys(problems))


def _too_small(data: bytes) -> str:
    """Why the picture is too small to be a news photo, or "" (also when its
    size cannot be read here: add_photo then says what is wrong)."""
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
    except Exception:  # noqa: BLE001  not readable here: the photo service decides
        return ""
    if max(width, height) < MIN_SIDE:
        return f"too small for a news photo ({width}×{height} pixels; at least {MIN_SIDE} on the longer side)"
    return ""


def add_fetched(outcome: Fetched, *, actor: Actor, source: str, defaults: dict | None = None) -> Photo | None:
    """A new draft photo from the fetched bytes (add_photo, the photos' one
    door), with the sender's description and point of interest; None, with
    the reason in `outcome.problem`, when it is refused or nothing was fetched."""
    from dateline.photos.services import PhotoRejected, add_photo

    if not outcome.data:
        return None
    try:
        photo = add_photo(
            outcome.data,
            url_filename(outcome.url),
            actor=actor,
            source=source[:200],
            source_url=outcome.url[:1000],
            source_key=outcome.key,
            described=outcome.picture.described(),
            defaults=defaults,
            from_wire=True,
        )
    except PhotoRejected as exc:
        outcome.problem = str(exc)
        return None
    set_focal_point(photo, outcome.picture, actor)
    picture_retries.forget(source, [outcome.key])
    return photo


def keep(outcomes: list[Fetched], *, actor: Actor, source: str) -> Kept:
    """Store the fetched pictures as photos (drafts; inside the caller's transaction)."""
    kept = Kept()
    for outcome in outcomes:
        picture = outcome.picture
        record = {"key": outcome.key, "url": outcome.url or picture.url, **picture.described()}
        photo = outcome.photo or add_fetched(outcome, actor=actor, source=source)
        if photo is None:
            reason = remember(outcome, source) or "it could not be taken in"
            kept.notes.append(f"Picture not taken in ({outcome.url or picture.url}): {reason}")
            kept.pictures.append({**record, "problem": reason})
            continue
        if photo.pk not in kept.photo_ids:
            kept.photo_ids.append(photo.pk)
        kept.pictures.append({**record, "photo": photo.public_id})
    return kept


def remember(outcome: Fetched, source: str) -> str:
    """Count a failed try against the picture (the back-off), and return the
    reason for the desk, saying when the next try is."""
    if outcome.waiting or not outcome.counts or not outcome.problem:
        return outcome.problem
    failure = picture_retries.record_failure(source, outcome.key, outcome.url or outcome.picture.url, outcome.problem)
    return picture_retries.failure_note(failure)


def set_focal_point(photo: Photo, picture: PictureRef, actor: Actor) -> None:
    """The sender's point of interest becomes the photo's focal point, for a
    photo just taken in (never over the desk's own choice)."""
    if picture.focal is None or (photo.focal_x, photo.focal_y) != (0.5, 0.5):
        return
    from dateline.photos.actions import SetFocalPoint

    SetFocalPoint(photo, picture.focal[0], picture.focal[1], actor=actor).execute()


def url_filename(url: str) -> str:
    """The file name an address ends in, for the stored original's name."""
    return PurePosixPath(urlsplit(url).path).name[:200]


def attach(values: dict, fetched: list[Fetched], *, actor: Actor, source: str) -> list[str]:
    """Keep an item's fetched pictures as photos and put them on its values
    (lead first), in a savepoint of their own: whatever fails, the item goes
    in, without the pictures that failed and with a desk note saying why.
    Returns those notes."""
    try:
        with transaction.atomic():
            kept = keep(fetched, actor=actor, source=source)
    except Exception as exc:  # noqa: BLE001  the story goes in without its pictures
        notes = [f"Pictures not taken in: {unreadable(exc)}"]
        values["desk_notes"] = values["desk_notes"] + notes
        return notes
    values["photos"] = kept.photo_ids
    values["pictures"] = kept.pictures
    values["desk_notes"] = (values["desk_notes"] + kept.notes)[:200]
    return kept.notes


def ready_to_publish(photo_ids: list[int]) -> tuple[list[int], list[str]]:
    """The photos an auto-publishing feed may publish its story with (a story
    goes public only with photos that have alt text and are not withdrawn;
    their drafts are published with it), and a desk note for each left off."""
    found = Photo.objects.in_bulk(photo_ids) if photo_ids else {}
    ready, notes = [], []
    for pk in photo_ids:
        photo = found.get(pk)
        if photo is None:
            continue
        if photo.status == Photo.Status.WITHDRAWN:
            notes.append(f"Photo {photo.public_id} is not on the published story: it has been withdrawn.")
        elif not photo.alt_text.strip():
            notes.append(
                f"Photo {photo.public_id} is not on the published story: it has no alt text. "
                "Write it on the photo desk, then add the photo to the story."
            )
        else:
            ready.append(pk)
    return ready, notes
