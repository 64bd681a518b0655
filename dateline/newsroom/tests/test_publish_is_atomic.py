"""A failure in the middle of publishing leaves the previous public version intact."""

import pytest

from dateline.stories.models import Story, StoryVersion
from dateline.stories.workflow import publish, story_changed


def test_failure_after_the_version_is_written_rolls_everything_back(make_story, desk_actor):
    story = make_story()
    first_live = story.live_id
    story.headline = "Updated headline"
    story.save(update_fields=["headline"])

    def explode(**kwargs):
        raise RuntimeError("disk full")

    story_changed.connect(explode, dispatch_uid="test-explode")
    try:
        with pytest.raises(RuntimeError):
            publish(story, actor=desk_actor, kind="update", label="(LEAD)")
    finally:
        story_changed.disconnect(dispatch_uid="test-explode")
    story.refresh_from_db()
    assert story.live_id == first_live
    assert StoryVersion.objects.filter(story=story).count() == 1
    assert Story.objects.public().get(pk=story.pk).live.headline != "Updated headline"


def test_failure_while_rendering_leaves_a_draft_unpublished(draft, desk_actor, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr("dateline.stories.services.render_body", broken)
    with pytest.raises(RuntimeError):
        publish(draft, actor=desk_actor)
    draft.refresh_from_db()
    assert draft.live_id is None and draft.status == Story.Status.DRAFT
    assert not StoryVersion.objects.filter(story=draft).exists()
