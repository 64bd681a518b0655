"""The real NewsML 1.2 files (AFP, ANA-MPA): each NewsItem one story, read as
NewsML 1.2 defines its parts, and no word of the text lost.

NewsML 1.2: ProviderId, DateId and NewsItemId name the item across its
revisions (RevisionId is the version); NewsManagement holds status, urgency
and times; the text is the Main component's ContentItem of MediaType Text,
whose NewsLines and metadata are the nearest enclosing ones.
"""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from dateline.ingest import parsers

from .realwire import assert_no_words_lost, assert_not_public, expect


@pytest.mark.parametrize("name", ["afp.xml", "ana1.xml"])
def test_newsml_12_is_known_by_its_root_whatever_the_file_is_called(realwire, name):
    assert parsers.detect(realwire.read(f"newsml12/{name}"), "feed.xml").name == "newsml12"


def test_afp_story_with_inline_nitf(realwire):
    _, parsed, stored = realwire.only("newsml12/afp.xml")
    created = datetime(2014, 8, 29, 13, 49, 51, tzinfo=UTC)
    # body.content holds 222 words; the closing "hh/ph/ts/hd" is the desk's
    # sign-off, not text for readers.
    expect(
        stored,
        headline="Sweden court accepts receivership for Saab carmaker",
        first="A Chinese-owned company set up to take over Saab's assets",
        last="targeted the Chinese market with a line of electric cars.",
        words_stored=221,
        dateline="STOCKHOLM, Aug 29, 2014 (AFP) -",
        bylines=[],
        urgency=4,
        embargo=None,
        first_created=created,
        version_created=created,
        credit="AFP",
        slugline="Sweden-SAAB",
    )
    assert (stored.original_id, stored.original_version) == ("urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86", "1")
    assert (stored.dateline_city, stored.dateline_agency, stored.dateline_date) == (
        "Stockholm",
        "AFP",
        date(2014, 8, 29),
    )
    assert stored.language == "en" and stored.keywords[:2] == ["Sweden", "China"]
    assert len(stored.body) == 9
    assert "Sign-off: hh/ph/ts/hd" in stored.desk_notes
    assert_not_public(stored, "hh/ph/ts/hd")
    assert_no_words_lost(parsed, stored)


def test_ana_story_with_an_html_body_in_the_main_component(realwire):
    _, parsed, stored = realwire.only("newsml12/ana1.xml")
    created = datetime(2018, 4, 4, 17, 58, 59, tzinfo=timezone(timedelta(hours=3)))
    # 122 words in the HTML; the closing copyright notice to subscribers (17)
    # is for the desk. No Urgency in NewsManagement: the envelope's Priority.
    expect(
        stored,
        headline="Wage employment balance positive in Jan-March",
        first="Wage employment in the private sector grew in March",
        last="the balance was positive by 33,638 job positions.",
        words_stored=105,
        dateline="4/4/2018",
        urgency=5,
        embargo=None,
        first_created=created,
        version_created=created,
        credit="ΑΠΕ-ΜΠΕ",
    )
    assert stored.original_id == "urn:newsml:ana-mpe.gr:20180404:19336333" and stored.original_version == "1"
    # Language FormalName="EN" is stored as the canonical tag.
    assert (stored.language, stored.dateline_city) == ("en", "Athens")
    assert len(stored.body) == 3
    assert_not_public(stored, "©", "πνευματικά δικαιώματα")
    assert any(note.startswith("Rights notice: ©") for note in stored.desk_notes)
    assert_no_words_lost(parsed, stored)
