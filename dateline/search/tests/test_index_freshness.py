"""The index follows publishing through signals: no rebuild needed."""

from datetime import timedelta

from django.utils import timezone

from dateline.stories.actions import Actor, Correct, Update
from dateline.stories.models import Story
from dateline.stories.signals import story_published, story_unpublished


def test_published_story_is_searchable_at_once(published, search_ids):
    published("Cabinet approves hydrogen plan")
    assert search_ids("hydrogen") == ["Cabinet approves hydrogen plan"]


def test_draft_is_not_searchable(make_story, search_ids):
    make_story("Secret hydrogen draft", publish_it=False)
    assert search_ids("hydrogen") == []


def test_update_replaces_the_indexed_text(published, search_ids, django_capture_on_commit_callbacks):
    story = published("Quake hits coastal town")
    with django_capture_on_commit_callbacks(execute=True):
        Update(
            story,
            actor=Actor.system("test"),
            changes={"headline": "Strong quake hits coastal town, tsunami warning lifted"},
        ).execute()
    assert search_ids("tsunami") == ["Strong quake hits coastal town, tsunami warning lifted"]
    assert search_ids("quake") == ["Strong quake hits coastal town, tsunami warning lifted"]


def test_correction_removes_the_wrong_word(published, search_ids, django_capture_on_commit_callbacks):
    story = published("Minister Parc resigns", body=["Minister Parc resigned on Monday."])
    with django_capture_on_commit_callbacks(execute=True):
        Correct(
            story,
            actor=Actor.system("test"),
            correction="An earlier version misspelt the minister's name.",
            changes={"headline": "Minister Park resigns", "body": ["Minister Park resigned on Monday."]},
        ).execute()
    assert search_ids("parc") == []
    assert search_ids("park") == ["Minister Park resigns"]


def test_killed_story_leaves_the_index(published, search_ids, django_capture_on_commit_callbacks):
    story = published("Erroneous report on ferry accident")
    Story.objects.filter(pk=story.pk).update(status=Story.Status.KILLED)
    with django_capture_on_commit_callbacks(execute=True):
        story_unpublished.send(sender=Story, story=story, version=None)
    assert search_ids("ferry") == []


def test_embargoed_story_appears_only_on_release(make_story, search_ids, django_capture_on_commit_callbacks):
    release = timezone.now() + timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        story = make_story("Embargoed growth figures", at=release)
    assert search_ids("growth") == []
    Story.objects.filter(pk=story.pk).update(first_published_at=timezone.now() - timedelta(seconds=1))
    with django_capture_on_commit_callbacks(execute=True):
        story_published.send(sender=Story, story=story, version=story.live)
    assert search_ids("growth") == ["Embargoed growth figures"]
