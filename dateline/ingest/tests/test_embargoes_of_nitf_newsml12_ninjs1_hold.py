"""An embargo read from NITF (date.release), NewsML 1.2 (StatusWillChange) or
ninjs 1.x (embargoed) holds the story back on an auto-publishing feed until
its time, like any wire embargo: copies with the embargo moved into the
future, so the test does not depend on today's date."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone as django_timezone

from dateline.ingest.models import Feed, IncomingItem
from dateline.ingest.services import ingest_bytes
from dateline.stories.models import Story

from .test_newsml12_reads_the_standard import DOC as NEWSML12
from .test_nitf_reads_the_standard import DOC as NITF

pytestmark = pytest.mark.django_db(transaction=True)


def basic(when):
    return when.strftime("%Y%m%dT%H%M%SZ")


def nitf(until, issued):
    return NITF.replace(b"20261029T060000Z", basic(until).encode()).replace(b"20261028T090000Z", basic(issued).encode())


def newsml12(until, issued):
    return NEWSML12.replace(b"20261029T060000Z", basic(until).encode()).replace(
        b"<ThisRevisionCreated>20261028T090000Z", f"<ThisRevisionCreated>{basic(issued)}".encode()
    )


def ninjs1(realwire):
    def make(until, issued):
        return realwire.read("ninjs/sd_ninjs_embargoed.json").replace(
            b'"embargoed": "2022-06-29T02:30:00+00:00"', f'"embargoed": "{until.isoformat()}"'.encode()
        )

    return make


@pytest.fixture
def auto_feed(sections):
    return Feed.objects.create(name="partner", url="/dev/null", auto_publish=True)


@pytest.mark.parametrize("make", [nitf, newsml12, "ninjs1"])
def test_a_future_embargo_holds_until_its_time(client, realwire, auto_feed, monkeypatch, make):
    make = ninjs1(realwire) if make == "ninjs1" else make
    now = datetime.now(UTC).replace(microsecond=0)
    until = now + timedelta(days=2)
    report = ingest_bytes(make(until, now - timedelta(hours=1)), source="partner", feed=auto_feed)
    # (The NewsML 1.2 document also carries a picture item, refused by name.)
    assert len(report.created) == 1
    assert all("no text ContentItem" in r.reason for r in report.rejected), [r.reason for r in report.rejected]
    story = Story.objects.get(pk=IncomingItem.objects.get(story__isnull=False).story_id)
    assert story.embargo_until == until
    assert not Story.objects.public().filter(pk=story.pk).exists()
    assert client.get(story.get_absolute_url()).status_code == 404

    monkeypatch.setattr(django_timezone, "now", lambda: until + timedelta(minutes=1))
    call_command("publish-scheduled")
    assert client.get(story.get_absolute_url()).status_code == 200
