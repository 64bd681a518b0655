"""A change to a photo no public page shows (a draft: no published story
and no public photo page shows it) makes nothing in the caches in front
stale: its new renditions and its focal point purge nothing. A published
photo's still purge its pages, and a withdrawal always purges its files."""

import pytest

from dateline.photos.actions import EditPhoto, SetFocalPoint, WithdrawPhoto
from dateline.stories.actions import Actor

pytestmark = pytest.mark.django_db
DESK = Actor.system("test", via="test")


def test_a_drafts_focal_point_and_new_renditions_purge_nothing(make_photo, varnish, django_capture_on_commit_callbacks):
    draft = make_photo(status="draft", size=(640, 480))
    varnish.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        SetFocalPoint(draft, 0.2, 0.3, actor=DESK).execute()  # the renditions are re-cut as it commits
    draft.refresh_from_db()
    assert (draft.focal_x, draft.focal_y) == (0.2, 0.3)
    assert draft.renditions_key and all("/" in entry for entry in draft.renditions)
    with django_capture_on_commit_callbacks(execute=True):
        EditPhoto(draft, {"caption": "Boats in the harbour."}, actor=DESK).execute()
    assert varnish.requests == []


def test_a_published_photos_focal_point_and_renditions_purge_its_pages(
    published, make_photo, varnish, django_capture_on_commit_callbacks
):
    photo = make_photo(size=(640, 480))
    published(section="economy", photos=[photo.pk])
    varnish.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        SetFocalPoint(photo, 0.2, 0.3, actor=DESK).execute()
    # One purge for the focal point, one when its new renditions are made.
    assert varnish.keys().count(f"photo-{photo.pk}") == 2


def test_withdrawing_a_draft_still_purges_its_files(make_photo, varnish, django_capture_on_commit_callbacks):
    draft = make_photo(status="draft", size=(640, 480))
    varnish.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        WithdrawPhoto(draft, actor=DESK).execute()
    assert f"photo-files-{draft.public_id}" in varnish.keys()
