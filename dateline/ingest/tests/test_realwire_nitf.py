"""The real NITF 3.x files (AP, AAP, NTB/Ritzau, PA): what NITF says each part
is, stored where it belongs, and no word of the body lost.

NITF: docdata/doc-id@id-string is the id, urgency@ed-urg the urgency,
date.issue the time of issue, ed-msg a message to editors; body.head holds
hedline/hl1, byline, dateline and distributor; body.content the text.
"""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from dateline.core.html import block_tag
from dateline.ingest import parsers

from .realwire import assert_no_words_lost, assert_not_public, expect

UTC = UTC
FILES = ["aap-cyber.xml", "ap-nitf.xml", "ap_media_text_nitf.xml", "mapping_test.xml", "nitf-ntb.xml", "pa2.xml"]


@pytest.mark.parametrize("name", FILES)
def test_nitf_is_known_by_its_root_whatever_the_file_is_called(realwire, name):
    assert parsers.detect(realwire.read(f"nitf/{name}"), "incoming.dat").name == "nitf"


def test_aap_minimal_story(realwire):
    _, parsed, stored = realwire.only("nitf/aap-cyber.xml")
    assert stored.original_id == "urn:newsml:localhost:2016-04-13T14:52:21.830724:0a686ee3-ec38-4fbf-beeb-aae311aecfdb"
    issued = datetime(2016, 4, 13, 4, 52, 21, tzinfo=UTC)
    # date.expire is when the story stops being usable, not an embargo.
    expect(
        stored,
        headline="Headline",
        first="body1",
        last="body1",
        words_stored=1,
        bylines=["John Doe"],
        dateline="SYDNEY March 22 AAP -",
        urgency=3,
        embargo=None,
        first_created=issued,
        version_created=issued,
    )
    # The abstract is a summary of the story, not part of its text.
    assert_not_public(stored, "abstract")
    assert_no_words_lost(parsed, stored)


def test_ap_story_keeps_its_dateline_once_and_its_message_to_editors_off_the_page(realwire):
    _, parsed, stored = realwire.only("nitf/ap-nitf.xml")
    issued = datetime(2015, 12, 10, 19, 10, 44, tzinfo=UTC)
    # 1,046 words in body.content: the dateline "NEW YORK (AP)" (3) goes to its
    # field, and "___" is a rule line, no word.
    expect(
        stored,
        headline="Can trading pollution like stocks help fight climate change?",
        first="The gas produced by hog manure at farms across the U.S.",
        last="http://www.bigstory.ap.org/content/bernard-condon .",
        words_stored=1042,
        dateline="NEW YORK (AP) —",
        bylines=["BERNARD CONDON"],
        urgency=None,
        embargo=None,
        first_created=issued,
        version_created=issued,
        credit="The Associated Press",
    )
    assert (stored.dateline_city, stored.dateline_agency) == ("New York", "AP")
    assert len(stored.body) == 27
    # ed-msg is for editors; byttl is the writer's title, not a name.
    assert any("For global distribution" in note for note in stored.desk_notes)
    assert_not_public(stored, "For global distribution", "___", "AP Business Writer")
    assert "AP Business Writer" not in " ".join(stored.bylines)
    assert_no_words_lost(parsed, stored)


def test_ap_results_tables_in_the_nitf_namespace_are_kept_whole(realwire):
    _, parsed, stored = realwire.only("nitf/ap_media_text_nitf.xml")
    # 194 words in body.content; its opening subhead says the headline again
    # (3 words), which has its own field.
    expect(
        stored,
        headline="BC-BBN--Top Ten",
        first="BASEBALL'S TOP TEN By The Associated Press",
        last="Marquez, Colorado, 8-3; Scherzer, Washington, 8-5.",
        words_stored=191,
        urgency=None,
        version_created=datetime(2019, 7, 3, 4, 5, 12, tzinfo=UTC),
        credit="The Associated Press",
    )
    tags = [block_tag(item) for item in stored.body]
    assert tags.count("table") == 3 and tags[0] == "table"
    assert "<td>McNeil NYM</td><td>72</td><td>271</td>" in stored.body[tags.index("table")]
    assert_no_words_lost(parsed, stored)


def test_document_declared_latin1_but_written_in_utf8_reads_right(realwire):
    # The file declares iso-8859-1, yet its bytes are UTF-8 ("å" is C3 A5):
    # read as declared, every Danish letter would be two wrong ones.
    _, parsed, stored = realwire.only("nitf/mapping_test.xml")
    expect(
        stored,
        headline="*En 41-årig mand, der onsdag blev anholdt og sat i forbindel",
        first="København /ritzau/: En 41-årig mand",
        last="Det oplyser Københavns Vestegns Politi.",
        words_stored=72,
        urgency=3,
        embargo=None,
        slugline="NU-FLASH-K",
        version_created=datetime(2016, 5, 12, 0, 5, 13, tzinfo=timezone(timedelta(hours=2))),
    )
    assert (stored.original_id, stored.original_version, stored.language) == ("20160512:RTZ:8883:0", "4", "no-NO")
    # The closing "/ritzau/" is the agency's sign-off, for the desk.
    assert stored.body[-1] != "/ritzau/" and "Sign-off: /ritzau/" in stored.desk_notes
    assert "Ã" not in " ".join(stored.body)
    assert_no_words_lost(parsed, stored)


def test_ntb_fact_check_keeps_subheads_and_list_and_leaves_embeds_and_credits_to_the_desk(realwire):
    _, parsed, stored = realwire.only("nitf/nitf-ntb.xml")
    # date.issue has no zone and no other time in the document gives one: UTC,
    # and the desk is told (NITF asks for a zone on every time).
    issued = datetime(2020, 9, 7, 14, 45, 26, tzinfo=UTC)
    expect(
        stored,
        headline="Faktisk.no: Nei, dette dokumentet beskriver ikke FNs Agenda 21 eller Agenda 2030",
        first="Nei, dette dokumentet beskriver ikke FNs Agenda 21 eller Agenda 2030",
        last="Les faktasjekken på Faktisk.no",
        words_stored=1052,
        dateline="Oslo",
        bylines=["Geir Molnes / Faktisk.no"],
        urgency=5,
        embargo=None,
        first_created=issued,
        credit="NTB",
    )
    assert (stored.original_version, stored.language, stored.dateline_agency) == ("48", "nb-NO", "NTB")
    assert "Sent without a time zone, read as UTC: 2020-09-07T14:45:26" in stored.desk_notes
    tags = [block_tag(item) for item in stored.body]
    assert tags.count("h2") == 8 and tags.count("ul") == 1
    assert stored.body[tags.index("ul")].count("<li>") == 7
    # The embed codes (with their "Embed" subheads), picture captions and
    # credits and the distribution message are for the desk, never readers.
    assert_not_public(
        stored,
        "faktisk-embed",
        "script",
        "embed.js",
        "Embed (",
        "Foto: NTNU",
        "Scanpix",
        "Det er ikke anledning til å endre innhold",
    )
    desk = " ".join(stored.desk_notes)
    assert "faktisk-embed-factcheck-a0G-large" in desk and "Foto: NTNU" in desk and "ikke anledning" in desk
    assert_no_words_lost(parsed, stored)


def test_pa_preformatted_line_up_keeps_its_lines(realwire):
    _, parsed, stored = realwire.only("nitf/pa2.xml")
    expect(
        stored,
        headline="1 SOCCER INT-Teams",
        first="International Match Mexico v Panama Mexico: Talavera",
        last="Buitrago, Calderon.",
        words_stored=58,
        urgency=3,
        embargo=None,
        version_created=datetime(2015, 10, 14, 2, 43, 58, tzinfo=timezone(timedelta(hours=1))),
    )
    assert stored.original_id == "T201510140143580001T" and stored.keywords == ["INT-Teams"]
    assert stored.body[0].startswith("International Match<br>Mexico v Panama<br>")
    assert "Series: part 1" in stored.desk_notes
    assert_no_words_lost(parsed, stored)
