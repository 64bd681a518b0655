"""A story taken in from another agency and published keeps that agency's
credit and dateline (shown once) on the page, in JSON-LD, ninjs and NewsML-G2;
its structure goes out whole; what the sender meant for editors goes nowhere public."""

import json
import re

import pytest
from lxml import etree

from dateline.ingest.models import Feed, IncomingItem
from dateline.ingest.services import ingest_bytes
from dateline.stories.models import Story
from dateline.wire.newsml import NAR, XHTML

pytestmark = pytest.mark.django_db
NS = {"g": NAR, "h": XHTML}

ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:partner.example:20260101:abc" version="1"
          standard="NewsML-G2" standardversion="2.29" conformance="power" xml:lang="de">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="prov:partner"/>
    <versionCreated>2026-01-02T10:00:00+01:00</versionCreated>
    <firstCreated>2026-01-02T09:00:00+01:00</firstCreated>
    <pubStatus qcode="stat:usable"/>
    <edNote role="ednoterole:contacts">Redaktion: +49 30 1234 5678, desk@partner.example</edNote>
  </itemMeta>
  <contentMeta>
    <urgency>3</urgency>
    <creator><name>mueller.hans</name></creator>
    <headline>Hertha gewinnt das Derby</headline>
    <creditline>dpa</creditline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Hertha gewinnt das Derby</title></head>
      <body><section class="main">
        <p><span class="dateline">Berlin <span class="credit">(dpa)</span> - </span>Hertha hat das Derby gewonnen.</p>
        <h2>Die Tabelle</h2>
        <table><tr><th>Verein</th><th>Punkte</th></tr><tr><td>Hertha</td><td>30</td></tr></table>
        <p>Das Rückspiel folgt im Mai.</p>
        <p class="closingline">dpa xy zz</p>
      </section></body></html>
    </inlineXML>
  </contentSet>
</newsItem>
"""
DESK_ONLY = ("+49 30 1234 5678", "desk@partner.example", "mueller.hans", "dpa xy zz")


@pytest.fixture
def published(sections):
    feed = Feed.objects.create(name="Partner", url="/dev/null", auto_publish=True)
    report = ingest_bytes(ITEM.encode(), source="Partner", feed=feed)
    assert not report.rejected, [r.reason for r in report.rejected]
    story = Story.objects.get(pk=IncomingItem.objects.get().story_id)
    return story


def test_the_page_shows_the_source_dateline_once_and_its_credit(client, published):
    html = client.get(published.get_absolute_url()).content.decode()
    body = html[html.index('class="story-body"') :]
    assert body.count("Berlin (dpa) -") == 1
    assert "(Dateline)" not in html and "BERLIN," not in html
    assert 'class="source-credit">Source: dpa<' in html
    assert "<table" in body and "<h2" in body and ">30<" in body
    for text in DESK_ONLY:
        assert text not in html


def test_json_ld_credits_the_source(client, published):
    html = client.get(published.get_absolute_url()).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["sourceOrganization"]["name"] == "dpa"
    assert data["dateline"] == "Berlin (dpa) -"
    assert data["author"] == [{"@type": "Organization", "name": "dpa"}]


def test_ninjs_carries_the_credit_the_blocks_and_no_desk_text(api, published, ninjs_validators):
    for version in ("2.1", "3.0"):
        doc = api(f"/api/v1/items/{published.public_id}", ninjs=version).json()
        ninjs_validators[version].validate(doc)
        holder = doc.get("copyrightholder") or doc.get("copyrightHolder")
        assert holder == "dpa"
        html = doc["bodies"][0]["value"]
        assert "<table" in html and "Berlin (dpa) -" in html
        text = json.dumps(doc, ensure_ascii=False)
        for fragment in DESK_ONLY:
            assert fragment not in text


def test_newsml_carries_the_blocks_and_validates(api, published, newsml_schema):
    doc = etree.fromstring(api(f"/api/v1/items/{published.public_id}/newsml").content)
    assert newsml_schema.validate(doc), newsml_schema.error_log
    assert doc.findtext("g:contentMeta/g:creditline", namespaces=NS) == "dpa"
    assert doc.findtext("g:contentMeta/g:dateline", namespaces=NS) == "Berlin (dpa) -"
    body = doc.find("g:contentSet/g:inlineXML/h:html/h:body", namespaces=NS)
    assert [etree.QName(el).localname for el in body] == ["p", "h2", "table", "p"]
    assert "Hertha" in "".join(body.find("h:table", namespaces=NS).itertext())
    text = etree.tostring(doc, encoding="unicode")
    for fragment in DESK_ONLY:
        assert fragment not in text


def test_feeds_carry_no_desk_text(client, published):
    for path in ("/rss.xml", "/atom.xml"):
        text = client.get(path).content.decode()
        assert "Hertha gewinnt das Derby" in text
        for fragment in DESK_ONLY:
            assert fragment not in text


def test_the_desk_keeps_what_readers_do_not_see(published):
    notes = " ".join(published.desk_notes)
    for fragment in DESK_ONLY:
        assert fragment in notes
    assert published.credit == "dpa" and published.dateline_text == "Berlin (dpa) -"
    assert published.ednote == "", "the sender's note is not our note to subscribers"
