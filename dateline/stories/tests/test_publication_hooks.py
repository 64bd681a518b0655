"""Apps add to publishing through dateline.stories.hooks: a registered check
refuses publication with its reason, and a before-version hook runs in the
publishing transaction, so its writes and the version commit together or
not at all."""

import pytest

from dateline.stories import hooks
from dateline.stories.actions import Actor, CreateStory, Publish, Schedule, StoryError
from dateline.stories.models import Section, Story


@pytest.fixture
def clean_hooks(monkeypatch):
    monkeypatch.setattr(hooks, "_checks", [])
    monkeypatch.setattr(hooks, "_before_version", [])


@pytest.fixture
def story(db, section):
    return CreateStory(
        actor=Actor.system("test"), section=section, headline="Dam opens gates", body=["Water rose."]
    ).execute()


def test_a_registered_check_refuses_publication_and_scheduling(clean_hooks, story):
    hooks.register_publication_check(
        lambda s: "The lead photo needs alt text." if s.headline.startswith("Dam") else None
    )
    with pytest.raises(StoryError, match="The lead photo needs alt text."):
        Publish(story, actor=Actor.system("test")).execute()
    from datetime import timedelta

    from django.utils import timezone

    with pytest.raises(StoryError, match="The lead photo needs alt text."):
        Schedule(story, timezone.now() + timedelta(hours=1), actor=Actor.system("test")).execute()
    assert Story.objects.get(pk=story.pk).live_id is None


def test_before_version_runs_inside_the_transaction(clean_hooks, story):
    seen = []

    def rename_section(s, actor):
        seen.append((s.pk, actor.username))
        Section.objects.filter(pk=s.section_id).update(name="Changed by the hook")

    hooks.register_before_version(rename_section)
    Publish(story, actor=Actor.system("test")).execute()
    assert seen == [(story.pk, "test")]
    assert Section.objects.get(pk=story.section_id).name == "Changed by the hook"


def test_a_failing_hook_rolls_the_publication_back(clean_hooks, story):
    name = story.section.name

    def half_done(s, actor):
        Section.objects.filter(pk=s.section_id).update(name="Half done")
        raise RuntimeError("the photo store is down")

    hooks.register_before_version(half_done)
    with pytest.raises(RuntimeError):
        Publish(story, actor=Actor.system("test")).execute()
    assert Section.objects.get(pk=story.section_id).name == name
    assert Story.objects.get(pk=story.pk).live_id is None


def test_registering_twice_adds_once(clean_hooks):
    def check(s):
        return None

    hooks.register_publication_check(check)
    hooks.register_publication_check(check)
    assert hooks._checks == [check]
