"""NewsML-G2 export: a newsItem valid against the official 2.35 schema, with
the dateline and an inline body."""

from lxml import etree

from dateline.wire.newsml import NAR, XHTML, to_newsml_bytes

NS = {"g": NAR, "h": XHTML}


def test_newsml_item_validates_and_carries_dateline_and_body(api, make_story, update_story, newsml_schema):
    story = make_story(
        keywords=["peace"],
        dateline_country="South Korea",
        slugline="KOREA-US",
        body=["Officials met <em>on Thursday</em> &amp; talked.", "Second paragraph."],
    )
    update_story(story, kind="correction", correction="Fixes a name.")
    response = api(f"/api/v1/items/{story.public_id}/newsml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.iptc.g2.newsitem+xml")
    doc = etree.fromstring(response.content)
    assert newsml_schema.validate(doc), newsml_schema.error_log
    assert doc.get("guid") == f"urn:dln:{story.public_id}" and doc.get("version") == "2"
    assert doc.findtext("g:contentMeta/g:dateline", namespaces=NS).startswith("SEOUL, South Korea,")
    assert doc.findtext("g:contentMeta/g:headline", namespaces=NS) == story.headline
    assert doc.findtext("g:itemMeta/g:edNote", namespaces=NS) == "Correction: Fixes a name."
    paragraphs = doc.findall("g:contentSet/g:inlineXML/h:html/h:body/h:p", namespaces=NS)
    assert ["".join(p.itertext()) for p in paragraphs] == ["Officials met on Thursday & talked.", "Second paragraph."]


def test_killed_story_exports_as_canceled_and_still_validates(make_story, kill_story, newsml_schema):
    story = make_story()
    kill_story(story)
    story.refresh_from_db()
    doc = etree.fromstring(to_newsml_bytes(story, story.live))
    assert newsml_schema.validate(doc), newsml_schema.error_log
    assert doc.find("g:itemMeta/g:pubStatus", namespaces=NS).get("qcode") == "stat:canceled"


def test_story_without_dateline_or_bylines_validates(make_story, newsml_schema):
    story = make_story(dateline_city="", dateline_agency="", bylines=[])
    doc = etree.fromstring(to_newsml_bytes(story, story.live))
    assert newsml_schema.validate(doc), newsml_schema.error_log
