"""A later version of a picture that came alone (same source, same id)
updates the photo it became, through EditPhoto, instead of adding another;
only what the sender changed overrides the desk's edits. A repeated
identical version, or an older one, changes nothing and fetches nothing."""

import pytest

from dateline.ingest.models import WirePicture
from dateline.ingest.services import ingest_bytes
from dateline.newsroom.models import AuditLog
from dateline.photos.actions import EditPhoto, PublishPhoto
from dateline.photos.models import Photo
from dateline.stories.actions import Actor

from .test_lone_picture_items_reach_the_photo_desk import (
    AAP_ORIGINAL,
    REUTERS,
    REUTERS_BASE,
    serve_reuters,
)

pytestmark = pytest.mark.django_db
DESK = Actor.system("test-desk", via="desk")


def reuters(realwire, version: str, caption: str | None = None) -> bytes:
    """The real Reuters picture item as its sender would send another version of it."""
    data = realwire.read(REUTERS).decode()
    data = data.replace('standardversion="2.14" version="2"', f'standardversion="2.14" version="{version}"')
    if caption is not None:
        data = data.replace("A still image taken from video shows", caption, 1)
    return data.encode()


def test_a_later_version_updates_the_photo_and_keeps_the_desks_other_edits(realwire, wire_server, image):
    serve_reuters(wire_server, image)
    (photo,) = ingest_bytes(reuters(realwire, "2"), source="Reuters pictures").photos_created
    # The desk writes alt text and shortens the headline meanwhile.
    photo = EditPhoto(
        photo, {"alt_text": "A man in a suit walks along a red carpet", "headline": "Assad sworn in"}, actor=DESK
    ).execute()

    report = ingest_bytes(
        reuters(realwire, "3", caption="CORRECTED: A still image from video shows"), source="Reuters pictures"
    )
    (updated,) = report.photos_updated
    assert updated.pk == photo.pk and Photo.objects.count() == 1 and WirePicture.objects.count() == 1
    photo.refresh_from_db()
    assert photo.caption.startswith("CORRECTED: A still image from video shows Syria's President")
    assert (photo.headline, photo.alt_text) == ("Assad sworn in", "A man in a suit walks along a red carpet")
    assert wire_server.asked(REUTERS_BASE + "FILEDIMAGE") == 1  # the description changed, not the picture
    record = WirePicture.objects.get()
    assert (record.original_version, record.versions_received) == ("3", 2)
    # Through the photos' one door: audited as the wire's change.
    (edit,) = AuditLog.objects.filter(action="photo.edit", detail__fields=["caption"])
    assert edit.detail["photo"] == photo.public_id
    assert "photos: 0 new, 1 updated, 0 unchanged, 0 refused" in report.summary()


def test_a_published_photo_takes_the_senders_correction_and_stays_published(realwire, wire_server, image):
    serve_reuters(wire_server, image)
    (photo,) = ingest_bytes(reuters(realwire, "2"), source="Reuters pictures").photos_created
    photo = EditPhoto(photo, {"alt_text": "A man walks along a red carpet"}, actor=DESK).execute()
    PublishPhoto(photo, actor=DESK).execute()
    ingest_bytes(reuters(realwire, "3", caption="CORRECTED:"), source="Reuters pictures")
    photo.refresh_from_db()
    assert photo.status == Photo.Status.PUBLISHED and photo.caption.startswith("CORRECTED:")


def test_the_same_version_again_and_an_older_one_change_nothing(realwire, wire_server, image):
    serve_reuters(wire_server, image)
    (photo,) = ingest_bytes(reuters(realwire, "2"), source="Reuters pictures").photos_created
    photo.refresh_from_db()
    revision, modified = photo.revision, photo.modified_at
    audits = AuditLog.objects.count()

    again = ingest_bytes(reuters(realwire, "2"), source="Reuters pictures")
    older = ingest_bytes(reuters(realwire, "1", caption="An older caption"), source="Reuters pictures")
    assert (again.photos_unchanged, older.photos_unchanged) == (1, 1)
    assert not (again.photos_created or again.photos_updated or older.photos_created or older.photos_updated)
    photo.refresh_from_db()
    assert (photo.revision, photo.modified_at) == (revision, modified)
    assert not photo.caption.startswith("An older caption")
    assert AuditLog.objects.count() == audits
    assert WirePicture.objects.get().versions_received == 1
    assert wire_server.asked(REUTERS_BASE + "FILEDIMAGE") == 1


def test_the_same_id_and_version_saying_something_else_is_an_update(realwire, wire_server, image):
    # Superdesk sent sd_ninjs3 and sd_ninjs6 under one guid and version "3":
    # the second says the full copyright notice and usage terms, and offers
    # the same original (its media id) at another address.
    wire_server.serve(AAP_ORIGINAL, image())
    moved = (
        "http://content.reuters.com/auth-server/content/tag_reuters.com_2014_newsml_LYNXMPEA6F0MT_2/"
        "tag_reuters.com_2014_binary_LYNXMPEA6F0MT-BASEIMAGE?auth_token=fake_token"
    )
    wire_server.serve(moved, image())
    (photo,) = ingest_bytes(realwire.read("ninjs/sd_ninjs3.json"), source="AAP photos").photos_created
    report = ingest_bytes(realwire.read("ninjs/sd_ninjs6.json"), source="AAP photos")
    (updated,) = report.photos_updated
    assert updated.pk == photo.pk and Photo.objects.count() == 1
    updated.refresh_from_db()
    assert updated.copyright_notice.startswith("AAP content is owned by or licensed to Australian Associated Press")
    assert updated.rights_usage.startswith("The direct recipient must comply with the limitations")
    assert updated.caption == "A Casa 2.111, a Spanish reconstruction of the Heinkel He 111"
    # Other renditions may be another picture, so the new address is fetched
    # once; the same bytes leave the photo's file as it was.
    assert wire_server.asked(moved) == 1 and updated.sha256 == photo.sha256 and updated.original == photo.original
    assert not ingest_bytes(realwire.read("ninjs/sd_ninjs6.json"), source="AAP photos").photos_updated
    assert wire_server.asked(moved) == 1


def test_the_same_id_from_another_source_is_another_picture(realwire, wire_server, image):
    serve_reuters(wire_server, image)
    ingest_bytes(reuters(realwire, "2"), source="Reuters pictures")
    report = ingest_bytes(reuters(realwire, "2"), source="Another partner")
    # Its own record; the same bytes are one photo (add_photo keeps a file once).
    assert len(report.photos_created) == 1 and WirePicture.objects.count() == 2
    assert Photo.objects.count() == 1
