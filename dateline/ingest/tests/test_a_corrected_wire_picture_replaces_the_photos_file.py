"""A later version of a picture that came alone, offering other renditions
than the sender's last (a re-crop, a corrected image at a new address and
size), is fetched again and put in place of the photo's file through the
photos' one door (ReplacePhotoFile): the same photo, its desk's words and
status kept, the renditions cut again from the new file. When the new file
cannot be taken in, the whole version is refused and nothing changes: the
old file stays, and the version is tried again once its back-off allows."""

import hashlib

import pytest
from django.core.files.storage import default_storage

from dateline.ingest.models import PictureFailure, WirePicture
from dateline.ingest.services import ingest_bytes
from dateline.newsroom.models import AuditLog
from dateline.photos import renditions
from dateline.photos.actions import EditPhoto, PublishPhoto
from dateline.photos.models import Photo
from dateline.stories.actions import Actor

from .test_lone_picture_items_reach_the_photo_desk import REUTERS_BASE, serve_reuters
from .test_wire_picture_versions_update_not_duplicate import reuters

pytestmark = pytest.mark.django_db
DESK = Actor.system("test-desk", via="desk")
SOURCE = "Reuters pictures"
NEW_BASE = REUTERS_BASE.replace("LYNXMPEA6F0MS_2/", "LYNXMPEA6F0MS_3/")
CORRECTED = NEW_BASE + "FILEDIMAGE"


def corrected(realwire, version="3", caption=None) -> bytes:
    """The sender's next version: the picture re-cut, every rendition at a
    new address (under the new version), the largest at a new size."""
    data = reuters(realwire, version, caption).decode()
    old = 'height="1128" href="' + REUTERS_BASE + 'FILEDIMAGE"'
    assert old in data
    data = data.replace(old, f'height="1000" href="{CORRECTED}"')
    return data.replace(REUTERS_BASE, NEW_BASE).encode()


@pytest.fixture
def kept(realwire, wire_server, image, django_capture_on_commit_callbacks):
    """The first version taken in, then alt-texted and published by the desk."""
    serve_reuters(wire_server, image)
    with django_capture_on_commit_callbacks(execute=True):
        (photo,) = ingest_bytes(reuters(realwire, "2"), source=SOURCE).photos_created
        photo = EditPhoto(photo, {"alt_text": "A man in a suit walks along a red carpet"}, actor=DESK).execute()
        photo = PublishPhoto(photo, actor=DESK).execute()
    photo.refresh_from_db()
    return photo


def test_the_corrected_picture_replaces_the_file_and_keeps_the_desks_words(
    kept, realwire, wire_server, image, django_capture_on_commit_callbacks
):
    new = image(1330, 1000, color=(10, 200, 10))
    wire_server.serve(CORRECTED, new)
    old_original, old_files = kept.original.name, {r["name"] for r in kept.renditions.values()}

    with django_capture_on_commit_callbacks(execute=True):
        report = ingest_bytes(corrected(realwire, caption="CORRECTED: A still image"), source=SOURCE)

    (updated,) = report.photos_updated
    assert updated.pk == kept.pk and Photo.objects.count() == 1
    photo = Photo.objects.get(pk=kept.pk)
    assert photo.sha256 == hashlib.sha256(new).hexdigest() and (photo.width, photo.height) == (1330, 1000)
    assert photo.original.read() == new and not default_storage.exists(old_original)
    assert photo.source_url == CORRECTED
    # The desk's alt text and the publication stay; the sender's new caption is taken.
    assert photo.alt_text == "A man in a suit walks along a red carpet" and photo.status == Photo.Status.PUBLISHED
    assert photo.caption.startswith("CORRECTED: A still image")
    # Renditions cut again from the new file: current, and none of the old set on the row.
    assert renditions.is_current(photo) and not old_files & {r["name"] for r in photo.renditions.values()}
    (replaced,) = AuditLog.objects.filter(action="photo.replace_file")
    assert replaced.detail["photo"] == photo.public_id and replaced.detail["size"] == "1330x1000"
    assert WirePicture.objects.get().original_version == "3"

    # The same version again fetches nothing more.
    again = ingest_bytes(corrected(realwire, caption="CORRECTED: A still image"), source=SOURCE)
    assert again.photos_unchanged == 1 and wire_server.asked(CORRECTED) == 1


def test_a_later_version_with_the_same_renditions_fetches_nothing(kept, realwire, wire_server):
    ingest_bytes(reuters(realwire, "3", caption="CORRECTED:"), source=SOURCE)
    photo = Photo.objects.get(pk=kept.pk)
    assert photo.sha256 == kept.sha256 and photo.caption.startswith("CORRECTED:")
    assert wire_server.asked(REUTERS_BASE + "FILEDIMAGE") == 1


@pytest.mark.parametrize("served", [None, b"<html>not a picture</html>"])
def test_a_corrected_picture_that_fails_changes_nothing_until_it_is_taken_in(
    kept, realwire, wire_server, image, served, django_capture_on_commit_callbacks
):
    if served is not None:
        wire_server.serve(CORRECTED, served)
    report = ingest_bytes(corrected(realwire, caption="CORRECTED: A still image"), source=SOURCE)

    (refusal,) = report.photos_refused
    assert "a corrected picture not taken in (" + CORRECTED in refusal.reason
    assert f"photo {kept.public_id} keeps its picture and description" in refusal.reason
    photo = Photo.objects.get(pk=kept.pk)
    assert (photo.sha256, photo.caption, photo.revision) == (kept.sha256, kept.caption, kept.revision)
    assert photo.original.read() == kept.original.read()
    assert WirePicture.objects.get().original_version == "2" and PictureFailure.objects.get().tries == 1

    # Once the picture can be fetched and its try is due, the version goes in.
    PictureFailure.objects.all().delete()
    wire_server.serve(CORRECTED, image(1330, 1000, color=(10, 200, 10)))
    with django_capture_on_commit_callbacks(execute=True):
        later = ingest_bytes(corrected(realwire, caption="CORRECTED: A still image"), source=SOURCE)
    assert len(later.photos_updated) == 1
    photo.refresh_from_db()
    assert (photo.width, photo.height) == (1330, 1000) and photo.caption.startswith("CORRECTED:")
