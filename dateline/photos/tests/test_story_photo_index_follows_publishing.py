"""StoryPhoto (which public stories use which photo) follows publishing:
rewritten from the live version on publish, update and correction, emptied
on kill, in position order, once the transaction commits."""

import pytest

from dateline.photos.models import StoryPhoto
from dateline.stories.actions import Actor, Correct, Kill

pytestmark = pytest.mark.django_db
ACTOR = Actor.system("test")


def rows(story):
    return list(StoryPhoto.objects.filter(story=story).order_by("position").values_list("photo_id", "position"))


def test_publishing_records_the_lead_and_gallery_in_order(published, make_photo):
    lead, second, third = make_photo(), make_photo(), make_photo()
    story = published(photos=[lead.pk, second.pk, third.pk])
    assert rows(story) == [(lead.pk, 0), (second.pk, 1), (third.pk, 2)]


def test_a_story_without_photos_has_no_rows(published):
    assert rows(published()) == []


def test_rows_are_written_only_once_the_publication_commits(make_story, make_photo, django_capture_on_commit_callbacks):
    photo = make_photo()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        story = make_story(photos=[photo.pk])
    assert rows(story) == []  # nothing until the commit
    for callback in callbacks:
        callback()
    assert rows(story) == [(photo.pk, 0)]


def test_a_correction_that_replaces_the_photo_rewrites_the_rows(
    published, make_photo, django_capture_on_commit_callbacks
):
    wrong, right = make_photo("The wrong picture"), make_photo("The right picture")
    story = published(photos=[wrong.pk])
    with django_capture_on_commit_callbacks(execute=True):
        Correct(
            story, actor=ACTOR, correction="An earlier version showed the wrong photo.", changes={"photos": [right.pk]}
        ).execute()
    assert rows(story) == [(right.pk, 0)]
    assert not StoryPhoto.objects.filter(photo=wrong).exists()


def test_killing_the_story_removes_its_rows(published, make_photo, django_capture_on_commit_callbacks):
    photo = make_photo()
    story = published(photos=[photo.pk])
    with django_capture_on_commit_callbacks(execute=True):
        Kill(story, "Withdrawn at the source's request.", actor=ACTOR).execute()
    assert rows(story) == []


def test_a_photo_repeated_in_a_version_is_recorded_once(published, make_photo):
    photo, other = make_photo(), make_photo()
    story = published(photos=[photo.pk, other.pk, photo.pk])
    assert rows(story) == [(photo.pk, 0), (other.pk, 1)]
