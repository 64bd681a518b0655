"""Killing a story keeps its page with a notice (status 200), not a 404."""

import pytest

from dateline.stories.actions import Kill
from dateline.stories.models import Story, StoryVersion
from dateline.stories.services import StoryError
from dateline.stories.signals import story_unpublished


def test_kill_replaces_the_body_with_a_notice(make_story, editor_client, client):
    story = make_story(body=["Secret paragraph that must go."])
    response = editor_client.post(
        f"/newsroom/story/{story.public_id}/workflow/",
        {"action": "kill", "reason": "The report was based on a forged document.", "confirmed": "yes"},
    )
    assert response.status_code == 302
    page = client.get(story.get_absolute_url())
    html = page.content.decode()
    assert page.status_code == 200
    assert "This story has been withdrawn." in html and "forged document" in html
    assert "Secret paragraph" not in html
    story.refresh_from_db()
    assert story.status == Story.Status.KILLED and story.live.kind == StoryVersion.Kind.KILL
    assert not Story.objects.listed().filter(pk=story.pk).exists()


def test_kill_needs_a_reason(make_story, desk_actor):
    story = make_story()
    with pytest.raises(StoryError):
        Kill(story, "   ", actor=desk_actor).execute()


def test_kill_sends_story_unpublished(make_story, desk_actor, django_capture_on_commit_callbacks):
    story = make_story()
    seen = []
    story_unpublished.connect(lambda **kw: seen.append(kw["story"].pk), dispatch_uid="t-kill", weak=False)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            Kill(story, "Legal advice.", actor=desk_actor).execute()
    finally:
        story_unpublished.disconnect(dispatch_uid="t-kill")
    assert seen == [story.pk]


def test_earlier_versions_of_a_killed_story_are_gone(make_story, desk_actor, client):
    story = make_story()
    Kill(story, "Legal advice.", actor=desk_actor).execute()
    assert client.get(f"/view/{story.public_id}/v/1/").status_code == 410
    assert client.get(f"/view/{story.public_id}/diff/?a=1&b=1").status_code == 410
