"""NITF 3.x parts the real sample does not show: release time as embargo,
notes not for publication, media captions, block quotes, inline entities,
taglines and text between paragraphs."""

from datetime import UTC, datetime

from dateline.core.html import block_tag
from dateline.ingest import parsers

DOC = b"""<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" baselang="de_DE">
  <head>
    <docdata management-status="usable">
      <doc-id id-string="urn:example:nitf:42"/>
      <urgency ed-urg="2"/>
      <date.issue norm="20261028T090000Z"/>
      <date.release norm="20261029T060000Z"/>
      <du-key key="TALKS" version="3"/>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Talks resume in Geneva</hl1><hl2>Second round</hl2></hedline>
      <byline>By <person>Anna Weber</person> and <person>Luc Martin</person><byttl>Staff</byttl></byline>
      <dateline><location><city>Geneva</city><country>Switzerland</country></location>
        <story.date norm="20261028T000000Z">Oct. 28</story.date></dateline>
      <distributor>Example Agency</distributor>
    </body.head>
    <body.content>
      <p>Talks between <org>the two delegations</org> resumed on <chron>Wednesday</chron> in
        <location>Geneva</location>, officials said.</p>
      Delegates arrived early.
      <note type="npa"><p>Desk: photos to follow, call +41 22 000 00 00.</p></note>
      <bq><block><p>We are close to an agreement.</p></block><credit>a delegate</credit></bq>
      <media media-type="image"><media-reference source="p1.jpg"/>
        <media-caption>Delegates in Geneva.</media-caption><media-producer>Photo: Example</media-producer></media>
      <hl2>What comes next</hl2>
      <p>A third round is planned.</p>
    </body.content>
    <body.end><tagline>Luc Martin contributed to this report.</tagline></body.end>
  </body>
</nitf>"""


def read():
    parser = parsers.detect(DOC, "")
    assert parser.name == "nitf"
    (item,) = parser.parse(DOC)
    return item


def test_release_time_after_issue_is_an_embargo():
    item = read()
    assert item.version_created == datetime(2026, 10, 28, 9, 0, tzinfo=UTC)
    assert item.embargo_until == datetime(2026, 10, 29, 6, 0, tzinfo=UTC)


def test_head_fields():
    item = read()
    assert (item.original_id, item.original_version, item.urgency, item.slugline) == (
        "urn:example:nitf:42",
        "3",
        2,
        "TALKS",
    )
    assert item.headline == "Talks resume in Geneva"
    assert item.bylines == ["Anna Weber", "Luc Martin"]
    assert (item.dateline_city, item.dateline_country, item.dateline_agency) == (
        "Geneva",
        "Switzerland",
        "Example Agency",
    )
    assert item.dateline_date.isoformat() == "2026-10-28" and item.credit == "Example Agency"
    assert item.language == "de_DE"  # the store normalises it to de-DE


def test_body_blocks_inline_entities_and_loose_text():
    item = read()
    assert item.paragraphs[0] == "Talks between the two delegations resumed on Wednesday in Geneva, officials said."
    assert item.paragraphs[1] == "Delegates arrived early."
    assert [block_tag(p) for p in item.paragraphs] == ["p", "p", "blockquote", "h2", "p", "p"]
    assert "We are close to an agreement." in item.paragraphs[2] and "a delegate" in item.paragraphs[2]
    assert item.paragraphs[-1] == "Luc Martin contributed to this report."


def test_non_publishable_notes_and_captions_of_pictures_not_carried_go_to_the_desk():
    item = read()
    body = " ".join(item.paragraphs)
    assert "+41 22" not in body and "Delegates in Geneva." not in body and "Photo: Example" not in body
    notes = " ".join(item.desk_notes)
    assert "+41 22 000 00 00" in notes and "Delegates in Geneva." in notes and "Photo: Example" in notes


WIRE_HABITS = b"""<nitf baselang="es-ES"><head><docdata><doc-id id-string="efe-1"/>
  <date.issue norm="20170102T222800+0000"/></docdata></head>
  <body><body.head><hedline><hl1>Cabinet changes announced</hl1></hedline>
    <byline>gr/bp</byline><distributor>Agencia EFE</distributor>
    <dateline><story.date norm="20170102T222800+0000">20170102T222800+0000</story.date></dateline>
  </body.head>
  <body.content>
    <p>Tegucigalpa, Jan 2 (EFE).- The president named three new ministers <br/>on Monday,
      his office <br />said.<br/></p>
    <p>A second line.<br/>A new one.</p>
    <p>EFE POL gr</p>
  </body.content></body></nitf>"""


def test_wire_habits_in_nitf_are_read_for_what_they_are():
    (item,) = parsers.get("nitf").parse(WIRE_HABITS)
    # A story.date whose text is its machine value is not the written dateline;
    # the text's own "Place, date (EFE).-" is, shown once.
    assert (item.dateline_text, item.dateline_city, item.dateline_agency) == (
        "Tegucigalpa, Jan 2 (EFE).-",
        "Tegucigalpa",
        "EFE",
    )
    # Line breaks inside a sentence are the sender's wrapping; a break between sentences stays.
    assert item.paragraphs[:2] == [
        "The president named three new ministers on Monday, his office said.",
        "A second line.<br>A new one.",
    ]
    # Editors' initials sign the transmission: no byline, no closing paragraph.
    assert item.bylines == [] and "Byline as sent: gr/bp" in item.desk_notes
    assert len(item.paragraphs) == 2 and "Sign-off: EFE POL gr" in item.desk_notes
