"""Embargoed and scheduled stories stay hidden until their time; publish-scheduled
releases them once, announcing each exactly once."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from dateline.stories.actions import Embargo, Schedule, release_due
from dateline.stories.models import Story
from dateline.stories.signals import story_published


@pytest.fixture
def announced():
    seen = []
    story_published.connect(lambda **kw: seen.append(kw["story"].public_id), dispatch_uid="t-ann", weak=False)
    yield seen
    story_published.disconnect(dispatch_uid="t-ann")


def test_embargoed_story_is_hidden_from_site_and_lists_until_its_time(
    draft, desk_actor, client, django_capture_on_commit_callbacks, announced
):
    until = timezone.now() + timedelta(hours=2)
    with django_capture_on_commit_callbacks(execute=True):
        Embargo(draft, until, actor=desk_actor).execute()
    assert announced == []
    assert not Story.objects.public().filter(pk=draft.pk).exists()
    assert not Story.objects.listed().filter(pk=draft.pk).exists()
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(f"/view/{draft.public_id}/history/").status_code == 404
    # Readers see it from its time on, even before any job runs.
    assert Story.objects.public(now=until + timedelta(seconds=1)).filter(pk=draft.pk).exists()


def test_release_announces_an_embargoed_story_once(draft, desk_actor, django_capture_on_commit_callbacks, announced):
    until = timezone.now() + timedelta(minutes=5)
    Embargo(draft, until, actor=desk_actor).execute()
    with django_capture_on_commit_callbacks(execute=True):
        assert release_due(now=until - timedelta(seconds=1)) == []
        assert [s.pk for s in release_due(now=until + timedelta(seconds=1))] == [draft.pk]
        assert release_due(now=until + timedelta(seconds=2)) == []
    assert announced == [draft.public_id]


def test_scheduled_story_is_published_by_the_command_at_its_time(
    draft, desk_actor, django_capture_on_commit_callbacks, announced
):
    Schedule(draft, timezone.now() + timedelta(seconds=30), actor=desk_actor).execute()
    Story.objects.filter(pk=draft.pk).update(scheduled_at=timezone.now() - timedelta(seconds=1))
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish-scheduled", stdout=out)
        call_command("publish-scheduled", stdout=StringIO())
    draft.refresh_from_db()
    assert draft.status == Story.Status.PUBLISHED and draft.live.number == 1
    assert f"released {draft.public_id}" in out.getvalue()
    assert announced == [draft.public_id]


def test_dry_run_lists_due_stories_and_changes_nothing(draft, desk_actor):
    Schedule(draft, timezone.now() + timedelta(seconds=30), actor=desk_actor).execute()
    Story.objects.filter(pk=draft.pk).update(scheduled_at=timezone.now() - timedelta(seconds=1))
    out = StringIO()
    call_command("publish-scheduled", "--dry-run", stdout=out)
    assert f"would publish {draft.public_id}" in out.getvalue()
    draft.refresh_from_db()
    assert draft.status == Story.Status.SCHEDULED and draft.live_id is None


def test_a_scheduled_story_is_not_public_before_its_time(draft, desk_actor, client):
    Schedule(draft, timezone.now() + timedelta(hours=1), actor=desk_actor).execute()
    release_due()
    draft.refresh_from_db()
    assert draft.status == Story.Status.SCHEDULED
    assert client.get(f"/view/{draft.public_id}").status_code == 404


def test_schedule_in_the_past_is_refused_with_a_message(draft, editor_client):
    response = editor_client.post(
        f"/newsroom/story/{draft.public_id}/workflow/", {"action": "schedule", "when": "2001-01-01T10:00"}
    )
    assert response.status_code == 400
    assert "Choose a publishing time in the future." in response.content.decode()


def test_schedule_with_a_malformed_time_is_refused(draft, editor_client):
    response = editor_client.post(
        f"/newsroom/story/{draft.public_id}/workflow/", {"action": "embargo", "when": "next tuesday"}
    )
    assert response.status_code == 400
    draft.refresh_from_db()
    assert draft.live_id is None


def test_embargoed_story_is_not_in_the_feeds_before_its_time(draft, desk_actor, client, make_story):
    make_story(headline="An ordinary published story")
    Embargo(draft, timezone.now() + timedelta(hours=1), actor=desk_actor).execute()
    feed = client.get("/rss.xml")
    assert feed.status_code == 200
    body = feed.content.decode()
    assert "An ordinary published story" in body
    assert draft.headline not in body


def test_a_scheduled_story_that_cannot_be_published_goes_back_to_the_editors(draft, desk_actor):
    from dateline.newsroom.models import AuditLog

    Schedule(draft, timezone.now() + timedelta(seconds=30), actor=desk_actor).execute()
    Story.objects.filter(pk=draft.pk).update(body=[], scheduled_at=timezone.now() - timedelta(seconds=1))
    assert release_due() == []
    assert release_due() == []
    draft.refresh_from_db()
    assert draft.status == Story.Status.SUBMITTED and draft.scheduled_at is None and draft.live_id is None
    assert AuditLog.objects.filter(public_id=draft.public_id, action="story.release_failed").count() == 1


def test_loop_interval_must_keep_releases_within_a_minute(db):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="between 1 and 60"):
        call_command("publish-scheduled", "--loop", "300")
