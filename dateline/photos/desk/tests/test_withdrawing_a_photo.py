"""Withdrawing a photo asks first (it leaves every page and feed, and the
confirm page names the published stories that show it), and a withdrawn
photo's page says why it shows no picture."""

from django.utils.html import escape

from dateline.photos.models import Photo

from .conftest import form_data


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


def test_the_confirm_page_names_and_links_the_stories_that_show_it(
    editor_client, draft, make_photo, django_capture_on_commit_callbacks
):
    photo = make_photo(alt_text="Rescue workers on a flooded street.")
    edit_url = f"/newsroom/story/{draft.public_id}/"
    editor_client.post(edit_url, form_data(draft, photos=photo.public_id))
    with django_capture_on_commit_callbacks(execute=True):  # the index of photos' uses is kept on commit
        assert editor_client.post(f"{edit_url}workflow/", {"action": "publish"}).status_code == 302
    draft.refresh_from_db()
    page = editor_client.post(f"/newsroom/photos/{photo.public_id}/withdraw/").content.decode()
    assert "It is shown by 1 published story now" in page
    assert "Published stories that show it" in page
    assert f'<a href="{edit_url}">{escape(draft.live.headline)}</a>' in page
    # Only asked: nothing withdrawn yet.
    photo.refresh_from_db()
    assert photo.status == Photo.Status.PUBLISHED


def test_a_photo_no_story_shows_lists_none(editor_client, make_photo):
    photo = make_photo(alt_text="A closed school gate.")
    page = editor_client.post(f"/newsroom/photos/{photo.public_id}/withdraw/").content.decode()
    assert "No published story shows it now." in page
    assert "Published stories that show it" not in page
