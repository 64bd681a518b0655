"""Pages showing a photo carry its key (photo-<pk>), and every change to the
photo (edit, withdrawal, new focal point) purges that key and the photo
lists, so no cache keeps showing a photo the desk has changed or taken back."""

import pytest

from dateline.photos.actions import EditPhoto, SetFocalPoint, WithdrawPhoto
from dateline.stories.actions import Actor

pytestmark = pytest.mark.django_db
DESK = Actor.system("test", via="test")


@pytest.fixture
def shown(published, make_photo, varnish):
    photo = make_photo("Crowds gather at the harbour.", size=(640, 480))
    story = published(section="economy", photos=[photo.pk])
    varnish.requests.clear()
    return story, photo


def test_every_page_showing_the_photo_carries_its_key(client, shown):
    story, photo = shown
    key = f"photo-{photo.pk}"
    for path in (
        story.get_absolute_url(),
        "/",
        "/section/economy/",
        f"/photos/{photo.public_id}/",
        f"/view/{story.public_id}/history/",
    ):
        response = client.get(path)
        assert key in response["xkey"].split(), path


def test_a_drafts_404_carries_its_key_so_publishing_purges_it(client, make_photo):
    draft = make_photo(status="draft", size=(640, 480))
    response = client.get(f"/photos/{draft.public_id}/")
    assert response.status_code == 404 and f"photo-{draft.pk}" in response["xkey"].split()


@pytest.mark.parametrize(
    "change",
    [
        lambda photo: EditPhoto(photo, {"caption": "Crowds gather at the old harbour."}, actor=DESK),
        lambda photo: WithdrawPhoto(photo, actor=DESK),
        lambda photo: SetFocalPoint(photo, 0.2, 0.3, actor=DESK),
    ],
    ids=["edit", "withdraw", "focal point"],
)
def test_each_change_purges_the_photo_and_the_photo_lists(shown, varnish, change, django_capture_on_commit_callbacks):
    _, photo = shown
    with django_capture_on_commit_callbacks(execute=True):
        change(photo).execute()
    assert f"photo-{photo.pk}" in varnish.keys()
    assert "photos" in varnish.keys()


def test_a_cache_that_is_down_never_fails_the_change(shown, varnish, django_capture_on_commit_callbacks):
    _, photo = shown
    varnish.status = 503
    with django_capture_on_commit_callbacks(execute=True):
        EditPhoto(photo, {"caption": "Still saved."}, actor=DESK).execute()
    photo.refresh_from_db()
    assert photo.caption == "Still saved."


def test_a_withdrawal_purges_the_rendition_files_by_key_and_url(shown, varnish, django_capture_on_commit_callbacks):
    # Rendition files are cached for a year by URL; a withdrawn picture must
    # leave the cache in front as well as the pages.
    _, photo = shown
    files = [info["name"] for info in photo.renditions.values()]
    assert files
    with django_capture_on_commit_callbacks(execute=True):
        WithdrawPhoto(photo, actor=DESK).execute()
    assert f"photo-files-{photo.public_id}" in varnish.keys()
    from dateline.edge.models import Purge

    urls = [url for purge in Purge.objects.all() for url in purge.urls]
    assert all(any(url.endswith("/media/" + name) for url in urls) for name in files)


def test_an_edit_leaves_the_rendition_files_cached(shown, varnish, django_capture_on_commit_callbacks):
    _, photo = shown
    with django_capture_on_commit_callbacks(execute=True):
        EditPhoto(photo, {"caption": "Crowds at the harbour at dawn."}, actor=DESK).execute()
    assert f"photo-files-{photo.public_id}" not in varnish.keys()
