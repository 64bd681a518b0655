"""A subscriber sees one photo under one name: the photo feed's guid is the
same URN as the photo's ninjs uri and its NewsML-G2 picture item's guid, built
from the agency's id prefix, so a client that takes both the photo feed and
the story API can tell the picture is one it already has."""

import xml.etree.ElementTree as ET

import pytest
from lxml import etree

from dateline.wire.newsml import NAR

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("prefix", ["DLN", "XYZ"])
def test_photo_feed_guid_is_the_wire_uri(api, client, settings, make_story, wire_photo, prefix):
    settings.DATELINE_ID_PREFIX = prefix
    photo = wire_photo(caption="Cranes at dawn.")
    story = make_story(photos=[photo.pk])

    feed = ET.fromstring(client.get("/photos/rss.xml").content)
    guids = [item.findtext("guid") for item in feed.findall("channel/item")]

    ninjs_uri = api(f"/api/v1/items/{story.public_id}").json()["associations"][0]["uri"]
    message = etree.fromstring(api(f"/api/v1/items/{story.public_id}/newsml").content)
    picture_guids = [
        item.get("guid")
        for item in message.iter(f"{{{NAR}}}newsItem")
        if item.find(f"{{{NAR}}}itemMeta/{{{NAR}}}itemClass").get("qcode") == "ninat:picture"
    ]

    assert ninjs_uri == f"urn:{prefix.lower()}:photo:{photo.public_id}"
    assert guids == [ninjs_uri]
    assert picture_guids == [ninjs_uri]
