"""A failure in the middle of publishing leaves the previous public version intact."""

import pytest

from dateline.core import audit
from dateline.stories.actions import Publish, Update
from dateline.stories.models import Story, StoryVersion


def test_failure_after_the_version_is_written_rolls_everything_back(make_story, desk_actor, monkeypatch):
    story = make_story()
    first_live = story.live_id

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    # The audit row is the last thing an action writes: failing there must undo the rest.
    monkeypatch.setattr(audit, "_writer", explode)
    with pytest.raises(RuntimeError):
        Update(story, actor=desk_actor, label="(LEAD)", changes={"headline": "Updated headline"}).execute()
    story.refresh_from_db()
    assert story.headline != "Updated headline" and story.revision == 1
    assert story.live_id == first_live
    assert StoryVersion.objects.filter(story=story).count() == 1
    assert Story.objects.public().get(pk=story.pk).live.headline != "Updated headline"


def test_failure_while_rendering_leaves_a_draft_unpublished(draft, desk_actor, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr("dateline.stories.actions.publishing.render_body", broken)
    with pytest.raises(RuntimeError):
        Publish(draft, actor=desk_actor).execute()
    draft.refresh_from_db()
    assert draft.live_id is None and draft.status == Story.Status.DRAFT
    assert not StoryVersion.objects.filter(story=draft).exists()
