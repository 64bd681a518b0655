"""<head> metadata: title, description, canonical, Open Graph, NewsArticle JSON-LD."""

import json
import re
from datetime import UTC, datetime

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(client, make_story, settings):
    settings.DATELINE_SITE_URL = "https://news.example.org"
    story = make_story(
        headline="Allies hold fast-paced talks",
        keywords=["diplomacy", "peace"],
        at=datetime(2021, 10, 28, 8, 40, tzinfo=UTC),
    )
    return story, client.get(story.get_absolute_url()).content.decode()


def jsonld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD block"
    return json.loads(match.group(1))


def test_title_description_canonical(page):
    story, html = page
    assert "<title>Allies hold fast-paced talks | " in html
    assert '<meta name="description" content="Officials from both countries met' in html
    assert f'<link rel="canonical" href="https://news.example.org/view/{story.public_id}">' in html


def test_open_graph_article_tags(page):
    _, html = page
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Allies hold fast-paced talks">' in html
    assert '<meta property="article:published_time" content="2021-10-28T17:40:00+09:00">' in html
    assert '<meta property="article:section" content="North Korea">' in html
    assert '<meta property="article:tag" content="diplomacy">' in html


def test_news_article_jsonld(page):
    story, html = page
    data = jsonld(html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Allies hold fast-paced talks"
    assert data["datePublished"] == "2021-10-28T17:40:00+09:00"
    assert data["dateModified"] == "2021-10-28T17:40:00+09:00"
    assert data["author"] == [{"@type": "Person", "name": "Kim Eun-jung"}]
    assert data["publisher"]["@type"] == "NewsMediaOrganization"
    assert data["dateline"] == "SEOUL, Oct. 28 (Yonhap) --"
    assert data["articleSection"] == "North Korea"
    assert data["mainEntityOfPage"] == f"https://news.example.org/view/{story.public_id}"


def test_jsonld_cannot_break_out_of_its_script(client, make_story):
    story = make_story(headline="</script><script>alert(1)</script>")
    html = client.get(story.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block
    assert jsonld(html)["headline"] == "</script><script>alert(1)</script>"


def test_correction_is_carried_in_jsonld(client, make_story):
    from dateline.stories.actions import Actor, Correct

    story = make_story()
    Correct(story, actor=Actor.system("test"), correction="An earlier version misspelt a name.").execute()
    data = jsonld(client.get(story.get_absolute_url()).content.decode())
    assert data["correction"]["text"] == "An earlier version misspelt a name."
