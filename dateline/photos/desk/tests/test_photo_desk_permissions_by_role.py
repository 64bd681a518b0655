"""Who may use the photo desk: reporters add photos and describe their own
drafts; editors describe, publish and withdraw any photo; people without a
newsroom role are refused, and visitors sent to sign in."""

import html

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from dateline.photos.models import Photo

from .conftest import client_for, jpeg_bytes


def description(photo, **changes):
    data = {
        "alt_text": photo.alt_text,
        "caption": photo.caption,
        "headline": photo.headline,
        "credit_line": photo.credit_line,
        "creator": photo.creator,
        "copyright_notice": photo.copyright_notice,
        "rights_usage": photo.rights_usage,
        "keywords": ", ".join(photo.keywords),
        "city": photo.city,
        "country": photo.country,
        "base_revision": photo.revision,
    }
    data.update(changes)
    return data


@pytest.fixture
def nobody_client(db):
    user = get_user_model().objects.create_user("visitor-account", password="x" * 12)
    return client_for(user)


def test_the_roles_hold_the_least_they_need(reporter, editor, chief):
    assert {p for p in ("add", "change", "view", "publish", "delete") if reporter.has_perm(f"photos.{p}_photo")} == {
        "add",
        "change",
        "view",
    }
    assert not editor.has_perm("photos.delete_photo")
    assert editor.has_perm("photos.publish_photo")
    assert chief.has_perm("photos.delete_photo") and chief.has_perm("photos.publish_photo")


def test_without_a_newsroom_role_every_page_is_refused(nobody_client, make_photo, client):
    photo = make_photo()
    for path in ("/newsroom/photos/", "/newsroom/photos/upload/", f"/newsroom/photos/{photo.public_id}/"):
        assert nobody_client.get(path).status_code == 403
        # Visitors who are not signed in are sent to sign in.
        assert client.get(path).status_code == 302
    refused = nobody_client.post(
        "/newsroom/photos/upload/one/", {"file": SimpleUploadedFile("a.jpg", jpeg_bytes(), "image/jpeg")}
    )
    assert refused.status_code == 403
    assert Photo.objects.count() == 1


def test_a_reporter_describes_their_own_draft_but_not_another_s(reporter_client, reporter, other_reporter, make_photo):
    own = make_photo(reporter)
    response = reporter_client.post(f"/newsroom/photos/{own.public_id}/", description(own, caption="Rain in Busan."))
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.caption == "Rain in Busan."

    theirs = make_photo(other_reporter)
    refused = reporter_client.post(f"/newsroom/photos/{theirs.public_id}/", description(theirs, caption="Mine now."))
    assert refused.status_code == 403
    assert "an editor's to change" in html.unescape(refused.content.decode())
    theirs.refresh_from_db()
    assert theirs.caption != "Mine now."
    # Reading it is allowed: the desk shares its pictures.
    assert reporter_client.get(f"/newsroom/photos/{theirs.public_id}/").status_code == 200


def test_a_reporter_may_not_publish_or_withdraw(reporter_client, reporter, make_photo):
    photo = make_photo(reporter, alt_text="A flooded street in Busan.")
    assert reporter_client.post(f"/newsroom/photos/{photo.public_id}/publish/").status_code == 403
    assert (
        reporter_client.post(f"/newsroom/photos/{photo.public_id}/withdraw/", {"confirmed": "yes"}).status_code == 403
    )
    publish_on_save = reporter_client.post(f"/newsroom/photos/{photo.public_id}/", description(photo, publish="yes"))
    assert publish_on_save.status_code == 403
    photo.refresh_from_db()
    assert photo.status == Photo.Status.DRAFT


def test_an_editor_describes_publishes_and_withdraws_any_photo(editor_client, reporter, make_photo):
    photo = make_photo(reporter, alt_text="A flooded street in Busan.")
    assert (
        editor_client.post(f"/newsroom/photos/{photo.public_id}/", description(photo, credit_line="Yonhap")).status_code
        == 302
    )
    assert editor_client.post(f"/newsroom/photos/{photo.public_id}/publish/").status_code == 302
    photo.refresh_from_db()
    assert (photo.credit_line, photo.status) == ("Yonhap", Photo.Status.PUBLISHED)
