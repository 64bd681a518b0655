"""Each parser that can carry pictures lists them in one shape (PictureRef):
ninjs 1.x/2.x/3.x associations, NewsML-G2 picture items linked by a package,
RSS/Atom Media RSS and enclosures. The expectations come from the standards."""

import json

import pytest

from dateline.ingest import parsers
from dateline.ingest.parsers import IngestedItem


def parse(data: bytes, name=""):
    return parsers.detect(data, name).parse(data)


def only(data: bytes, name="") -> IngestedItem:
    (item,) = [e for e in parse(data, name) if isinstance(e, IngestedItem)]
    return item


def test_ninjs2_associated_picture_keeps_its_description_and_the_largest_rendition(standards_dir):
    # TT's example: one picture with four renditions; "by" names the photographer.
    item = only((standards_dir / "ninjs/examples/ex-2.1_tt_text_image_2.json").read_bytes())
    (picture,) = item.pictures
    assert picture.url.endswith("a001_NormalHires.jpg")  # 4724 x 3149, the largest
    assert picture.source_key == "http://tt.se/media/image/sdlk2sirkPaauM"
    assert picture.creator == "Karl Melander/TT"
    assert picture.caption.startswith("En stor internationell försvarsövning planeras 2023")
    assert len(picture.renditions) == 4


def test_a_byte_cap_passes_over_renditions_declared_larger(standards_dir):
    item = only((standards_dir / "ninjs/examples/ex-2.1_tt_text_image_2.json").read_bytes())
    (picture,) = item.pictures
    # The 10 MB original is over a 5 MB cap: the 1024 px preview comes next.
    assert picture.candidates(max_bytes=5_000_000)[0]["href"].endswith("a001_NormalPreview.jpg")


NINJS3 = {
    "uri": "urn:example:story:1",
    "type": "text",
    "versionCreated": "2026-11-30T01:00:00Z",
    "headlines": [{"role": "main", "value": "Harbour reopens"}],
    "bodies": [{"role": "main", "contentType": "text/html", "value": "<p>The harbour reopened on Monday.</p>"}],
    "associations": [
        {
            "name": "gallery-1",
            "uri": "urn:example:picture:2",
            "type": "picture",
            "headlines": [{"role": "main", "value": "Cranes"}],
            "descriptions": [{"role": "caption", "value": "Cranes at dawn."}],
            "renditions": [{"name": "web", "href": "https://img.example/2.webp", "contentType": "image/webp"}],
        },
        {
            "name": "featuremedia",
            "uri": "urn:example:picture:1",
            "type": "picture",
            "by": "Kim Min-ji",
            "copyrightNotice": "(c) Example Agency 2026",
            "usageTerms": "Editorial use only",
            "infoSources": [{"name": "Example Agency", "role": "credit"}],
            "descriptions": [
                {"role": "caption", "contentType": "text/plain", "value": "Ships  wait outside the harbour."},
                {"role": "alt", "value": "Three container ships at anchor"},
            ],
            "renditions": [
                {"name": "thumbnail", "href": "https://img.example/1-t.jpg", "contentType": "image/jpeg", "width": 320},
                {
                    "name": "original",
                    "href": "https://img.example/1.jpg",
                    "contentType": "image/jpeg",
                    "width": 2048,
                    "height": 1365,
                    "poi": {"x": 1024, "y": 273},
                },
                {"name": "vector", "href": "https://img.example/1.svg", "contentType": "image/svg+xml", "width": 9999},
            ],
        },
        {"name": "clip", "uri": "urn:example:video:1", "type": "video", "renditions": [{"name": "mp4"}]},
    ],
}


def test_ninjs3_pictures_featured_first_with_rights_alt_text_and_point_of_interest():
    item = only(json.dumps(NINJS3).encode())
    lead, second = item.pictures  # the video is not a picture
    assert lead.source_key == "urn:example:picture:1"
    assert lead.url == "https://img.example/1.jpg"  # SVG is never chosen, however large
    assert lead.described() == {
        "caption": "Ships wait outside the harbour.",
        "credit_line": "Example Agency",
        "creator": "Kim Min-ji",
        "copyright_notice": "(c) Example Agency 2026",
        "rights_usage": "Editorial use only",
        "alt_text": "Three container ships at anchor",
    }
    assert lead.focal == (0.5, 0.2)
    assert second.headline == "Cranes" and second.caption == "Cranes at dawn."
    assert second.url == "https://img.example/2.webp"


def test_ninjs1_associations_with_renditions_are_carried_and_only_other_media_named_in_notes(realwire):
    (item,) = realwire.parse("ninjs/sd_ninjs5.json")
    (picture,) = item.pictures
    # Superdesk's featuremedia: "original" (3489 x 2296) is the largest rendition.
    assert picture.renditions[0]["name"] == "original" and picture.url == picture.renditions[0]["href"]
    assert picture.headline == "Financial Markets"
    assert picture.creator == "Bebeto Matthews" and picture.credit == "AAP"
    assert picture.usage_terms.startswith("The direct recipient must comply")
    assert picture.focal == (round(2128 / 3489, 4), round(1193 / 2296, 4))
    assert not any("Associated picture" in note for note in item.desk_notes)


G2 = """<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2026-11-30T01:00:00Z</sent></header>
  <itemSet>
    <packageItem guid="urn:example:pkg:1" version="1" standard="NewsML-G2" standardversion="2.35">
      <itemMeta><itemClass qcode="ninat:composite"/><provider literal="example"/>
        <versionCreated>2026-11-30T01:00:00Z</versionCreated></itemMeta>
      <groupSet root="G1"><group id="G1" role="group:main">
        <itemRef residref="urn:example:text:1"><itemClass qcode="ninat:text"/></itemRef>
        <itemRef residref="urn:example:pic:2"><itemClass qcode="ninat:picture"/></itemRef>
        <itemRef residref="urn:example:pic:1"><itemClass qcode="ninat:picture"/></itemRef>
        <itemRef residref="urn:example:pic:9"><itemClass qcode="ninat:picture"/><title>Not sent</title></itemRef>
      </group></groupSet>
    </packageItem>
    <newsItem guid="urn:example:text:1" version="1" standard="NewsML-G2" standardversion="2.35">
      <itemMeta><itemClass qcode="ninat:text"/><provider literal="example"/>
        <versionCreated>2026-11-30T01:00:00Z</versionCreated></itemMeta>
      <contentMeta><headline>Harbour reopens</headline></contentMeta>
      <contentSet><inlineXML contenttype="application/xhtml+xml">
        <html xmlns="http://www.w3.org/1999/xhtml"><body><p>The harbour reopened.</p></body></html>
      </inlineXML></contentSet>
    </newsItem>
    PICTURES
  </itemSet>
</newsMessage>"""

PICTURE = """<newsItem guid="urn:example:pic:{n}" version="1" standard="NewsML-G2" standardversion="2.35">
      <rightsInfo><copyrightHolder literal="Example"/><copyrightNotice>(c) Example 2026</copyrightNotice>
        <usageTerms>No archiving</usageTerms></rightsInfo>
      <itemMeta><itemClass qcode="ninat:picture"/><provider literal="example"/>
        <versionCreated>2026-11-30T01:00:00Z</versionCreated></itemMeta>
      <contentMeta><headline>Picture {n}</headline><by>Lee Ji-ho</by><creditline>Example</creditline>
        <description role="drol:caption">Caption {n} &amp; more.</description>
        <description role="drol:alternativeText">Alt {n}</description></contentMeta>
      <contentSet>
        <remoteContent rendition="rnd:thumbnail" href="https://img.example/{n}/t.jpg" contenttype="image/jpeg" width="320" height="213"/>
        <remoteContent rendition="rnd:highRes" href="https://img.example/{n}/h.jpg" contenttype="image/jpeg" width="3000" height="2000" size="2000000"/>
        <remoteContent rendition="rnd:print" href="https://img.example/{n}/p.tif" contenttype="image/tiff" width="6000" height="4000"/>
      </contentSet>
    </newsItem>"""


def g2(package=True, pictures=(1, 2)) -> bytes:
    xml = G2.replace("PICTURES", "\n".join(PICTURE.format(n=n) for n in pictures))
    if not package:
        start, end = xml.index("<packageItem"), xml.index("</packageItem>") + len("</packageItem>")
        xml = xml[:start] + xml[end:]
    return xml.encode()


def test_newsml_g2_package_links_picture_items_to_the_story_in_its_order():
    entries = parse(g2())
    (item,) = entries  # the picture items travel with the story, not as refusals
    assert [p.source_key for p in item.pictures] == ["urn:example:pic:2", "urn:example:pic:1"]
    lead = item.pictures[0]
    assert lead.url == "https://img.example/2/h.jpg"  # TIFF is not a kept type
    assert lead.described() == {
        "caption": "Caption 2 & more.",
        "headline": "Picture 2",
        "credit_line": "Example",
        "creator": "Lee Ji-ho",
        "copyright_notice": "(c) Example 2026",
        "rights_usage": "No archiving",
        "alt_text": "Alt 2",
    }
    assert "Associated picture (not carried in this message): Not sent" in item.desk_notes


def test_newsml_g2_message_with_one_story_and_pictures_but_no_package():
    (item,) = parse(g2(package=False, pictures=(1,)))
    assert [p.source_key for p in item.pictures] == ["urn:example:pic:1"]


RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Example</title><link>https://example.org/</link><description>x</description>
<item><title>Harbour reopens</title><guid>https://example.org/1</guid>
  <description>The harbour reopened on Monday.</description>
  <media:credit>Item-level Agency</media:credit>
  <media:group>
    <media:description>Ships &lt;b&gt;wait&lt;/b&gt; &amp; cranes</media:description>
    <media:content url="https://img.example/a-small.jpg" type="image/jpeg" width="640" height="427"/>
    <media:content url="https://img.example/a-large.jpg" type="image/jpeg" width="1600" height="1067">
      <media:credit role="photographer">Park Soo-min</media:credit>
    </media:content>
  </media:group>
  <media:content url="https://cdn.example/b.jpg?w=140" medium="image" width="140"/>
  <media:content url="https://cdn.example/b.jpg?w=460" medium="image" width="460">
    <media:title>Second</media:title>
  </media:content>
  <media:content url="https://cdn.example/clip.mp4" medium="video" type="video/mp4"/>
  <enclosure url="https://cdn.example/podcast.mp3" type="audio/mpeg" length="5"/>
  <enclosure url="https://cdn.example/c.png" type="image/png" length="12345"/>
</item></channel></rss>"""


def test_rss_media_groups_sizes_credits_and_enclosures():
    item = only(RSS)
    first, second, third = item.pictures  # video and audio are not pictures
    assert first.url == "https://img.example/a-large.jpg"
    assert first.caption == "Ships <b>wait</b> & cranes"  # text, escaped again on the way out
    assert first.creator == "Park Soo-min" and first.credit == "Item-level Agency"
    assert [r["href"] for r in second.renditions] == [
        "https://cdn.example/b.jpg?w=140",
        "https://cdn.example/b.jpg?w=460",
    ]
    assert second.url.endswith("w=460")
    assert third.url == "https://cdn.example/c.png" and third.renditions[0]["size"] == 12345
    # A picture's media:description is its caption, never the story's text.
    assert "Ships" not in " ".join(item.paragraphs)
    assert "harbour reopened" in " ".join(item.paragraphs)


def test_atom_enclosure_link_of_an_image_type_is_a_picture():
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title><id>urn:x</id><updated>2026-11-30T00:00:00Z</updated>
<entry><title>Harbour reopens</title><id>urn:x:1</id><updated>2026-11-30T00:00:00Z</updated>
<content type="html">&lt;p&gt;The harbour reopened.&lt;/p&gt;</content>
<link rel="enclosure" type="image/webp" href="https://img.example/d.webp" length="999"/>
<link rel="enclosure" type="audio/mpeg" href="https://img.example/d.mp3"/>
</entry></feed>"""
    item = only(atom)
    assert [p.url for p in item.pictures] == ["https://img.example/d.webp"]


@pytest.mark.parametrize("name", ["rss-atom/rssparser_guardian.rss"])
def test_real_feed_one_picture_in_two_sizes_is_one_picture(realwire, name):
    entries = [e for e in realwire.parse(name) if isinstance(e, IngestedItem)]
    pictured = [e for e in entries if e.pictures]
    assert pictured, "the Guardian's items carry media:content"
    for entry in pictured:
        (picture,) = entry.pictures  # w=140 and w=460 of one image
        assert len(picture.renditions) == 2 and "w=460" in picture.url
        # Each item's own media:credit ("Photograph: ...", "Composite: ...").
        assert picture.credit and picture.credit in realwire.read(name).decode()


def test_real_feed_audio_enclosures_are_not_pictures(realwire):
    entries = realwire.parse("rss-atom/rssparser_heraldsun.rss")
    assert entries and all(not e.pictures for e in entries if isinstance(e, IngestedItem))
