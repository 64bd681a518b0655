"""One door per change of a photo, in the stories' style (dateline.stories.actions):

    photo = EditPhoto(photo, {"caption": "...", "alt_text": "..."}, actor=a, base_revision=n).execute()
    photo = PublishPhoto(photo, actor=a).execute()      # refused without alt text
    photo = WithdrawPhoto(photo, actor=a).execute()     # its renditions are deleted
    photo = SetFocalPoint(photo, 0.62, 0.40, actor=a).execute()  # renditions re-cut in the background
    photo = ReplacePhotoFile(photo, data, "fixed.jpg", actor=a).execute()  # a corrected picture, same description

`check()` raises ActionPermissionError (a PermissionDenied: views answer
403) when the actor's role does not allow the action, or PhotoError (a
message for the person) when the photo's state does not. `execute()` checks
under the photo's row lock, on the photo as stored, writes the change and
its audit row in one transaction, and sends `photo_changed` once it commits.
Taking a photo in is `dateline.photos.services.add_photo`.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from dateline.core import audit
from dateline.stories.actions import ActionPermissionError, Actor

from . import imaging, metadata
from .models import Photo, original_name
from .renditions import RIGHTS
from .services import PhotoRejected, delete_renditions, schedule_renditions, stored_renditions
from .signals import photo_changed

CHANGE = "photos.change_photo"
PUBLISH = "photos.publish_photo"

# What the desk edits: the IPTC description.
EDITABLE = tuple(metadata.FIELDS)


class PhotoError(ValueError):
    """The photo's state forbids the change; str() is the reason, for the person."""


class PhotoEditConflict(PhotoError):
    """The photo changed since the person opened it."""


class PhotoAction:
    name = ""  # the audit log's action, e.g. "photo.publish"
    permission = CHANGE
    verb = "change photos"
    remake = False  # have the renditions (re)made once the change commits
    extra: dict[str, Any] = {}  # more for photo_changed's receivers

    def __init__(self, photo: Photo, *, actor: Actor) -> None:
        if not isinstance(actor, Actor):
            raise TypeError("actor must be an Actor")
        self.photo = photo
        self.actor = actor

    def problem(self, photo: Photo) -> str | None:
        """Why the photo's state forbids the action now, or None."""
        return None

    def _execute(self, photo: Photo) -> dict[str, Any] | None:
        """Make the change on the locked photo; returns the audit detail, or
        None when nothing changed (then nothing is recorded)."""
        raise NotImplementedError

    def check(self) -> None:
        if not self.actor.has_perm(self.permission):
            raise ActionPermissionError(f"Your role does not allow you to {self.verb}; it needs a photo desk role.")
        problem = self.problem(self.photo)
        if problem:
            raise PhotoError(problem)

    def execute(self) -> Photo:
        with transaction.atomic():
            self.photo = Photo.objects.select_for_update().get(pk=self.photo.pk)
            self.check()
            was_public = self.photo.status == Photo.Status.PUBLISHED
            detail = self._execute(self.photo)
            if detail is not None:
                self._record(self.photo, detail, public=was_public or self.photo.status == Photo.Status.PUBLISHED)
        return self.photo

    def _record(self, photo: Photo, detail: dict[str, Any], public: bool) -> None:
        audit.record(self.name, actor=self.actor, photo=photo.public_id, **detail)
        action, actor, remake, extra = self.name, self.actor, self.remake, dict(self.extra)

        def after_commit() -> None:
            # `public`: whether a public page showed the photo before the
            # change or shows it after (only published photos are shown).
            photo_changed.send(sender=Photo, photo=photo, action=action, actor=actor, public=public, **extra)
            if remake:
                schedule_renditions(photo)

        transaction.on_commit(after_commit)


class EditPhoto(PhotoAction):
    name = "photo.edit"
    verb = "edit photos"

    def __init__(
        self, photo: Photo, changes: dict[str, Any], *, actor: Actor, base_revision: int | None = None
    ) -> None:
        super().__init__(photo, actor=actor)
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise PhotoError(f"{', '.join(sorted(unknown))}: not a field the desk edits.")
        self.changes = metadata.clean_description(changes)
        self.base_revision = base_revision

    def problem(self, photo: Photo) -> str | None:
        if self.base_revision is not None and photo.revision != self.base_revision:
            raise PhotoEditConflict(
                "Someone else saved this photo while you were editing it: reload it to see their changes."
            )
        return None

    def _execute(self, photo: Photo) -> dict[str, Any] | None:
        changed = [field for field, value in self.changes.items() if getattr(photo, field) != value]
        if not changed:
            return None
        for field in changed:
            setattr(photo, field, self.changes[field])
        if photo.status == Photo.Status.PUBLISHED and not photo.alt_text.strip():
            raise PhotoError("A published photo keeps its alt text: describe what it shows instead of removing it.")
        photo.revision += 1
        photo.modified_at = timezone.now()
        photo.save(update_fields=[*changed, "revision", "modified_at"])
        self.remake = bool(set(changed) & set(RIGHTS))
        return {"fields": sorted(changed), "revision": photo.revision}


class PublishPhoto(PhotoAction):
    name = "photo.publish"
    permission = PUBLISH
    verb = "publish photos"
    remake = True  # a photo withdrawn before has none left

    def problem(self, photo: Photo) -> str | None:
        if photo.status == Photo.Status.PUBLISHED:
            return "This photo is already published."
        if not photo.alt_text.strip():
            return "Add alt text before publishing: describe what the photo shows for readers who cannot see it."
        return None

    def _execute(self, photo: Photo) -> dict[str, Any]:
        was = photo.status
        photo.status = Photo.Status.PUBLISHED
        photo.published_at = photo.published_at or timezone.now()
        photo.modified_at = timezone.now()
        photo.save(update_fields=["status", "published_at", "modified_at"])
        return {"from": was}


class WithdrawPhoto(PhotoAction):
    name = "photo.withdraw"
    permission = PUBLISH
    verb = "withdraw photos"

    def problem(self, photo: Photo) -> str | None:
        if photo.status == Photo.Status.WITHDRAWN:
            return "This photo is already withdrawn."
        return None

    def _execute(self, photo: Photo) -> dict[str, Any]:
        was = photo.status
        # The current set, and any replaced set still kept for old pages.
        gone = sorted(
            {info["name"] for info in (photo.renditions or {}).values()} | set(stored_renditions(photo.public_id))
        )
        photo.status = Photo.Status.WITHDRAWN
        photo.renditions, photo.renditions_key = {}, ""
        photo.modified_at = timezone.now()
        photo.save(update_fields=["status", "renditions", "renditions_key", "modified_at"])
        # Files go once the row says so; a rollback keeps both. The caches in
        # front keep rendition files for a year by URL: photo_changed
        # names them (`gone`) for the receivers that purge caches.
        transaction.on_commit(lambda: delete_renditions(gone))
        self.extra = {"gone": [default_storage.url(name) for name in gone]}
        return {"from": was}


class SetFocalPoint(PhotoAction):
    name = "photo.focal_point"
    verb = "set a photo's focal point"
    remake = True

    def __init__(self, photo: Photo, x: float, y: float, *, actor: Actor) -> None:
        super().__init__(photo, actor=actor)
        self.x, self.y = x, y

    def problem(self, photo: Photo) -> str | None:
        try:
            x, y = float(self.x), float(self.y)
        except (TypeError, ValueError):
            return "The focal point must be two numbers between 0 and 1."
        if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
            return "The focal point must lie within the picture (0 to 1 across and down)."
        return None

    def _execute(self, photo: Photo) -> dict[str, Any] | None:
        x, y = round(float(self.x), 4), round(float(self.y), 4)
        if (photo.focal_x, photo.focal_y) == (x, y):
            return None
        photo.focal_x, photo.focal_y = x, y
        photo.revision += 1
        photo.modified_at = timezone.now()
        # The renditions on the row stay until the new ones replace them:
        # pages keep showing the old crops for the seconds that takes.
        photo.save(update_fields=["focal_x", "focal_y", "revision", "modified_at"])
        return {"x": x, "y": y, "revision": photo.revision}


class ReplacePhotoFile(PhotoAction):
    """A corrected picture in place of the photo's original (a re-crop, a
    retouched or the right frame, as agencies resend them): the same photo,
    its id, its stories, its status and every word the desk wrote stay; the
    file's size, type and EXIF are the new file's; the renditions are cut
    again and the pages showing the photo purged, with the old renditions'
    URLs when readers could see them.

    The bytes are checked (`imaging`) and stored before the transaction, as
    `add_photo` does: a refusal raises PhotoRejected with nothing stored, a
    failure in the transaction removes the new file, and the old original
    is deleted only once the change commits. The same bytes change nothing;
    bytes another photo already holds are refused (one photo per picture)."""

    name = "photo.replace_file"
    verb = "replace photos' pictures"
    remake = True

    def __init__(self, photo: Photo, data: bytes, filename: str = "", *, actor: Actor, source_url: str = "") -> None:
        super().__init__(photo, actor=actor)
        self.data, self.filename, self.source_url = data, filename, source_url
        self.digest = hashlib.sha256(data).hexdigest()
        self.info: imaging.Inspected | None = None
        self.stored = ""

    def problem(self, photo: Photo) -> str | None:
        if photo.status == Photo.Status.WITHDRAWN:
            return "This photo is withdrawn: its picture cannot be replaced."
        other = Photo.objects.filter(sha256=self.digest).exclude(pk=photo.pk).only("public_id").first()
        if other is not None:
            return f"This picture is already photo {other.public_id}."
        return None

    def execute(self) -> Photo:
        self.check()
        if self.digest == self.photo.sha256:
            return self.photo
        try:
            self.info = imaging.inspect(self.data)
        except imaging.ImageRefused as error:
            raise PhotoRejected(str(error)) from None
        named = Photo(sha256=self.digest, mime_type=self.info.mime_type)
        self.stored = default_storage.save(original_name(named, self.filename), ContentFile(self.data))
        try:
            photo = super().execute()
        except BaseException:
            default_storage.delete(self.stored)
            raise
        if photo.original.name != self.stored:  # nothing changed after all (the same bytes meanwhile)
            default_storage.delete(self.stored)
        return photo

    def _execute(self, photo: Photo) -> dict[str, Any] | None:
        info = self.info
        if info is None or photo.sha256 == self.digest:
            return None
        old, was = photo.original.name, photo.sha256
        if photo.status == Photo.Status.PUBLISHED:
            # The caches in front keep rendition files for a year by URL.
            self.extra = {"gone": [default_storage.url(r["name"]) for r in (photo.renditions or {}).values()]}
        photo.original.name = self.stored
        photo.sha256, photo.mime_type = self.digest, info.mime_type
        photo.width, photo.height, photo.file_size, photo.animated = (
            info.width,
            info.height,
            len(self.data),
            info.animated,
        )
        photo.exif = metadata.read(self.data).get("exif") or {}
        photo.source_url = (self.source_url or photo.source_url)[:1000]
        photo.revision += 1
        photo.modified_at = timezone.now()
        photo.save(
            update_fields=[
                "original",
                "sha256",
                "mime_type",
                "width",
                "height",
                "file_size",
                "animated",
                "exif",
                "source_url",
                "revision",
                "modified_at",
            ]
        )
        # The old original goes once the row no longer names it; a rollback keeps it.
        transaction.on_commit(lambda: default_storage.delete(old))
        return {
            "from": was[:16],
            "to": self.digest[:16],
            "size": f"{info.width}x{info.height}",
            "revision": photo.revision,
        }
