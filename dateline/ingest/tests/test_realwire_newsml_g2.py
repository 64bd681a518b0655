"""Real NewsML-G2 files (AP, ANSA, dpa, STT, Reuters, the IPTC's listings): what the
standard and each file say must be stored, and what must never reach the public body.

Expectations are read from the files: headline from contentMeta/headline, times from
itemMeta (versionCreated, firstCreated), urgency from contentMeta/urgency, the
embargo from itemMeta/embargoed, desk-only text from edNote and the XHTML's
classes (closingline, byline, header, notepad), the dateline from the text.
"""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from .realwire import assert_no_words_lost, assert_not_public, desk_text, expect, public_text

pytestmark = pytest.mark.django_db
FOLDER = "newsml-g2/"
TEXT_FILES = [
    "ansa_culture.xml",
    "ap.xml",
    "dpa_g2_dw-1.xml",
    "dpa_g2_eil.xml",
    "dpa_g2_embargoed.xml",
    "dpa_g2_lesestuecke.xml",
    "dpa_g2_with_infobox.xml",
    "iptc_LISTING_22_Sports_story_in_NewsML-G2NITF.xml",
    "stt_archive_newsml_created_date_test.xml",
    "stt_newsml_location_rich.xml",
    "stt_newsml_note_test.xml",
    "stt_newsml_test.xml",
    "tag_reuters.com_0000_newsml_ISS149709_1618095828",
    "tag_reuters.com_0000_newsml_L4N1FL0N0_1132689232",
    "tag_reuters.com_2014_newsml_KBN0FL0ZP_version_2",
    "tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838",
]
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


@pytest.mark.parametrize("name", TEXT_FILES)
def test_every_word_of_every_story_is_kept(realwire, name):
    report, pairs = realwire.ingest(FOLDER + name)
    assert pairs, [r.reason for r in report.rejected]
    for parsed, stored in pairs.values():
        assert_no_words_lost(parsed, stored)


@pytest.mark.parametrize(
    "name, reason",
    [
        ("LISTING_6_Simple_NewsML-G2_Package.xml", "a NewsML-G2 packageItem, not a news item"),
        ("iptc_LISTING_16_A_Set_of_Events_carried_in_a_News_Item.xml", "composite item (itemClass ninat:composite)"),
        ("iptc_LISTING_24_News_Message_conveying_a_complete_News_Package.xml", "an empty placeholder"),
        ("stt_newsml_abstract_test.xml", "missing a headline"),
        ("stt_newsml_subject_test.xml", "missing a headline"),
    ],
)
def test_what_is_no_text_story_is_refused_by_name(realwire, name, reason):
    report, pairs = realwire.ingest(FOLDER + name)
    assert not pairs and report.rejected
    assert all(reason in r.reason for r in report.rejected), [r.reason for r in report.rejected]


def test_ansa_mixed_content_parses_and_its_transmission_line_is_for_the_desk(realwire):
    # Text after </p> inside <body> (mixed content) once crashed ingest.
    _, parsed, stored = realwire.only(FOLDER + "ansa_culture.xml")
    expect(
        stored,
        headline="TEST FROM XAWES",
        first="TEST FROM XAWES",
        last="(ANSA).",
        words_stored=4,
        dateline="(ANSA) - ROMA, 1 LUG -",
        credit="ANSA",
        bylines=[],
        embargo=None,
        first_created=datetime(2019, 7, 1, 8, 21, tzinfo=UTC),
        version_created=datetime(2019, 7, 1, 8, 22, 28, tzinfo=UTC),
    )
    assert_not_public(stored, "CRO01", "APE4800", "VR-COM")
    assert "51 77 03 CRO01 1113 APE4800" in desk_text(stored)


def test_ap_nitf_bodies_keep_the_ap_dateline_once_and_the_eds_note_off_the_page(realwire):
    _, pairs = realwire.ingest(FOLDER + "ap.xml")
    assert len(pairs) == 3
    stored = pairs["tag:ap.org,2011:5e565888b587889c5c8bd62b6164118c-text"][1]
    expect(
        stored,
        headline="Nutrisystem beats 4Q earnings and revenue expectations",
        first="Nutrisystem Inc. (NTRI) on Monday reported fourth-quarter net income",
        last="Access a Zacks stock report on NTRI at https://www.zacks.com/ap/NTRI",
        dateline="FORT WASHINGTON, Pa. (AP) _",
        credit="AP",
        urgency=4,
        embargo=None,
        slugline="BC-US--Earns-Nutrisystem, 1st Ld-Writethru",
        words_stored=207,
    )
    assert stored.original_version == "2"
    # The NITF body.head repeats the headline: it has its field, not a paragraph.
    assert not public_text(stored).startswith("Nutrisystem beats")
    assert_not_public(stored, "Eds:", "Adds full-year results")


def test_dpa_embargoed_item(realwire):
    _, parsed, stored = realwire.only(FOLDER + "dpa_g2_embargoed.xml")
    expect(
        stored,
        headline="Steinmeier: Russland zerstört kulturelles Erbe der Ukraine",
        first="Eine Ausstellung in Berlin zeigt vor dem Krieg gerettete Gemälde aus Odessa.",
        last="(19. Oktober 2025 bis 22. März 2026).",
        words_stored=272,
        dateline="Berlin (dpa) -",
        credit="dpa",
        bylines=[],
        urgency=4,
        embargo=datetime(2025, 1, 23, 19, 0, tzinfo=CET),
        version_created=datetime(2025, 1, 23, 14, 10, 47, tzinfo=CET),
    )
    assert "<h2>Gemälde aus Odessa mit Werken aus Berliner Sammlungen im Dialog</h2>" in stored.body
    # The notebook is marked not for publication; the sign-off and account id are the desk's.
    assert_not_public(
        stored,
        "+49 30",
        "Szameitat.Sabrina@dpa.com",
        "Notizblock",
        "dpa sza yybb n1 gth",
        "tholl.gregor",
        "Sperrfrist",
        "Bitte beachten Sie",
    )
    assert "+49 30 285 231 692" in desk_text(stored)


def test_dpa_feature_keeps_subheads_and_takes_its_byline_from_the_byline_paragraph(realwire):
    _, parsed, stored = realwire.only(FOLDER + "dpa_g2_dw-1.xml")
    expect(
        stored,
        headline="«Mythos Jungfernhäutchen» - Zwischen Aufklärung und Kommerz",
        first="Ein Unternehmen aus Baden vertreibt Blutkapseln",
        last="in den 1950ern weit verbreitet gewesen.",
        words_stored=850,
        dateline="Waghäusel (dpa) -",
        credit="dpa",
        urgency=3,
        bylines=["Marco Krefting", "Sunrita Sen"],
        version_created=datetime(2024, 9, 24, 12, 5, 52, tzinfo=CEST),
    )
    assert sum(item.startswith("<h2>") for item in stored.body) == 5
    assert_not_public(stored, "loening.meyel", "Von Marco Krefting", "dpa kre/su")


def test_dpa_urgent_item(realwire):
    _, parsed, stored = realwire.only(FOLDER + "dpa_g2_eil.xml")
    expect(
        stored,
        headline="Grünen-Spitze tritt nach Wahlniederlagen ab",
        first="Die Grünen-Spitze zieht nach den Misserfolgen",
        last="«Table Media» berichtet.",
        words_stored=38,
        dateline="Berlin (dpa) -",
        urgency=2,
        credit="dpa",
        bylines=[],
    )
    assert_not_public(stored, "kunigkeit.sebastian", "dpa-Eilmeldung", "Notizblock")


def test_dpa_reading_list_and_fact_check(realwire):
    _, _, reading = realwire.only(FOLDER + "dpa_g2_lesestuecke.xml")
    expect(
        reading,
        headline="Folgende Lesestücke des Ressorts Politik sind weiter aktuell",
        first="Fragen-und-Antworten «Was Israel im Libanon erreichen",
        words_stored=114,
        dateline="",
        urgency=4,
    )
    assert_not_public(reading, "Planungshinweis", "eschbacher.veronika", "dpa yyzz s5 vee")
    _, _, stored = realwire.only(FOLDER + "dpa_g2_with_infobox.xml", source="second")
    expect(
        stored,
        headline="Bild von Brandschäden stammt aus dem Jahr 2018",
        first="Einige behaupten, Laserwaffen hätten die Brände",
        words_stored=795,
        urgency=3,
    )
    assert_not_public(stored, "stahlberg.leo", "dpa lst ff", "Notizblock")


def test_iptc_sports_story_in_nitf(realwire):
    _, parsed, stored = realwire.only(FOLDER + "iptc_LISTING_22_Sports_story_in_NewsML-G2NITF.xml")
    expect(
        stored,
        headline="Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m.",
        first="A pair of teams coming off big weekend sweeps",
        last="0-2 over his last six starts.",
        words_stored=202,
        dateline="(Sports Network) -",
        bylines=["The Sports Network"],
        slugline="AAV!PREVIEW-ARI-PHI",
    )


def test_stt_items(realwire):
    _, _, note = realwire.only(FOLDER + "stt_newsml_note_test.xml")
    expect(
        note,
        headline="Jussi Niinistö: Ylen tiedoissa voi olla kyse informaatio-operaatiosta",
        bylines=["ANTTI AUTIO", "HETA HASSINEN"],
        credit="STT",
        words_stored=328,
        dateline="",
        urgency=3,
        last="käsikassarana on täysin perätön, Venäläinen sanoo.",
    )
    # The private edNote is the desk's; STT's datelines are not in its text, so none is made up.
    assert_not_public(note, "2. väliotsikon jälkeen")
    assert any(item.startswith("<h2>") for item in note.body)


def test_stt_translation_and_results(realwire):
    _, _, translated = realwire.only(FOLDER + "stt_newsml_test.xml")
    expect(
        translated,
        words_stored=1072,
        credit="STT",
        dateline="",
        urgency=3,
        last="Rinne sanoi tiedotteessaan heti äänestyksen jälkeen.",
    )
    assert_not_public(translated, "complemented throughout")
    _, _, results = realwire.only(FOLDER + "stt_archive_newsml_created_date_test.xml", source="results")
    expect(
        results,
        headline="Yleisurheilutuloksia/SM",
        words_stored=824,
        first="Sisäratojen SM-kilpailut, 1/2 kilpailupäivän tulokset:",
    )
    _, _, located = realwire.only(FOLDER + "stt_newsml_location_rich.xml", source="located")
    expect(located, words_stored=49, first="Ainakin 6 000 rohingya-vähemmistöön", last="ainakin 110 ihmistä.")


def test_reuters_wire_text_in_one_element_keeps_its_paragraphs(realwire):
    _, parsed, stored = realwire.only(FOLDER + "tag_reuters.com_0000_newsml_L4N1FL0N0_1132689232")
    expect(
        stored,
        headline="PRECIOUS-Gold rises as Trump policy fuels safe haven demand",
        first="Spot gold may edge up to $1,205 per ounce",
        last="Joseph Radford and Richard Pullin)",
        words_stored=335,
        dateline="Jan 30 (Reuters) -",
        bylines=["Arpan Varghese"],
        credit="Reuters",
        urgency=3,
        slugline="GLOBAL-PRECIOUS/ (UPDATE 1)",
    )
    # One <p> held the whole story: its indented lines are paragraphs, its "*" lines a list.
    assert stored.body[0].startswith("<ul><li>Spot gold may edge up")
    assert len(stored.body) >= 12
    assert_not_public(stored, "(Adds comments, detail)", "By Arpan Varghese")


def test_reuters_results_keep_each_line(realwire):
    _, _, stored = realwire.only(FOLDER + "tag_reuters.com_0000_newsml_ISS149709_1618095828")
    expect(
        stored,
        headline="Soccer-Turkish championship results and standings",
        words_stored=255,
        dateline="Jan 30 (Gracenote) -",
        credit="Reuters",
        last="16-18: Relegation",
    )
    assert "Adanaspor 2 Kasimpasa 0" in stored.body


def test_reuters_corrected_and_plain_stories(realwire):
    _, _, corrected = realwire.only(FOLDER + "tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838")
    expect(
        corrected,
        first="Residents of flooded areas in far southern Illinois",
        words_stored=536,
        dateline="Jan 3 (Reuters) -",
        last="Editing by Dan Grebler)",
    )
    assert_not_public(corrected, "(In Jan. 3 story, corrects last paragraph")
    _, _, plain = realwire.only(FOLDER + "tag_reuters.com_2014_newsml_KBN0FL0ZP_version_2", source="plain")
    expect(
        plain,
        dateline="BEIRUT (Reuters) -",
        credit="Reuters",
        bylines=[],
        words_stored=115,
        first="President Bashar al-Assad, who was sworn in",
    )
