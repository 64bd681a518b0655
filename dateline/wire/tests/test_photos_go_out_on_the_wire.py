"""A public version's published photos go out on the wire: ninjs 2.1/3.0
associations with renditions (valid against the schemas), NewsML-G2 picture
items in a package (valid against the XSD), RSS/Atom media:content. Draft and
withdrawn photos, and embargoed or killed stories' photos, never do."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone
from lxml import etree

from dateline.wire.newsml import NAR

NS = {"g": NAR, "media": "http://search.yahoo.com/mrss/", "atom": "http://www.w3.org/2005/Atom"}


@pytest.fixture
def pictured(make_story, wire_photo):
    lead = wire_photo(caption="Ships wait <outside> the port & harbour.", headline="Busan port")
    gallery = wire_photo(caption="Cranes at dawn.", credit_line="Example Agency", creator="Lee Ji-ho")
    story = make_story(photos=[lead.pk, gallery.pk])
    return story, lead, gallery


@pytest.mark.parametrize("version", ["2.1", "3.0"])
def test_ninjs_associations_carry_lead_and_gallery_with_renditions(api, pictured, assert_valid_ninjs, version):
    story, lead, gallery = pictured
    doc = api(f"/api/v1/items/{story.public_id}", ninjs=version).json()
    assert_valid_ninjs(doc, version)
    first, second = doc["associations"]
    assert (first["name"], second["name"]) == ("featuremedia", "gallery-1")
    assert first["type"] == "picture" and first["uri"] == f"urn:dln:photo:{lead.public_id}"
    assert {"role": "caption", **_ct(version), "value": lead.caption} in first["descriptions"]
    assert {"role": "alt", **_ct(version), "value": lead.alt_text} in first["descriptions"]
    assert first["by"] == "Kim Min-ji"
    sources = first["infoSources" if version == "3.0" else "infosources"]
    assert sources == [{"name": "Yonhap", "role": "credit"}]
    renditions = first["renditions"]
    key = "contentType" if version == "3.0" else "contenttype"
    biggest = renditions[0]
    assert biggest[key] == "image/jpeg" and biggest["width"] == 2048 and biggest["height"] == 1365
    assert biggest["href"].startswith(settings.DATELINE_SITE_URL + "/")  # absolute
    assert {r[key] for r in renditions} == {"image/jpeg", "image/webp"}
    assert second["descriptions"][0]["value"] == "Cranes at dawn."


def _ct(version):
    return {"contentType" if version == "3.0" else "contenttype": "text/plain"}


def test_only_published_photos_go_out(api, make_story, wire_photo):
    from dateline.photos.actions import WithdrawPhoto
    from dateline.stories.actions import Actor

    gone = wire_photo(caption="Withdrawn later")
    shown = wire_photo(caption="Shown")
    story = make_story(photos=[gone.pk, shown.pk])
    # The version still names it; a withdrawn photo goes out nowhere.
    WithdrawPhoto(gone, actor=Actor.system("test")).execute()
    doc = api(f"/api/v1/items/{story.public_id}").json()
    assert [a["uri"] for a in doc["associations"]] == [f"urn:dln:photo:{shown.public_id}"]
    assert doc["associations"][0]["name"] == "featuremedia"


def test_story_without_photos_has_no_associations(api, make_story):
    story = make_story()
    assert "associations" not in api(f"/api/v1/items/{story.public_id}").json()


def test_a_killed_story_sends_no_photos(api, pictured, kill_story):
    story, _, _ = pictured
    kill_story(story)
    for response in (api(f"/api/v1/items/{story.public_id}"), api(f"/api/v1/items/{story.public_id}/versions")):
        docs = response.json().get("items") or [response.json()]
        assert all("associations" not in d for d in docs)
    newsml = api(f"/api/v1/items/{story.public_id}/newsml")
    assert b"ninat:picture" not in newsml.content


def test_an_embargoed_storys_photos_are_nowhere(api, client, make_story, wire_photo):
    photo = wire_photo()
    story = make_story(photos=[photo.pk], at=timezone.now() + timedelta(hours=2))
    assert api(f"/api/v1/items/{story.public_id}").status_code == 404
    assert photo.public_id.encode() not in api("/api/v1/items").content
    assert photo.public_id.encode() not in client.get("/rss.xml").content


def test_newsml_message_packages_the_story_and_its_picture_items(api, pictured, newsml_schema):
    story, lead, gallery = pictured
    response = api(f"/api/v1/items/{story.public_id}/newsml")
    assert response["Content-Type"].startswith("application/vnd.iptc.g2.newsmessage+xml")
    doc = etree.fromstring(response.content)
    assert newsml_schema.validate(doc), newsml_schema.error_log
    package = doc.find("g:itemSet/g:packageItem", NS)
    refs = [r.get("residref") for r in package.findall(".//g:itemRef", NS)]
    assert refs == [
        f"urn:dln:{story.public_id}",
        f"urn:dln:photo:{lead.public_id}",
        f"urn:dln:photo:{gallery.public_id}",
    ]
    text, first, second = doc.findall("g:itemSet/g:newsItem", NS)
    assert text.find("g:itemMeta/g:itemClass", NS).get("qcode") == "ninat:text"
    assert first.find("g:itemMeta/g:itemClass", NS).get("qcode") == "ninat:picture"
    assert first.findtext("g:contentMeta/g:description[@role='drol:caption']", namespaces=NS) == lead.caption
    assert first.findtext("g:contentMeta/g:creditline", namespaces=NS) == "Yonhap"
    assert first.findtext("g:contentMeta/g:by", namespaces=NS) == "Kim Min-ji"
    remote = first.findall("g:contentSet/g:remoteContent", NS)
    assert remote[0].get("rendition") == "rnd:highRes" and remote[0].get("width") == "2048"
    assert all(r.get("href").startswith("http") and r.get("contenttype") and r.get("height") for r in remote)


def test_story_without_photos_is_still_a_lone_news_item(api, make_story):
    story = make_story()
    response = api(f"/api/v1/items/{story.public_id}/newsml")
    assert response["Content-Type"].startswith("application/vnd.iptc.g2.newsitem+xml")


@pytest.mark.parametrize("path", ["/rss.xml", "/atom.xml"])
def test_feeds_carry_media_content_with_escaped_caption_and_credit(client, pictured, path):
    story, lead, gallery = pictured
    response = client.get(path)
    assert b"Ships wait <outside>" not in response.content  # escaped
    doc = etree.fromstring(response.content)
    entries = doc.findall(".//item", NS) or doc.findall(".//atom:entry", NS)
    (entry,) = entries
    media = entry.findall("media:content", NS)
    assert len(media) == 2
    first = media[0]
    assert first.get("medium") == "image" and first.get("type") == "image/jpeg"
    assert first.get("url").startswith("http") and int(first.get("width")) == 1280 and first.get("height")
    assert first.findtext("media:description", namespaces=NS) == lead.caption
    credits = [(c.get("role"), c.text) for c in first.findall("media:credit", NS)]
    assert credits == [("photographer", "Kim Min-ji"), (None, "Yonhap")]


def test_feed_etag_changes_when_a_photo_is_withdrawn(client, pictured):
    from dateline.photos.actions import WithdrawPhoto
    from dateline.stories.actions import Actor

    story, lead, _ = pictured
    before = client.get("/rss.xml")
    WithdrawPhoto(lead, actor=Actor.system("test")).execute()
    after = client.get("/rss.xml", HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert lead.caption.encode() not in after.content.replace(b"&lt;", b"<").replace(b"&amp;", b"&")
