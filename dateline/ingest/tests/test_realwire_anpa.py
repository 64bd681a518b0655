"""Real IPTC 7901 (dpa) and ANPA-1312 (AP) transmissions.

From the standards: 7901's header line is service and message number,
priority, category, word count and optional information, the keyword
stands on the lines before STX, the heading (take keys, headline, byline)
ends with "=", and the line after ETX is the transmission time (day, hour,
minute, zone, month, year). ANPA-1312's header carries priority and
category, then the keyword, version, reference and word count; the text
repeats the keyword line, then the headline, and marks paragraphs with "^"
or a tab. dpa's notebook ("not for publication") and sign-off, AP's "Eds:",
"AP Photo" and byline lines are for the desk.
"""

from datetime import UTC, datetime

import pytest

from .realwire import assert_no_words_lost, assert_not_public, desk_text, expect

pytestmark = pytest.mark.django_db
FOLDER = "anpa/"
FILES = [
    "IPTC7901.txt",
    "IPTC7901_odd_charset.txt",
    "anpa-2.tst",
    "ap_anpa-1.tst",
    "ap_anpa-2.tst",
    "ap_anpa-3.tst",
    "dpa_four_line.txt",
    "dpa_two_by_line.txt",
    "dpa_two_line.txt",
]
DPA_DESK = (
    "not intended for publication",
    "not for publication",
    "+49",
    "@dpa.com",
    "Notebook",
    "NOTEBOOK",
    "Editorial contacts",
    "Reporting by:",
    "Editing by:",
)


@pytest.mark.parametrize("name", FILES)
def test_every_word_is_kept_and_no_take_key_is_a_headline(realwire, name):
    report, pairs = realwire.ingest(FOLDER + name)
    assert pairs and not report.rejected, [r.reason for r in report.rejected]
    for parsed, stored in pairs.values():
        assert_no_words_lost(parsed, stored)
        assert stored.headline not in ("1ST LEAD", "REFILE", "EXTRA") and not stored.headline.isupper()


def test_dpa_7901_plain(realwire):
    _, _, stored = realwire.only(FOLDER + "IPTC7901.txt")
    expect(
        stored,
        headline="Germany Social Democrats: Coalition talks with Merkel could fail",
        first="Negotiations between German conservatives headed by Chancellor Angela Merkel",
        last="to be sworn in for a third term before Christmas.",
        words_stored=161,
        dateline="Berlin (dpa) -",
        credit="dpa",
        urgency=4,
        slugline="Germany-politics/",
        first_created=datetime(2013, 11, 13, 11, 37, tzinfo=UTC),
    )
    assert stored.wire_header["service"] == "eca" and stored.wire_header["category"] == "i"
    assert stored.wire_header["words"] == 211 and stored.wire_header["sent"] == "131137 GMT Nov 13"
    assert_not_public(stored, *DPA_DESK, "dpa wsz jln npr")
    assert "+49 30 2852 31472" in desk_text(stored)


def test_dpa_take_keys_are_takes(realwire):
    _, _, refile = realwire.only(FOLDER + "dpa_four_line.txt")
    expect(
        refile,
        headline="Switzerland joins list of countries resisting UN migration pact",
        first="Switzerland is joining a growing number of countries",
        bylines=["dpa correspondents"],
        dateline="Geneva (dpa) -",
        urgency=3,
        slugline="Switzerland/migration/UN/",
        words_stored=377,
        first_created=datetime(2018, 11, 21, 23, 22, tzinfo=UTC),
    )
    assert refile.wire_header["take"] == "REFILE / 1ST LEAD" and refile.original_version == "2"
    assert_not_public(refile, *DPA_DESK, "REFILE", "1ST LEAD", "adds head of UNGA")

    _, _, extra = realwire.only(FOLDER + "dpa_two_line.txt", source="extra")
    expect(
        extra,
        headline="Peace talks on Yemen to take place in Sweden next month, Mattis says",
        first="US Defence Secretary Jim Mattis says he expects",
        words_stored=90,
        urgency=3,
        last="in recent days it has decreased considerably.",
        dateline="Washington (dpa) -",
        first_created=datetime(2018, 11, 21, 21, 1, tzinfo=UTC),
    )
    assert extra.wire_header["take"] == "EXTRA"
    assert_not_public(extra, "EXTRA", "DOD news", "dpa grj rmo")


def test_dpa_lead_with_byline_and_german_month(realwire):
    _, _, stored = realwire.only(FOLDER + "IPTC7901_odd_charset.txt")
    expect(
        stored,
        headline="German football saddened by illness to striker legend Mueller",
        bylines=["Manuel Schwarz"],
        dateline="Munich (dpa) -",
        words_stored=568,
        urgency=3,
        first="German football generations past and present",
        first_created=datetime(2015, 10, 7, 13, 41, tzinfo=UTC),
    )
    assert stored.original_version == "2"
    assert_not_public(stored, *DPA_DESK, "By Manuel Schwarz", "dpa bwh bag")


def test_dpa_partner_copy_keeps_the_partners_credit(realwire):
    _, _, stored = realwire.only(FOLDER + "dpa_two_by_line.txt")
    expect(
        stored,
        headline="Chiefs-Rams 2.0? Would be a fun Super Bowl, but don't count on it",
        bylines=["Tom Krasovic", "The San Diego Union-Tribune"],
        dateline="San Diego (tca/dpa) -",
        credit="tca/dpa",
        words_stored=842,
        last="will hinge on firming its defence.",
        first_created=datetime(2018, 11, 21, 12, 59, tzinfo=UTC),
    )
    assert_not_public(stored, *DPA_DESK, "Tribune Content Agency", "dpa tca bag")


def test_ap_story_with_eds_photo_and_byline_lines(realwire):
    _, _, stored = realwire.only(FOLDER + "anpa-2.tst")
    expect(
        stored,
        headline="Prairies vanish in the US push for green energy",
        first="Robert Malsam nearly went broke in the 1980s",
        bylines=["CHET BROKAW", "JACK GILLUM"],
        dateline="ROSCOE, South Dakota (AP) _",
        credit="AP",
        urgency=4,
        slugline="BC-US--Ethanol-LosingGra",
        words_stored=1134,
        first_created=datetime(2013, 11, 13, 7, 45, tzinfo=UTC),
    )
    assert stored.original_version == "2" and stored.wire_header["words"] == 1693
    assert_not_public(stored, "Eds:", "AP Photo SDDD101", "EDITOR'S NOTE", "By CHET BROKAW", "Associated Press=")


def test_ap_sports_story_keeps_subheads_and_drops_the_repeated_summary(realwire):
    _, _, stored = realwire.only(FOLDER + "ap_anpa-1.tst")
    expect(
        stored,
        headline="Deng has 30 points, short-handed Heat beat Hawks 115-111",
        first="Luol Deng scored 30 points",
        last="Hawks: Host Milwaukee on Saturday night.",
        bylines=["CHARLES ODUM"],
        dateline="ATLANTA (AP) _",
        words_stored=409,
        first_created=datetime(2016, 2, 20, 3, 37, tzinfo=UTC),
    )
    assert "<h3>UP NEXT</h3>" in stored.body
    assert_not_public(stored, "Eds:", "AP Photo", "AP Sports Writer", "By CHARLES ODUM")


def test_ap_agate_becomes_tables(realwire):
    _, _, stored = realwire.only(FOLDER + "ap_anpa-2.tst")
    expect(
        stored,
        headline="Baseball Expanded Standings",
        bylines=["The Associated Press"],
        words_stored=808,
        last="San Francisco at San Diego, 10:10 p.m.",
    )
    tables = [item for item in stored.body if item.startswith("<table>")]
    assert len(tables) >= 4 and "<td>Baltimore</td><td>23</td>" in tables[0]
    assert "<h3>AMERICAN LEAGUE</h3>" in stored.body


def test_ap_short_story(realwire):
    _, _, stored = realwire.only(FOLDER + "ap_anpa-3.tst")
    expect(
        stored,
        headline="$210 lobster is found dead",
        first="A lobster died.",
        words_stored=3,
        dateline="CHATHAM, Mass. (AP) _",
        first_created=datetime(2016, 8, 29, 16, 26, tzinfo=UTC),
    )
    assert_not_public(stored, "Eds:", "APNewsNow")


def test_a_headline_only_bulletin_is_taken_in_as_what_it_is(realwire):
    # An AP bulletin as ANPA-1312 sends one: priority "b", the headline its whole text.
    data = (
        b"\x16\x16\x01z1234\x1f-----\r\nb a\x13\x11 BC-US--Quake-Bulletin Bulletin   03-05 0012\r\n"
        b"\x02^BC-US--Quake-Bulletin, Bulletin,12<\r\n^Strong earthquake hits central Chile<\r\n"
        b"\x03AP-WF-03-05-26 1402GMT<\r\n\x04"
    )
    report, pairs = realwire.ingest("anpa/bulletin.txt", data=data)
    assert not report.rejected, [r.reason for r in report.rejected]
    ((_, stored),) = pairs.values()
    expect(
        stored,
        headline="Strong earthquake hits central Chile",
        urgency=2,
        first_created=datetime(2026, 3, 5, 14, 2, tzinfo=UTC),
    )
    assert stored.body == ["Strong earthquake hits central Chile"]
