"""Social and search metadata of an article with a lead photo: og:image with
its size and alt text, a large Twitter card, and JSON-LD `image` with the
16:9, 4:3 and 1:1 crops at least 1,200 px wide, all absolute URLs."""

import json
import re

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo_story(published, make_photo):
    """A story whose lead photo is large enough for every crop at 1,200 px."""
    lead = make_photo("Waves break over the sea wall in Busan.", size=(2400, 1600))
    return published(photos=[lead.pk, make_photo().pk]), [lead]


def meta(html, key):
    return re.findall(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', html)


def jsonld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_open_graph_and_twitter_show_the_lead_photo(client, photo_story):
    story, (lead, *_) = photo_story
    html = client.get(story.get_absolute_url()).content.decode()
    (url,) = meta(html, "og:image")
    assert url.startswith(settings.DATELINE_SITE_URL + "/")
    assert int(meta(html, "og:image:width")[0]) >= 1200
    assert int(meta(html, "og:image:height")[0]) > 0
    assert meta(html, "og:image:alt") == [lead.alt_text]
    assert meta(html, "twitter:card") == ["summary_large_image"]
    assert meta(html, "twitter:image") == [url]


def test_json_ld_image_has_the_three_ratios_large_and_absolute(client, photo_story):
    story, _ = photo_story
    images = jsonld(client.get(story.get_absolute_url()).content.decode())["image"]
    assert len(images) == 3
    ratios = sorted(round(i["width"] / i["height"], 2) for i in images)
    assert ratios == [1.0, 1.33, 1.78]
    for image in images:
        assert image["@type"] == "ImageObject"
        assert image["url"].startswith(settings.DATELINE_SITE_URL + "/")
        assert image["width"] >= 1200


def test_without_a_photo_the_card_is_small_and_there_is_no_image(client, published):
    html = client.get(published().get_absolute_url()).content.decode()
    assert meta(html, "twitter:card") == ["summary"]
    assert not meta(html, "og:image")
    assert "image" not in jsonld(html)
