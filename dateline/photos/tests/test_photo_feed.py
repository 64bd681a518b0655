"""Subscribers' photo feed: RSS 2.0 of the newest published photos, each with
Media RSS media:content, valid XML whatever the captions hold."""

import xml.etree.ElementTree as ET

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db
MEDIA = "{http://search.yahoo.com/mrss/}"


def feed(client):
    response = client.get("/photos/rss.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content)


def test_newest_published_photos_with_media_content(client, make_photo):
    older = make_photo("Older picture", keywords=["harbour"])
    newer = make_photo("Newer picture", credit_line="Newsis", copyright_notice="© Newsis")
    make_photo("Still a draft", status="draft")
    make_photo("Taken back", status="withdrawn")
    items = feed(client).findall("channel/item")
    assert [i.findtext("title") for i in items] == ["Newer picture", "Older picture"]
    first = items[0]
    content = first.find(f"{MEDIA}content")
    assert content.get("medium") == "image" and content.get("type") == "image/jpeg"
    assert content.get("url").startswith(settings.DATELINE_SITE_URL + "/")
    assert int(content.get("width")) > 0 and int(content.get("height")) > 0
    assert content.findtext(f"{MEDIA}credit") == "Newsis"
    assert content.findtext(f"{MEDIA}copyright") == "© Newsis"
    assert content.findtext(f"{MEDIA}text") == newer.alt_text
    assert first.findtext("link") == f"{settings.DATELINE_SITE_URL}/photos/{newer.public_id}/"
    assert first.findtext("guid") == newer.uri
    assert items[1].findtext("category") == "harbour"
    assert older.public_id in items[1].findtext("link")


def test_markup_in_captions_is_escaped_and_the_feed_stays_valid(client, make_photo):
    make_photo('A sign: "<script>alert(1)</script>" & more ]]>', credit_line="A&B <Photo>")
    raw = client.get("/photos/rss.xml").content.decode()
    assert "<script>" not in raw
    item = feed(client).find("channel/item")
    # The description is HTML: the caption arrives as text, never as markup.
    assert item.findtext("description") == (
        "A sign: &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; more ]]&gt; (A&amp;B &lt;Photo&gt;)"
    )
    assert (
        item.find(f"{MEDIA}content").findtext(f"{MEDIA}description") == 'A sign: "<script>alert(1)</script>" & more ]]>'
    )


def test_an_empty_archive_gives_an_empty_valid_feed(client):
    assert feed(client).findall("channel/item") == []


def test_feed_query_count_is_pinned(client, make_photo):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(3):
        make_photo(f"Picture {n}")
    with CaptureQueriesContext(connection) as queries:
        feed(client)
    assert len(queries) == 1, [q["sql"] for q in queries]
