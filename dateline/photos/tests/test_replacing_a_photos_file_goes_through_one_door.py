"""ReplacePhotoFile puts a corrected picture in place of a photo's file:
the same photo and description, the new file's size and type, one audit row,
photo_changed naming the old renditions' URLs for the caches in front, the
renditions cut again and the old original removed once the change commits.
It asks for the right to change photos, refuses a withdrawn photo, a picture
another photo already holds and bytes that are no picture, and whatever it
refuses or fails leaves the stored files as they were."""

import hashlib

import pytest
from django.db import transaction

from dateline.newsroom.models import AuditLog
from dateline.photos import renditions
from dateline.photos.actions import EditPhoto, PhotoError, PublishPhoto, ReplacePhotoFile, WithdrawPhoto
from dateline.photos.models import Photo
from dateline.photos.services import PhotoRejected, add_photo, ensure_renditions
from dateline.photos.signals import photo_changed
from dateline.stories.actions import ActionPermissionError

from .conftest import encode, picture

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo(jpeg, system_actor, media):
    kept = add_photo(jpeg((900, 600)), actor=system_actor, described={"caption": "Cranes at dawn."})
    kept = EditPhoto(kept, {"alt_text": "Two cranes against an orange sky."}, actor=system_actor).execute()
    return ensure_renditions(PublishPhoto(kept, actor=system_actor).execute())


def corrected():
    return encode(picture((800, 700), color=(200, 30, 30)), "PNG")


def test_the_new_file_takes_the_old_ones_place(photo, system_actor, files_in, django_capture_on_commit_callbacks):
    old_original, old_urls = photo.original.name, sorted(r["name"] for r in photo.renditions.values())
    heard = []
    listen = lambda sender, photo, action, actor, **kw: heard.append((action, kw))  # noqa: E731
    photo_changed.connect(listen)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            replaced = ReplacePhotoFile(photo, corrected(), "fixed.png", actor=system_actor).execute()
    finally:
        photo_changed.disconnect(listen)

    photo = Photo.objects.get(pk=replaced.pk)
    assert photo.sha256 == hashlib.sha256(corrected()).hexdigest() and photo.mime_type == "image/png"
    assert (photo.width, photo.height, photo.file_size) == (800, 700, len(corrected()))
    assert (photo.caption, photo.alt_text, photo.status) == (
        "Cranes at dawn.",
        "Two cranes against an orange sky.",
        "published",
    )
    assert old_original not in files_in() and photo.original.name in files_in()
    assert renditions.is_current(photo)
    (row,) = AuditLog.objects.filter(action="photo.replace_file")
    assert row.detail["size"] == "800x700"
    action, extra = heard[0]
    assert action == "photo.replace_file" and len(extra["gone"]) == len(old_urls)


def test_the_same_bytes_change_nothing(photo, system_actor):
    same = ReplacePhotoFile(photo, photo.original.read(), actor=system_actor).execute()
    assert same.revision == photo.revision and not AuditLog.objects.filter(action="photo.replace_file").exists()


def test_it_needs_the_right_to_change_photos(photo, make_person, files_in):
    before = files_in()
    with pytest.raises(ActionPermissionError):
        ReplacePhotoFile(photo, corrected(), actor=make_person("reader", "photos.view_photo")).execute()
    assert files_in() == before


def test_refusals_leave_every_file_as_it_was(photo, jpeg, system_actor, files_in):
    other = add_photo(jpeg((640, 480)), actor=system_actor)
    before = files_in()
    with pytest.raises(PhotoError, match=f"already photo {other.public_id}"):
        ReplacePhotoFile(photo, other.original.read(), actor=system_actor).execute()
    with pytest.raises(PhotoRejected):
        ReplacePhotoFile(photo, b"<html>not a picture</html>", actor=system_actor).execute()
    assert files_in() == before
    withdrawn = WithdrawPhoto(photo, actor=system_actor).execute()
    with pytest.raises(PhotoError, match="withdrawn"):
        ReplacePhotoFile(withdrawn, corrected(), actor=system_actor).execute()


def test_a_rollback_keeps_the_old_file(photo, system_actor, files_in):
    with pytest.raises(RuntimeError), transaction.atomic():
        ReplacePhotoFile(photo, corrected(), actor=system_actor).execute()
        raise RuntimeError("the caller's transaction fails")
    photo.refresh_from_db()
    assert photo.original.name in files_in() and photo.original.read() != corrected()
