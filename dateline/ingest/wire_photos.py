"""Pictures that arrive alone from a wire, kept as photos for the photo desk.

A partner's photo wire sends picture items no story carries (ninjs type
"picture", NewsML-G2 icls:picture items, RSS/Atom items that are only an
image). `dateline.ingest.pictures.fetch_all` fetches them with the other
pictures of the batch (no network inside a transaction); `take_in` then,
in the batch's transaction and each in a savepoint of its own:

- a first version: `add_photo()` (the photos app's one door) with the
  sender's description over the file's own, as an unpublished draft marked
  as from the wire, and a `WirePicture` row naming its source, original id
  and version;
- a later version (a higher version number, else a later versionCreated,
  else the same version saying something else): what the sender changed
  since its last version, through `EditPhoto`, so the desk's own edits to
  what the sender did not change stay; an older or identical version
  changes nothing. When its renditions differ from those the sender last
  offered (another address, size or digest: a re-crop, a corrected image),
  the new file is fetched with the batch and put in place of the photo's
  through `ReplacePhotoFile`, the description kept; if that fetch or the
  file fails, the whole version is refused and nothing changes (the old
  file stays, the try counts, and the next poll tries the version again);
- a failed fetch: nothing stored, an `IngestRejection` with the reason, and
  a try counted against the picture (`picture_retries`).

Alt text comes only from the sender's own alt text (a ninjs description of
role alt, a NewsML-G2 description of role alternative text): a caption says
what the news is, not what the picture shows, so the desk writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from dateline.photos.models import Photo
from dateline.stories.actions import Actor

from .models import Feed, WirePicture
from .parsers import IngestedPicture
from .parsers.base import unreadable
from .picture_retries import forget
from .pictures import add_fetched, remember, url_filename

if TYPE_CHECKING:
    from .pictures import Fetched
    from .services import IngestReport

# Fields a sender's later version may change (the IPTC description).
FIELDS = (
    "caption",
    "headline",
    "credit_line",
    "creator",
    "copyright_notice",
    "rights_usage",
    "alt_text",
    "extended_description",
    "keywords",
    "date_created",
    "city",
    "country",
)


def take_in(
    entry: IngestedPicture,
    fetched: Fetched | None,
    report: IngestReport,
    *,
    source: str,
    origin: str,
    feed: Feed | None,
    format: str,
    actor: Actor,
) -> None:
    """Keep, update or refuse one lone picture; whatever fails, the batch goes on."""
    from .services import reject

    def refuse(reason: str) -> None:
        reject(
            report, source=source, origin=origin, feed=feed, reason=reason, original_id=entry.original_id, picture=True
        )

    problems = entry.problems()
    if problems or fetched is None:
        refuse("; ".join(problems) or "a picture item that could not be read")
        return
    original_id = entry.original_id.strip()[:500]
    described = entry.picture.described()
    record = WirePicture.objects.filter(source=source[:200], original_id=original_id).select_related("photo").first()
    if record is None and fetched.waiting:
        # An earlier try failed and the next is not due: nothing to write.
        report.photos_waiting.append((original_id, f"picture not taken in: {fetched.problem}"))
        return
    try:
        with transaction.atomic():
            if record is not None:
                _update(
                    record,
                    entry,
                    described,
                    report,
                    fetched=fetched,
                    source=source,
                    actor=actor,
                    origin=origin,
                    feed=feed,
                    refuse=refuse,
                )
                return
            if entry.pubstatus != "usable":
                refuse(f"a picture item the sender marks {entry.pubstatus}: not taken in")
                return
            photo = fetched.photo
            if photo is not None:
                # Taken in before (with a story): the sender's description
                # fills what the photo lacks, never over the desk's words.
                _edit(photo, {k: v for k, v in described.items() if not getattr(photo, k)}, actor)
            else:
                defaults = {"date_created": entry.first_created} if entry.first_created else {}
                photo = add_fetched(fetched, actor=actor, source=source, defaults=defaults)
            if photo is None:
                refuse(f"picture not taken in ({fetched.url or entry.picture.url}): {remember(fetched, source)}")
                return
            WirePicture.objects.create(
                source=source[:200],
                original_id=original_id,
                original_version=entry.original_version.strip()[:40],
                version_created=entry.version_created,
                feed=feed,
                format=format[:20],
                origin=origin[:500],
                photo=photo,
                described=described,
                picture_identity=entry.picture.identity(),
            )
            report.photos_created.append(photo)
    except Exception as exc:  # noqa: BLE001  one odd picture never stops the batch
        refuse(f"could not be stored: {unreadable(exc)}")


def _edit(photo: Photo, changes: dict, actor: Actor) -> Photo:
    from dateline.photos.actions import EditPhoto

    return EditPhoto(photo, changes, actor=actor).execute() if changes else photo


def is_newer(entry: IngestedPicture, described: dict, record: WirePicture) -> bool:
    """Whether this version of the picture is later than the one kept, as
    for stories: the version number, else versionCreated, else a difference."""
    new, old = entry.original_version.strip(), record.original_version
    if new.isdigit() and old.isdigit() and int(new) != int(old):
        return int(new) > int(old)
    if entry.version_created and record.version_created and entry.version_created != record.version_created:
        return entry.version_created > record.version_created
    return described != record.described


def wants_new_file(entry: IngestedPicture, record: WirePicture) -> bool:
    """Whether this version of a picture kept before is a new file to fetch:
    a later, usable version offering other renditions than the sender's last
    (a record from before identities were kept has none: it is not refetched)."""
    if not record.picture_identity or entry.pubstatus != "usable" or entry.problems():
        return False
    if entry.picture.identity() == record.picture_identity:
        return False
    return is_newer(entry, entry.picture.described(), record)


def _replace_file(record: WirePicture, fetched: Fetched, source: str, actor: Actor) -> str:
    """Put the fetched picture in place of the photo's file; "" when done,
    else why not (and the failed try is counted)."""
    from dateline.photos.actions import PhotoError, ReplacePhotoFile
    from dateline.photos.services import PhotoRejected

    if fetched.data:
        try:
            ReplacePhotoFile(
                record.photo, fetched.data, url_filename(fetched.url), actor=actor, source_url=fetched.url
            ).execute()
        except (PhotoRejected, PhotoError) as exc:
            fetched.problem = str(exc)
        else:
            forget(source, [fetched.key])
            return ""
    return (
        f"a corrected picture not taken in ({fetched.url or fetched.picture.url}): "
        f"{remember(fetched, source) or 'nothing was fetched'}; photo {record.photo.public_id} "
        "keeps its picture and description until this version can be taken in"
    )


def _update(
    record: WirePicture,
    entry: IngestedPicture,
    described: dict,
    report: IngestReport,
    *,
    fetched: Fetched,
    source: str,
    actor: Actor,
    origin: str,
    feed: Feed | None,
    refuse: Callable[[str], None],
) -> None:
    if not is_newer(entry, described, record):
        report.photos_unchanged += 1
        return
    if fetched.replaces is not None and entry.pubstatus == "usable":
        if fetched.waiting:
            # The corrected picture's last fetch failed and the next try is not due.
            report.photos_waiting.append((entry.original_id, f"corrected picture not taken in: {fetched.problem}"))
            return
        problem = _replace_file(record, fetched, source, actor)
        if problem:
            refuse(problem)
            return
        record.photo.refresh_from_db()
    if entry.pubstatus != "usable":
        # Withdrawing is an editor's decision (stories may show the photo): say so.
        refuse(
            f"the sender marks this picture {entry.pubstatus}: photo {record.photo.public_id} is kept as it is; "
            "withdraw it on the photo desk if it must not be used"
        )
    else:
        # What the sender changed since its last version; a field it no
        # longer gives is left as the desk has it.
        changes = {
            name: described[name]
            for name in FIELDS
            if name in described and described[name] != record.described.get(name)
        }
        report.photos_updated.append(_edit(record.photo, changes, actor))
    record.original_version = entry.original_version.strip()[:40]
    record.version_created = entry.version_created
    record.described = described
    if entry.pubstatus == "usable":
        record.picture_identity = entry.picture.identity()
    record.origin = origin[:500]
    record.feed = feed or record.feed
    record.updated_at = timezone.now()
    record.versions_received += 1
    record.save()
