"""Every path that makes a story public leaves an audit row for each public
version, naming who did it, and a Revision row for every revision number the
story counted: the desk (publish, update, correct, schedule and embargo with
their release), the Incoming queue, feed auto-publishing (first version and
update), `import-text` and the demo loader."""

import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from dateline.ingest.models import Feed, IncomingItem
from dateline.ingest.services import ingest_bytes
from dateline.newsroom.models import AuditLog
from dateline.stories.models import Revision, Story

PUBLISHING = {"story.first", "story.update", "story.correction", "story.embargo"}


def assert_audited(story, who):
    """Each public version has its audit row by `who`, and every revision the
    story counted has its Revision row."""
    story.refresh_from_db()
    assert story.live_id is not None
    for version in story.versions.all():
        rows = AuditLog.objects.filter(public_id=story.public_id, action__in=PUBLISHING, detail__version=version.number)
        assert [r.username for r in rows] == [who], (story.headline, version.number)
        assert Revision.objects.filter(story=story, number=rows[0].detail["revision"]).exists()
    numbers = sorted(story.revisions.values_list("number", flat=True))
    assert numbers == list(range(1, story.revision + 1)), story.headline


def workflow(client, story, **data):
    return client.post(f"/newsroom/story/{story.public_id}/workflow/", data)


@pytest.mark.django_db
def test_desk_publish_update_and_correct(editor_client, draft):
    assert workflow(editor_client, draft, action="publish").status_code == 302
    assert workflow(editor_client, draft, action="update", label="(LEAD)").status_code == 302
    assert workflow(editor_client, draft, action="correct", correction="Fixes a name.").status_code == 302
    assert draft.versions.count() == 3
    assert_audited(draft, "eddie")


@pytest.mark.django_db
def test_schedule_and_embargo_released_by_the_job(editor_client, draft, make_story):
    other = make_story("Typhoon nears Jeju", publish_it=False)
    soon = timezone.localtime() + timedelta(minutes=5)
    assert workflow(editor_client, draft, action="schedule", when=soon.strftime("%Y-%m-%dT%H:%M")).status_code == 302
    assert workflow(editor_client, other, action="embargo", when=soon.strftime("%Y-%m-%dT%H:%M")).status_code == 302
    Story.objects.filter(pk=draft.pk).update(scheduled_at=timezone.now() - timedelta(seconds=1))
    Story.objects.filter(pk=other.pk).update(embargo_until=timezone.now() - timedelta(seconds=1))
    call_command("publish-scheduled")
    assert_audited(draft, "scheduler")
    assert_audited(other, "eddie")
    released = AuditLog.objects.filter(action="story.release", username="scheduler")
    assert sorted(released.values_list("public_id", flat=True)) == sorted([draft.public_id, other.public_id])


@pytest.mark.django_db
def test_accepted_incoming_item_then_published(editor_client):
    (item,) = ingest_bytes(_ninjs(1, "Accepted take"), source="agency").created
    assert editor_client.post(f"/newsroom/incoming/{item.pk}/accept").status_code == 302
    item.refresh_from_db()
    story = item.story
    accepted = AuditLog.objects.get(action="incoming.accept", public_id=story.public_id)
    assert accepted.username == "eddie" and accepted.detail["item"] == item.pk
    assert workflow(editor_client, story, action="publish").status_code == 302
    assert_audited(story, "eddie")


@pytest.mark.django_db
def test_feed_auto_publishes_first_version_and_update():
    feed = Feed.objects.create(name="Partner", url="http://partner.example/feed.json", auto_publish=True)
    ingest_bytes(_ninjs(1, "First take"), source="Partner", feed=feed)
    ingest_bytes(_ninjs(2, "Second take"), source="Partner", feed=feed)
    story = IncomingItem.objects.get().story
    assert story.versions.count() == 2 and story.live.headline == "Second take"
    assert_audited(story, "feed:Partner")


@pytest.mark.django_db
def test_import_text_publishes_audited(tmp_path, seed_text):
    path = tmp_path / "page.txt"
    path.write_text(seed_text, encoding="utf-8")
    call_command("import-text", str(path))
    assert_audited(Story.objects.get(), "import-text")


@pytest.mark.django_db
def test_demo_load_publishes_audited():
    call_command("load-demo")
    stories = list(Story.objects.all())
    assert stories and any(s.versions.count() > 1 for s in stories)
    for story in stories:
        assert_audited(story, "demo")


def _ninjs(version, headline):
    return json.dumps(
        {
            "uri": "urn:agency:story-1",
            "version": str(version),
            "versioncreated": f"2026-10-28T0{version}:00:00Z",
            "headlines": [{"value": headline}],
            "bodies": [{"contenttype": "text/plain", "value": f"Text of version {version}."}],
        }
    ).encode()
