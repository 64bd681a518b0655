"""add_photo: a picture comes in as a draft with its original stored, an
audit row, and renditions made once the transaction commits."""

import hashlib
import re

import pytest

from dateline.newsroom.models import AuditLog
from dateline.photos.models import Photo
from dateline.photos.services import add_photo
from dateline.stories.actions import ActionPermissionError

pytestmark = pytest.mark.django_db


def test_a_jpeg_is_stored_as_a_draft_with_its_audit_row(
    jpeg, make_person, files_in, django_capture_on_commit_callbacks
):
    actor = make_person("pia", "photos.add_photo")
    data = jpeg((1200, 800))
    with django_capture_on_commit_callbacks(execute=True):
        photo = add_photo(data, "IMG_0001.JPG", actor=actor)

    photo.refresh_from_db()
    assert photo.status == Photo.Status.DRAFT
    assert re.fullmatch(r"DLNP\d{8}\d{6}", photo.public_id)
    assert (photo.mime_type, photo.width, photo.height, photo.file_size) == ("image/jpeg", 1200, 800, len(data))
    assert photo.sha256 == hashlib.sha256(data).hexdigest()
    assert photo.created_by == actor.user
    # The original is kept byte for byte under its hash, apart from renditions.
    assert photo.original.name == f"originals/{photo.sha256[:2]}/{photo.sha256}.jpg"
    assert photo.original.read() == data
    row = AuditLog.objects.get(action="photo.add")
    assert row.user == actor.user and row.detail["photo"] == photo.public_id
    # Renditions were made after the commit (inline under the test settings).
    assert photo.renditions and photo.renditions_key
    assert all(name.startswith(("originals/", "renditions/")) for name in files_in())


def test_the_same_bytes_again_return_the_photo_already_kept(jpeg, system_actor, files_in):
    data = jpeg()
    first = add_photo(data, "a.jpg", actor=system_actor)
    stored = files_in()
    again = add_photo(data, "copy-of-a.jpg", actor=system_actor, source="wire")
    assert again.pk == first.pk
    assert Photo.objects.count() == 1
    assert files_in() == stored


def test_the_sender_description_wins_over_the_file(jpeg, system_actor):
    photo = add_photo(
        jpeg(),
        actor=system_actor,
        source="Yonhap feed",
        source_key="PYH2026113000100",
        described={"caption": "A caption from the wire item", "credit_line": "Yonhap", "keywords": ["Seoul", "Seoul"]},
    )
    assert (photo.caption, photo.credit_line, photo.keywords) == ("A caption from the wire item", "Yonhap", ["Seoul"])
    assert (photo.source, photo.source_key) == ("Yonhap feed", "PYH2026113000100")


def test_a_description_field_that_does_not_exist_is_a_programming_error(jpeg, system_actor, files_in):
    with pytest.raises(ValueError, match="not a field"):
        add_photo(jpeg(), actor=system_actor, described={"colour": "blue"})
    assert files_in() == [] and not Photo.objects.exists()


def test_a_person_without_the_permission_cannot_add_a_photo(jpeg, make_person, files_in):
    with pytest.raises(ActionPermissionError):
        add_photo(jpeg(), actor=make_person("nemo"))
    assert files_in() == [] and not Photo.objects.exists()
