"""Withdrawing a photo asks first (it leaves every page and feed), and a
withdrawn photo's page says why it shows no picture."""

from dateline.photos.models import Photo


def test_withdrawing_asks_first(editor_client, reporter, make_photo):
    photo = make_photo(reporter, alt_text="A flooded street in Busan.")
    editor_client.post(f"/newsroom/photos/{photo.public_id}/publish/")
    first = editor_client.post(f"/newsroom/photos/{photo.public_id}/withdraw/")
    assert first.status_code == 200
    assert f"Withdraw photo {photo.public_id}?" in first.content.decode()
    photo.refresh_from_db()
    assert photo.status == Photo.Status.PUBLISHED
    editor_client.post(f"/newsroom/photos/{photo.public_id}/withdraw/", {"confirmed": "yes"})
    photo.refresh_from_db()
    assert photo.status == Photo.Status.WITHDRAWN


def test_a_withdrawn_photo_s_page_says_why_it_has_no_picture(editor_client, make_photo):
    photo = make_photo(alt_text="A flooded street in Busan.")
    editor_client.post(f"/newsroom/photos/{photo.public_id}/withdraw/", {"confirmed": "yes"})
    page = editor_client.get(f"/newsroom/photos/{photo.public_id}/").content.decode()
    assert "A withdrawn photo keeps no renditions" in page
    assert "Withdrawn: no picture kept" in editor_client.get("/newsroom/photos/?status=withdrawn").content.decode()
