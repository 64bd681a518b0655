"""The real vendor JSON that is not ninjs: each known by its documented
structure and said to be what it is. dpa digitalwires carries a whole story
in documented fields and is read; an AP Media API answer describes an item
and links to its text, so it is refused with that reason."""

from datetime import datetime, timedelta, timezone

from dateline.ingest import parsers

from .realwire import assert_no_words_lost, assert_not_public, expect


def test_dpa_digitalwires_is_known_by_its_format_field(realwire):
    assert (
        parsers.detect(realwire.read("other-unclaimed/dpa_digitalwires_with_dateline.json"), "wire.json").name
        == "dpa-digitalwires"
    )


def test_dpa_digitalwires_story_with_its_notepad_kept_for_the_desk(realwire):
    _, parsed, stored = realwire.only("other-unclaimed/dpa_digitalwires_with_dateline.json")
    # 605 words in article_html; the marked dateline "New York (dpa) -" (3)
    # is its own field.
    expect(
        stored,
        headline="DeepSeek-Schock aus China: Zeichen für KI-Zeitenwende?",
        first="Ein Chatbot aus China schockt die Wall Street",
        last="brachte die Aussicht auf günstigere KI hingegen ein Kursplus.",
        words_stored=602,
        dateline="New York (dpa) -",
        bylines=["Andrej Sokolow"],
        urgency=3,
        embargo=None,
        credit="dpa",
        version_created=datetime(2025, 1, 28, 9, 18, 34, tzinfo=timezone(timedelta(hours=1))),
    )
    assert (stored.original_id, stored.original_version) == ("urn:newsml:dpa.com:20090101:250128-930-357319", "2")
    assert (stored.dateline_city, stored.dateline_agency, stored.language) == ("New York", "dpa", "de")
    assert [item[:4] for item in stored.body].count("<h2>") == 5
    # The notepad's contacts ("not for publication"), the editorial notes and
    # the closing line are for editors; "dpa" is no byline.
    assert_not_public(
        stored,
        "+49 151 42639746",
        "sokolow.andrej@dpa.com",
        "wirtschaft@dpa.com",
        "dpa so yyon",
        "Bildangebot",
        "Sendeziel",
    )
    desk = " ".join(stored.desk_notes)
    assert "+49 151 42639746" in desk and "dpa so yyon z2 a3 vni/dmo" in desk
    assert "dpa" not in stored.bylines
    assert_no_words_lost(parsed, stored)


def test_ap_media_api_answer_is_refused_as_what_it_is(realwire):
    data = realwire.read("other-unclaimed/ap_media_text_item.json")
    assert parsers.detect(data, "wire.json").name == "ap-media"
    report, pairs = realwire.ingest("other-unclaimed/ap_media_text_item.json")
    assert not pairs
    (rejection,) = report.rejected
    assert rejection.reason.startswith(
        "AP Media API JSON, not ninjs: text item 'BC-BBN--Top Ten' "
        "(itemid 5ee9b4b40ea5fe9c9ca60f890fb2e1d9) describes a story but carries no text"
    )
    assert "(nitf, anpa)" in rejection.reason and "missing" not in rejection.reason


def test_a_digitalwires_answer_with_several_entries_reads_each(realwire):
    import json

    entry = json.loads(realwire.read("other-unclaimed/dpa_digitalwires_with_dateline.json"))
    second = dict(entry, urn="urn:newsml:dpa.com:20090101:250128-930-000002", headline="Zweite Meldung")
    items = parsers.detect(json.dumps({"entries": [entry, second]}).encode()).parse(
        json.dumps({"entries": [entry, second]}).encode()
    )
    assert [i.headline for i in items] == [entry["headline"], "Zweite Meldung"]


def test_a_bare_ap_media_item_is_refused_too(realwire):
    import json

    item = json.loads(realwire.read("other-unclaimed/ap_media_text_item.json"))["data"]["item"]
    data = json.dumps(item).encode()
    assert parsers.detect(data).name == "ap-media"
    (refusal,) = parsers.detect(data).parse(data)
    assert refusal.reason.startswith("AP Media API JSON, not ninjs")
