"""Two publish-scheduled runs at once (cron racing the worker) release each story once."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from dateline.stories.actions import Schedule, release_due
from dateline.stories.models import Story, StoryVersion
from dateline.stories.signals import story_published


@pytest.mark.django_db(transaction=True)
def test_concurrent_runs_publish_and_announce_once(draft, desk_actor):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        # The in-memory test database refuses a second writer ("table is locked")
        # instead of queueing it as a file database with busy_timeout does.
        pytest.skip("needs a database that queues concurrent writers (PostgreSQL)")
    Schedule(draft, timezone.now() + timedelta(seconds=30), actor=desk_actor).execute()
    Story.objects.filter(pk=draft.pk).update(scheduled_at=timezone.now() - timedelta(seconds=1))
    announced, errors = [], []
    story_published.connect(lambda **kw: announced.append(kw["story"].pk), dispatch_uid="t-race", weak=False)
    start = threading.Barrier(3)

    def run():
        try:
            start.wait()
            release_due()
        except Exception as error:  # surfaced by the assertion below
            errors.append(error)
        finally:
            connection.close()

    try:
        threads = [threading.Thread(target=run) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        story_published.disconnect(dispatch_uid="t-race")
    assert errors == []
    assert StoryVersion.objects.filter(story=draft).count() == 1
    assert announced == [draft.pk]
