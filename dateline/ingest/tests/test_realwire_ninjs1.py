"""The real ninjs 1.x files (Superdesk, the BBC, the IPTC's 1.0 example): the
flat 1.x fields mapped, known by their structure, and no word lost.

ninjs 1.x: one `headline`, one `byline`, the body in `body_html` (1.1+),
`body_xhtml` (1.0) or `body_text`; `located` is the place the story comes
from, `embargoed` the time before which it may not be published; the type
says whether the item is a text at all.
"""

from datetime import UTC, datetime

import pytest

from dateline.core.html import block_tag
from dateline.ingest import parsers
from dateline.ingest.parsers import IngestedPicture

from .realwire import assert_no_words_lost, assert_not_public, expect

UTC = UTC
TEXTS = [
    "sd_bbc-ninjs-comp-test.json",
    "sd_ninjs1.json",
    "sd_ninjs4.json",
    "sd_ninjs5.json",
    "sd_ninjsExSimpleText1.json",
    "sd_ninjs_embargoed.json",
]


@pytest.mark.parametrize("name", TEXTS + ["sd_ninjs3.json", "sd_ninjs6.json"])
def test_ninjs_1_is_known_by_its_structure_whatever_the_file_is_called(realwire, name):
    assert parsers.detect(realwire.read(f"ninjs/{name}"), "item.json").name == "ninjs1"


@pytest.mark.parametrize("name", ["sd_ninjs3.json", "sd_ninjs6.json"])
def test_picture_items_are_pictures_for_the_photo_desk_not_stories(realwire, name):
    # "type": "picture": the item is a picture (test_lone_picture_items_reach_the_photo_desk.py).
    report, pairs = realwire.ingest(f"ninjs/{name}")
    assert not pairs and not report.rejected
    (entry,) = realwire.parse(f"ninjs/{name}")
    assert isinstance(entry, IngestedPicture)
    assert (entry.original_id, entry.original_version) == ("20170825001315282180", "3")


def test_bbc_api_page_wrapping_one_item(realwire):
    _, parsed, stored = realwire.only("ninjs/sd_bbc-ninjs-comp-test.json")
    at = datetime(2018, 5, 30, 15, 14, 24, tzinfo=UTC)
    # description_text ("ldrs") is the summary, not the body.
    expect(
        stored,
        headline="abcdef",
        first="abcd",
        last="abcd",
        words_stored=1,
        bylines=["Jane Doe"],
        urgency=3,
        embargo=None,
        first_created=at,
        version_created=at,
    )
    assert stored.original_id == "https://example.com/56789" and stored.language == "en"
    assert stored.keywords == ["Cynllunio", "Cead-dealbhaidh", "Leisure", "Risca"]
    assert_not_public(stored, "ldrs", "logo-footer.png")
    assert_no_words_lost(parsed, stored)


def test_superdesk_item_with_ednote_and_place(realwire):
    _, parsed, stored = realwire.only("ninjs/sd_ninjs1.json")
    expect(
        stored,
        headline="headline",
        first="The story so far.",
        last="The story so far.",
        words_stored=4,
        bylines=["Peter", "Jane"],
        urgency=3,
        embargo=None,
        slugline="slugline",
        credit="AAP",
        first_created=datetime(2017, 8, 24, 4, 37, 19, tzinfo=UTC),
        version_created=datetime(2017, 8, 24, 4, 38, 34, tzinfo=UTC),
    )
    assert (stored.original_version, stored.language, stored.dateline_city) == ("2", "fr", "Milton Keynes")
    assert stored.ednote == "ed note"
    assert_not_public(stored, "ed note", "abstract")
    assert_no_words_lost(parsed, stored)


def test_html_body_with_subheads_and_an_embedded_picture(realwire):
    _, parsed, stored = realwire.only("ninjs/sd_ninjs4.json")
    # 358 words in body_html; the embedded figure's caption (9) describes a
    # picture Dateline does not carry, so it is for the desk.
    expect(
        stored,
        headline="China behauptet, einen Polizeihund geklont zu haben",
        first="Es kann ganz schön kostspielig sein, Polizeihunde zum Schutz unserer Sicherheit",
        last="wie Gene unsere Intelligenz beeinflussen.",
        words_stored=349,
        bylines=["futurezone/KN"],
        urgency=5,
        embargo=None,
        version_created=datetime(2019, 3, 25, 8, 54, 9, tzinfo=UTC),
    )
    assert stored.language == "de" and "Polizeihund" in stored.keywords
    assert [block_tag(i) for i in stored.body].count("h2") == 2
    assert_not_public(stored, "Ob China bald ganze Polizeihund-Staffeln", "<img", "EMBED")
    assert any("Ob China bald ganze Polizeihund-Staffeln" in note for note in stored.desk_notes)
    assert_no_words_lost(parsed, stored)


def test_reuters_story_through_aap(realwire):
    _, parsed, stored = realwire.only("ninjs/sd_ninjs5.json")
    expect(
        stored,
        headline="Oil prices edge up on first drop in US drilling in months",
        first="Oil prices edged up on Monday, supported by the first autumn in US drilling activity",
        last="(Reporting by Henning Gloystein; Editing by Richard Pullin)",
        words_stored=310,
        bylines=["Henning Gloystein"],
        urgency=3,
        embargo=None,
        credit="Reuters",
        slugline="TEST GLOBAL-OIL",
        first_created=datetime(2017, 7, 3, 1, 38, 13, tzinfo=UTC),
        version_created=datetime(2017, 8, 24, 1, 58, 40, tzinfo=UTC),
    )
    assert stored.dateline_city == "Singapore" and len(stored.body) == 9
    # The associated picture is not carried: named for the desk only.
    assert_not_public(stored, "Bebeto Matthews", "Financial Markets")
    assert_no_words_lost(parsed, stored)


def test_ninjs_1_0_example_takes_the_xhtml_body_and_its_dateline_once(realwire):
    _, parsed, stored = realwire.only("ninjs/sd_ninjsExSimpleText1.json")
    # 157 words in body_xhtml; "GROSSETO, Italy (AP)" (3) is the dateline.
    expect(
        stored,
        headline="Captain of wrecked cruise ship on trial in Italy",
        first="The trial of the captain of the shipwrecked Costa Concordia",
        last="took on water and capsized. Schettino has denied wrongdoing.",
        words_stored=154,
        dateline="GROSSETO, Italy (AP) --",
        bylines=["Paulo Santalucia", "Frances d'Emilio"],
        urgency=None,
        embargo=None,
        version_created=datetime(2013, 7, 9, 10, 37, tzinfo=UTC),
    )
    assert (stored.dateline_city, stored.dateline_country, stored.dateline_agency) == ("Grosseto", "Italy", "AP")
    assert len(stored.body) == 4
    assert_no_words_lost(parsed, stored)


def test_embargoed_superdesk_item(realwire):
    _, parsed, stored = realwire.only("ninjs/sd_ninjs_embargoed.json")
    expect(
        stored,
        headline="Trouble is brewing for the future of beer",
        first="What does torched earth taste like?",
        last="Originally published under Creative Commons by 360info™.",
        words_stored=751,
        bylines=["Aaron J. Staples, Michigan State University"],
        urgency=None,
        credit="360info",
        slugline="Climate-smart food",
        embargo=datetime(2022, 6, 29, 2, 30, tzinfo=UTC),
        first_created=datetime(2022, 6, 20, 23, 20, 35, tzinfo=UTC),
        version_created=datetime(2022, 6, 26, 23, 54, 25, tzinfo=UTC),
    )
    assert stored.original_version == "11" and len(stored.body) == 18
    assert_not_public(stored, "Ekegs in Manchester")
    assert_no_words_lost(parsed, stored)


def test_a_future_embargo_in_a_copy_of_the_file_is_kept(realwire):
    data = realwire.read("ninjs/sd_ninjs_embargoed.json").replace(
        b'"embargoed": "2022-06-29T02:30:00+00:00"', b'"embargoed": "2099-01-01T06:00:00+00:00"'
    )
    _, _, stored = realwire.only("ninjs/sd_ninjs_embargoed.json", data=data)
    assert stored.embargo_until == datetime(2099, 1, 1, 6, 0, tzinfo=UTC)
