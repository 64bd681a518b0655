"""A new focal point gives the crops new file names; the old files stay
until the new set exists, the purge is sent, and the pages a cache or a
browser still holds have had time to go (DATELINE_PHOTO_STALE_RENDITIONS_SECONDS):
no public page ever names a missing rendition."""

import re

import pytest
from django.core.management import call_command

from dateline.core import background
from dateline.photos import services
from dateline.photos.actions import SetFocalPoint, WithdrawPhoto
from dateline.photos.models import Photo
from dateline.photos.signals import photo_changed
from dateline.stories.actions import Actor

pytestmark = pytest.mark.django_db
DESK = Actor.system("test", via="test")


def named_files(html):
    return set(re.findall(r"/media/(renditions/[^\s\"',]+)", html))


@pytest.fixture
def shown(published, make_photo, settings):
    settings.DATELINE_PHOTO_STALE_RENDITIONS_SECONDS = 600
    photo = make_photo("Crowds gather at the harbour.", size=(960, 640))
    story = published(section="economy", photos=[photo.pk])
    return story, photo


def test_old_crops_outlive_the_purge_and_every_page_names_existing_files(
    shown, client, settings, django_capture_on_commit_callbacks
):
    story, photo = shown
    media = settings.MEDIA_ROOT
    old = {info["name"] for info in photo.renditions.values()}
    seen = []

    def at_purge(sender, photo, action, **kwargs):
        # When the caches are told, the new files exist and the old ones too.
        stored = Photo.objects.get(pk=photo.pk)
        seen.append((action, all((media / name).exists() for name in old), stored.renditions_key))

    photo_changed.connect(at_purge, dispatch_uid="test-at-purge")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            SetFocalPoint(photo, 0.9, 0.1, actor=DESK).execute()
            # Before the new set is cut, the page still names the old files.
            page = client.get(story.get_absolute_url()).content.decode()
            assert named_files(page) and all((media / name).exists() for name in named_files(page))
    finally:
        photo_changed.disconnect(dispatch_uid="test-at-purge")
    assert [(action, kept) for action, kept, _ in seen] == [("photo.focal_point", True), ("photo.renditions", True)]
    stored = Photo.objects.get(pk=photo.pk)
    new = {info["name"] for info in stored.renditions.values()}
    assert new.isdisjoint(old)  # new names for the new crops
    page = client.get(story.get_absolute_url()).content.decode()
    assert named_files(page) <= new and all((media / name).exists() for name in named_files(page))
    assert all((media / name).exists() for name in old)  # still there for the pages held elsewhere

    # Within the grace, the upkeep command keeps them; after it, removes them.
    call_command("photo-renditions")
    assert all((media / name).exists() for name in old)
    settings.DATELINE_PHOTO_STALE_RENDITIONS_SECONDS = 0
    call_command("photo-renditions")
    assert not any((media / name).exists() for name in old)
    assert all((media / name).exists() for name in new)


@pytest.mark.django_db(transaction=True)  # the thread reads the row in its own connection
def test_in_the_background_the_old_set_goes_after_the_grace_unless_current_again(shown, settings):
    _, photo = shown
    media = settings.MEDIA_ROOT
    settings.DATELINE_PHOTO_RENDITIONS_IN_BACKGROUND = True
    settings.DATELINE_PHOTO_STALE_RENDITIONS_SECONDS = 0.3
    current = sorted(info["name"] for info in photo.renditions.values())
    leftover = media / "renditions" / photo.public_id / ("0" * 16) / "original-320.jpg"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"old crop")
    services.retire(photo, {leftover.relative_to(media).as_posix(), current[0]})
    assert leftover.exists()
    background.wait_for_all(10)
    assert not leftover.exists()
    assert (media / current[0]).exists()  # the row names it again: kept


def test_a_withdrawal_removes_the_kept_old_set_too(shown, settings, django_capture_on_commit_callbacks):
    _, photo = shown
    media = settings.MEDIA_ROOT
    old = {info["name"] for info in photo.renditions.values()}
    with django_capture_on_commit_callbacks(execute=True):
        SetFocalPoint(photo, 0.1, 0.9, actor=DESK).execute()
    assert all((media / name).exists() for name in old)
    with django_capture_on_commit_callbacks(execute=True):
        WithdrawPhoto(Photo.objects.get(pk=photo.pk), actor=DESK).execute()
    assert not list((media / "renditions" / photo.public_id).rglob("*.*"))
