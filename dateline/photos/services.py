"""Taking a photo in, and making its renditions.

`add_photo()` is the one door for a new picture, from the desk's upload and
from the wire alike: it checks the bytes (dateline.photos.imaging), reads
the IPTC/XMP/EXIF description (dateline.photos.metadata), stores the
original through Django's default storage, and creates the draft row and its
audit row in one transaction. If anything fails, the stored file is removed
again: nothing is left half-stored. Renditions are made after the commit, in
a background thread, so the person uploading never waits for them;
`dateline photo-renditions` makes any that are still missing.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, close_old_connections, connection, transaction
from django.utils import timezone
from PIL import Image

from dateline.core import audit, counters
from dateline.core.background import run_in_background
from dateline.core.timefmt import to_newsroom
from dateline.stories.actions import ActionPermissionError

from . import imaging, metadata
from . import renditions as cuts
from .models import Photo, original_name
from .signals import photo_changed

logger = logging.getLogger(__name__)


ADD = "photos.add_photo"


class PhotoRejected(ValueError):
    """The file is not taken; str() is a one-line reason for the person."""


def make_public_id(when: datetime | None = None) -> str:
    """Agency-style photo ID: prefix, "P", newsroom date, six-digit sequence
    (the stories' daily counter, so the day's numbers never repeat)."""
    from dateline.stories.models.story import DailySequence

    day = to_newsroom(when or timezone.now()).date()
    return f"{settings.DATELINE_ID_PREFIX}P{day:%Y%m%d}{DailySequence.next_for(day):06d}"


def add_photo(
    data: bytes,
    filename: str = "",
    *,
    actor: Any,
    source: str = "desk",
    source_url: str = "",
    source_key: str = "",
    described: dict[str, Any] | None = None,
    defaults: dict[str, Any] | None = None,
    from_wire: bool = False,
) -> Photo:
    """Validate, describe and store a new photo as a draft; the same bytes
    again return the photo already kept. Raises PhotoRejected.

    The description is the file's own (IPTC IIM/XMP, EXIF), with `described`
    (the sender's values) over it and `defaults` under it: a default fills
    only a field neither the file nor the sender gives."""
    if not actor.has_perm(ADD):
        raise ActionPermissionError("Your role does not allow you to add photos; it needs a photo desk role.")
    digest = hashlib.sha256(data).hexdigest()
    existing: Photo | None = Photo.objects.filter(sha256=digest).first()
    if existing is not None:
        return existing
    try:
        info = imaging.inspect(data)
    except imaging.ImageRefused as error:
        raise PhotoRejected(str(error)) from None
    fields = metadata.clean_description(defaults or {})
    fields.update({name: value for name, value in metadata.read(data).items() if value not in (None, "", [])})
    fields.update(metadata.clean_description(described or {}))
    now = timezone.now()
    photo = Photo(
        sha256=digest,
        mime_type=info.mime_type,
        width=info.width,
        height=info.height,
        file_size=len(data),
        animated=info.animated,
        source=source[:200],
        source_url=source_url[:1000],
        source_key=source_key[:128],
        from_wire=from_wire,
        created_at=now,
        modified_at=now,
        created_by=actor.user if getattr(actor.user, "pk", None) else None,
        **fields,
    )
    stored = default_storage.save(original_name(photo, filename), ContentFile(data))
    try:
        with transaction.atomic():
            photo.public_id = make_public_id(now)
            photo.original.name = stored
            photo.save(force_insert=True)
            audit.record(
                "photo.add",
                actor=actor,
                photo=photo.public_id,
                source=photo.source,
                filename=filename[:200],
                mime_type=photo.mime_type,
                size=f"{photo.width}x{photo.height}",
            )
            transaction.on_commit(lambda: _added(photo, actor))
    except IntegrityError:
        default_storage.delete(stored)
        # The same bytes, sent twice at once: the other upload won.
        same: Photo | None = Photo.objects.filter(sha256=digest).first()
        if same is None:
            raise
        return same
    except BaseException:
        default_storage.delete(stored)
        raise
    return photo


def _added(photo: Photo, actor: Any) -> None:
    # A new photo is a draft: no public page shows it yet.
    photo_changed.send(sender=Photo, photo=photo, action="photo.add", actor=actor, public=False)
    schedule_renditions(photo)


# ---------------------------------------------------------------------------
# Renditions


def schedule_renditions(photo: Photo) -> None:
    """Have the photo's renditions made off the request: in a thread by
    default (a command that ends, an ingest run, waits for it), inline when
    DATELINE_PHOTO_RENDITIONS_IN_BACKGROUND is off."""
    if not settings.DATELINE_PHOTO_RENDITIONS_IN_BACKGROUND:
        ensure_renditions(photo)
        return
    run_in_background("dateline-renditions", _make_in_thread, photo.pk, wait_at_exit=120)


# One photo cut at a time per process: twenty photos dropped at once queue
# here instead of decoding side by side, so a web worker's memory stays
# bounded by one photo's (docs/performance.md). Held only while cutting,
# not while waiting for another maker's lock.
_one_at_a_time = threading.BoundedSemaphore(1)


def _make_in_thread(pk: int) -> None:
    photo = Photo.objects.filter(pk=pk).first()
    if photo is not None:
        # Another maker may hold the photo's lock: wait for it, then cut
        # again if this change made its renditions stale.
        ensure_renditions(photo, wait=LOCK_SECONDS)


LOCK_SECONDS = 600


def ensure_renditions(photo: Photo, wait: float = 0) -> Photo:
    """Make the renditions the photo lacks for its present original, focal
    point and rights, then retire the stale ones. Idempotent. One maker per
    photo at a time, across every process (a claim in the shared counters:
    the SQLite file beside the database, or Redis): another caller waits up
    to `wait` seconds for it, then returns the photo as it is stored."""
    if photo.status == Photo.Status.WITHDRAWN or cuts.is_current(photo):
        return photo
    lock = f"photo-renditions:{photo.pk}"
    deadline = time.monotonic() + wait
    while not _claim(lock):
        if time.monotonic() >= deadline:
            return Photo.objects.get(pk=photo.pk)
        time.sleep(0.25)
    try:
        # As stored now: a change may have come while another maker held the
        # lock, or while this one cut (then it cuts again, for the change).
        for _ in range(3):
            photo = Photo.objects.get(pk=photo.pk)
            if photo.status == Photo.Status.WITHDRAWN or cuts.is_current(photo):
                break
            _remake(photo)
        return photo
    finally:
        _release(lock)


def _claim(lock: str) -> bool:
    """Take the photo's maker lock for LOCK_SECONDS (a maker that dies holding
    it frees it then). A counter store that cannot be reached does not stop
    the renditions: at worst two makers cut the same files."""
    now = time.time()
    try:
        return counters.store().claim(lock, now + LOCK_SECONDS, now)[0]
    except counters.CounterStoreError as error:
        logger.warning("renditions made without the maker lock: %s", error)
        return True


def _release(lock: str) -> None:
    try:
        counters.store().release(lock)
    except counters.CounterStoreError as error:  # the claim expires by itself
        logger.warning("renditions maker lock not released: %s", error)


def _remake(photo: Photo) -> None:
    key = cuts.key_for(photo)
    before = {info["name"] for info in (photo.renditions or {}).values()}
    with _one_at_a_time:
        made = make_renditions(photo, key)
    new = {info["name"] for info in made.values()}
    with transaction.atomic():
        stored = Photo.objects.select_for_update().get(pk=photo.pk)
        taken = stored.status != Photo.Status.WITHDRAWN and cuts.key_for(stored) == key
        if taken:
            stored.renditions, stored.renditions_key = made, key
            stored.save(update_fields=["renditions", "renditions_key"])
    if not taken:
        # Changed (a new focal point, new rights) or withdrawn while these
        # were cut: they are stale already, and no page ever named them.
        _delete(new - before)
        return
    public = stored.status == Photo.Status.PUBLISHED
    # Purge first: the pages the caches in front keep name the old files.
    photo_changed.send(sender=Photo, photo=stored, action="photo.renditions", actor=None, public=public)
    retire(stored, before - new)


def retire(photo: Photo, stale: set[str]) -> None:
    """Delete renditions a new set has replaced. A draft's at once (only the
    desk showed them); a public photo's once DATELINE_PHOTO_STALE_RENDITIONS_SECONDS
    have passed, so a page a cache in front or a reader's browser still holds
    (a lazy gallery picture fetched when the reader scrolls) never names a
    missing file. In a thread when renditions are made in the background; what
    a process leaves at its end, `dateline photo-renditions` removes."""
    if not stale:
        return
    grace = settings.DATELINE_PHOTO_STALE_RENDITIONS_SECONDS
    if photo.status != Photo.Status.PUBLISHED or grace <= 0:
        _delete(stale)
    elif settings.DATELINE_PHOTO_RENDITIONS_IN_BACKGROUND:
        run_in_background("dateline-stale-renditions", _retire_later, photo.pk, sorted(stale), grace, wait_at_exit=0)


def _retire_later(pk: int, names: list[str], grace: float) -> None:
    time.sleep(grace)
    _delete(_not_current(pk, names))


def _not_current(pk: int, names: Any) -> list[str]:
    """Of these rendition names, those the photo's row does not name now (a
    focal point set back to an earlier one makes an earlier set current again)."""
    row = Photo.objects.filter(pk=pk).values_list("renditions", flat=True).first() or {}
    current = {info["name"] for info in row.values()}
    return [name for name in names if name not in current]


def make_renditions(photo: Photo, key: str) -> dict[str, dict[str, Any]]:
    """Cut and store every planned rendition (renditions already stored under
    this key are kept as they are). Returns the new `renditions` value."""
    plan = cuts.planned(photo)
    made = {
        entry: info
        for entry, info in (photo.renditions or {}).items()
        if photo.renditions_key == key and entry in plan and default_storage.exists(info["name"])
    }
    missing = [entry for entry in plan if entry not in made]
    if not missing:
        return made
    rights = cuts.rights(photo)
    scale = max(
        cuts.widths_for(cw)[-1] / cw
        for cw, _ in (cuts.crop_size(photo.width, photo.height, ratio) for ratio in cuts.RATIOS)
    )
    with default_storage.open(photo.original.name, "rb") as fp:
        try:
            image = imaging.open_image(fp, photo.mime_type)
        except imaging.ImageRefused as error:  # e.g. a lower pixel limit since
            raise PhotoRejected(str(error)) from None
        with image:
            frame = imaging.upright_srgb(image, min(1.0, scale))
    for ratio in cuts.RATIOS:
        box = imaging.crop_box(frame.width, frame.height, cuts.SHAPES[ratio], photo.focal_x, photo.focal_y)
        current = frame.crop(box)
        wanted = sorted({e.split("/")[1].split(".")[0] for e in missing if e.startswith(ratio + "/")}, key=int)
        for width in sorted({int(w) for w in wanted}, reverse=True):
            size = plan[f"{ratio}/{width}.jpeg"]
            if current.size != size:
                # Each width from the one above it: less work, same look.
                current = current.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
            for fmt in cuts.FORMATS:
                entry = f"{ratio}/{width}.{fmt}"
                if entry in made:
                    continue
                content = imaging.encode(current, fmt, rights)
                name = cuts.storage_name(photo, key, entry)
                if default_storage.exists(name):  # left by an interrupted run
                    default_storage.delete(name)
                stored = default_storage.save(name, ContentFile(content))
                made[entry] = {"name": stored, "width": size[0], "height": size[1], "bytes": len(content)}
    frame.close()
    return made


def _delete(names: Any) -> None:
    for name in names:
        try:
            default_storage.delete(name)
        except OSError as error:  # a stale file left is harmless; say so
            logger.warning("could not delete stale rendition %s: %s", name, error)


def delete_renditions(names: Any) -> None:
    """Remove a withdrawn photo's renditions from storage, so no reader can
    fetch them any more, even from an old page's URL."""
    _delete(names)


def stored_renditions(public_id: str) -> list[str]:
    """Every rendition file stored for the photo, under any key: the current
    set and replaced sets still kept for the pages that name them."""
    folder = f"{cuts.PREFIX}{public_id}"
    try:
        keys, _ = default_storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        return []
    names = []
    for key in keys:
        names += [f"{folder}/{key}/{name}" for name in default_storage.listdir(f"{folder}/{key}")[1]]
    return sorted(names)


# ---------------------------------------------------------------------------
# Upkeep (the management command)


def missing_renditions() -> list[Photo]:
    """Photos (not withdrawn) whose renditions are missing or stale."""
    return [
        photo
        for photo in Photo.objects.exclude(status=Photo.Status.WITHDRAWN).order_by("pk").iterator()
        if not cuts.is_current(photo)
    ]


def stale_renditions() -> list[str]:
    """Rendition files no photo row names any more, for the command to
    remove: a public photo's replaced set once its current set is older than
    DATELINE_PHOTO_STALE_RENDITIONS_SECONDS (what `retire` left when its
    process ended), anything of a draft, a withdrawn or a deleted photo.
    Files younger than that are never taken: they may be a set being cut."""
    try:
        folders, _ = default_storage.listdir(cuts.PREFIX.rstrip("/"))
    except (FileNotFoundError, NotImplementedError):
        return []
    if not connection.in_atomic_block:
        close_old_connections()
    rows = {
        p.public_id: p for p in Photo.objects.filter(public_id__in=folders).only("public_id", "status", "renditions")
    }
    cutoff = timezone.now() - timedelta(seconds=settings.DATELINE_PHOTO_STALE_RENDITIONS_SECONDS)

    def old(name: str) -> bool:
        try:
            return default_storage.get_modified_time(name) < cutoff
        except (FileNotFoundError, NotImplementedError):
            return False

    stale = []
    for folder in folders:
        photo = rows.get(folder)
        current = sorted(info["name"] for info in (photo.renditions or {}).values()) if photo else []
        if photo is not None and photo.status == Photo.Status.PUBLISHED and current and not old(current[0]):
            continue  # replaced too recently: pages may still name the old set
        stale += [name for name in stored_renditions(folder) if name not in current and old(name)]
    return stale


ORPHAN_AGE = timedelta(hours=1)


def orphan_originals(older_than: timedelta = ORPHAN_AGE) -> list[str]:
    """Stored originals no photo row names, older than an hour: left when a
    caller's own transaction rolled back after add_photo stored the file."""
    if not connection.in_atomic_block:
        close_old_connections()
    try:
        folders, _ = default_storage.listdir("originals")
    except (FileNotFoundError, NotImplementedError):
        return []
    known = set(Photo.objects.values_list("original", flat=True))
    cutoff = timezone.now() - older_than
    orphans = []
    for folder in folders:
        _, files = default_storage.listdir(f"originals/{folder}")
        for name in (f"originals/{folder}/{file}" for file in files):
            if name not in known and default_storage.get_modified_time(name) < cutoff:
                orphans.append(name)
    return orphans
