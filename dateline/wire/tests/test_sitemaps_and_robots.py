"""sitemap.xml is an index of paged sitemaps; the news sitemap keeps Google's
limits; robots.txt points to both."""

from datetime import timedelta

from django.utils import timezone
from lxml import etree

from dateline.wire import sitemaps

SM = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "n": "http://www.google.com/schemas/sitemap-news/0.9"}


def locs(response, path="//s:loc"):
    assert response.status_code == 200
    return [el.text for el in etree.fromstring(response.content).xpath(path, namespaces=SM)]


def test_sitemap_index_pages_stories_within_the_limit(client, make_story, monkeypatch):
    assert sitemaps.StorySitemap.limit == 50_000
    monkeypatch.setattr(sitemaps.StorySitemap, "limit", 2)
    stories = [make_story(f"Story {n}") for n in range(5)]
    index = locs(client.get("/sitemap.xml"), "//s:sitemap/s:loc")
    story_pages = [u for u in index if "sitemap-stories.xml" in u]
    assert len(story_pages) == 3
    listed = []
    for page in (1, 2, 3):
        urls = locs(client.get(f"/sitemap-stories.xml?p={page}"))
        assert len(urls) <= 2
        listed += urls
    assert sorted(listed) == sorted(f"http://127.0.0.1:8000/view/{s.public_id}" for s in stories)
    assert client.get("/sitemap-stories.xml?p=9").status_code == 404


def test_sitemap_leaves_out_embargoed_and_killed(client, make_story, kill_story):
    make_story("Embargoed", at=timezone.now() + timedelta(hours=2))
    kill_story(make_story("Killed"))
    visible = make_story("Visible")
    assert locs(client.get("/sitemap-stories.xml")) == [f"http://127.0.0.1:8000/view/{visible.public_id}"]


def test_news_sitemap_lists_the_last_two_days_at_most_1000(client, make_story, monkeypatch):
    assert sitemaps.NEWS_LIMIT == 1000
    now = timezone.now()
    make_story("Three days old", at=now - timedelta(days=3))
    recent = [make_story(f"Recent {n}", at=now - timedelta(hours=n + 1)) for n in range(3)]
    response = client.get("/news-sitemap.xml")
    titles = locs(response, "//n:title")
    assert titles == ["Recent 0", "Recent 1", "Recent 2"]
    assert locs(response)[0] == f"http://127.0.0.1:8000/view/{recent[0].public_id}"
    monkeypatch.setattr(sitemaps, "NEWS_LIMIT", 2)
    assert len(locs(client.get("/news-sitemap.xml"))) == 2


def test_robots_txt_points_to_both_sitemaps(client, db):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in text
    assert "Sitemap: http://127.0.0.1:8000/news-sitemap.xml" in text
    assert "Disallow: /newsroom/" in text
