"""A story exported as ninjs and as NewsML-G2 and ingested again keeps its
headline, bylines, dateline, body and times."""

import json

import pytest

from dateline.ingest.services import ingest_bytes
from dateline.wire.newsml import to_newsml_bytes
from dateline.wire.ninjs import to_ninjs


@pytest.fixture
def story(make_story):
    from dateline.stories.actions import Actor, Update

    story = make_story(
        "Seoul and Washington discuss <peace> declaration",
        bylines=["Kim Eun-jung", "Lee Ha-won"],
        dateline_country="South Korea",
        body=["Officials met on <em>Thursday</em> &amp; talked.", "The talks, a spokesperson said, will go on."],
        keywords=["diplomacy"],
        slugline="KOREA-US",
        urgency=2,
    )
    Update(
        story, actor=Actor.system("test"), changes={"headline": "Seoul and Washington agree on declaration"}
    ).execute()
    story.refresh_from_db()
    return story


def assert_same(item, story):
    version = story.live
    assert item.headline == version.headline
    assert item.bylines == version.bylines
    assert (item.dateline_city, item.dateline_country, item.dateline_agency, item.dateline_date) == (
        version.dateline_city,
        version.dateline_country,
        version.dateline_agency,
        version.dateline_date,
    )
    assert item.body == version.body
    # Wire formats carry times to the second.
    assert item.first_created == story.first_published_at.replace(microsecond=0)
    assert item.version_created == version.published_at.replace(microsecond=0)
    assert item.original_version == "2"
    assert item.keywords == ["diplomacy"] and item.slugline == "KOREA-US" and item.urgency == 2
    assert item.section_name == story.section.name


@pytest.mark.parametrize("ver", ["2.1", "3.0"])
def test_ninjs_round_trip(story, ver):
    data = json.dumps(to_ninjs(story, story.live, ver)).encode()
    (item,) = ingest_bytes(data, source="self").created
    assert item.format == ("ninjs2" if ver == "2.1" else "ninjs3")
    assert_same(item, story)


def test_newsml_round_trip(story):
    (item,) = ingest_bytes(to_newsml_bytes(story, story.live), source="self").created
    assert item.format == "newsml"
    assert_same(item, story)


def test_subscriber_api_page_can_be_ingested(client, story, settings):
    from dateline.wire.models import ApiClient

    settings.DATELINE_WIRE_SETTLE_SECONDS = 0
    _, key = ApiClient.create_with_key("loopback")
    page = client.get("/api/v1/feed", HTTP_X_API_KEY=key).content
    report = ingest_bytes(page, source="self")
    # Both versions arrive; the second updates the first's incoming item.
    assert len(report.created) == 1 and len(report.updated) == 1
    assert_same(report.updated[0], story)
