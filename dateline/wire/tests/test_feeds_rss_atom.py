"""RSS 2.0 and Atom: latest 50, per section, full text, stable ids, right dates."""

from datetime import timedelta

import feedparser
from django.utils import timezone

from dateline.wire.feeds import FEED_SIZE


def parse(response):
    assert response.status_code == 200
    return feedparser.parse(response.content)


def test_all_news_feeds_list_the_latest_50_newest_first(client, make_story):
    start = timezone.now() - timedelta(days=1)
    for n in range(FEED_SIZE + 2):
        make_story(f"Story {n}", at=start + timedelta(minutes=n))
    for path in ("/rss.xml", "/atom.xml"):
        feed = parse(client.get(path))
        assert not feed.bozo, feed.bozo_exception
        titles = [e.title for e in feed.entries]
        assert len(titles) == FEED_SIZE
        assert titles[0] == f"Story {FEED_SIZE + 1}" and titles[-1] == "Story 2"


def test_rss_and_atom_have_the_right_content_types_and_version(client, make_story):
    make_story()
    rss, atom = client.get("/rss.xml"), client.get("/atom.xml")
    assert rss["Content-Type"].startswith("application/rss+xml")
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert feedparser.parse(rss.content).version == "rss20"
    assert feedparser.parse(atom.content).version == "atom10"


def test_section_feed_lists_only_its_section(client, make_story):
    make_story("Missile launch")
    make_story("Exports rise", section="economy")
    for path in ("/section/economy/rss.xml", "/section/economy/atom.xml"):
        assert [e.title for e in parse(client.get(path)).entries] == ["Exports rise"]
    assert client.get("/section/no-such-desk/rss.xml").status_code == 404


def test_guid_stays_stable_across_an_update_and_dates_are_right(client, make_story, update_story):
    published = timezone.now() - timedelta(hours=2)
    story = make_story(at=published)
    before = parse(client.get("/atom.xml")).entries[0]
    update_story(story, headline="Talks end in agreement")
    after_atom = parse(client.get("/atom.xml")).entries[0]
    after_rss = parse(client.get("/rss.xml")).entries[0]
    assert before.id == after_atom.id == after_rss.id == f"urn:dln:{story.public_id}"
    assert after_atom.title == "Talks end in agreement"
    assert timezone.datetime(*after_atom.published_parsed[:6]) == published.replace(tzinfo=None, microsecond=0)
    assert after_atom.updated_parsed > after_atom.published_parsed
    assert timezone.datetime(*after_rss.published_parsed[:6]) == published.replace(tzinfo=None, microsecond=0)
    assert 'isPermaLink="false"' in client.get("/rss.xml").content.decode()


def test_full_text_is_an_option(client, make_story):
    make_story(body=["First paragraph.", "Second paragraph only in the full text."])
    assert b"Second paragraph" not in client.get("/rss.xml").content
    rss = parse(client.get("/rss.xml?full=1")).entries[0]
    atom = parse(client.get("/atom.xml?full=1")).entries[0]
    assert "Second paragraph only in the full text." in rss.content[0].value
    assert "Second paragraph only in the full text." in atom.content[0].value


def test_embargoed_and_killed_stories_stay_out(client, make_story, kill_story):
    make_story("Embargoed", at=timezone.now() + timedelta(hours=1))
    kill_story(make_story("Killed"))
    make_story("Visible")
    assert [e.title for e in parse(client.get("/rss.xml")).entries] == ["Visible"]


def test_feeds_answer_conditional_get_and_send_cache_control(client, make_story, update_story):
    story = make_story()
    first = client.get("/rss.xml")
    assert "max-age" in first["Cache-Control"] and "public" in first["Cache-Control"]
    etag, modified = first["ETag"], first["Last-Modified"]
    assert client.get("/rss.xml", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get("/rss.xml", HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    assert client.get("/rss.xml?full=1", HTTP_IF_NONE_MATCH=etag).status_code == 200
    update_story(story, headline="Changed", at=None)
    assert client.get("/rss.xml", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_feed_escapes_markup_in_headlines(client, make_story):
    make_story("Prices <script>alert(1)</script> & wages")
    body = client.get("/rss.xml").content.decode()
    assert "<script>" not in body
    assert parse(client.get("/rss.xml")).entries[0].title == "Prices <script>alert(1)</script> & wages"
