"""Real RSS 2.0, RSS 1.0 and Atom feeds: each entry a story, its HTML kept as
structure, every word kept; a feed that cannot be read is refused by name."""

from datetime import UTC, datetime

import pytest

from .realwire import assert_no_words_lost, assert_not_public, expect

pytestmark = pytest.mark.django_db
FOLDER = "rss-atom/"


@pytest.mark.parametrize(
    "name, entries",
    [
        ("feedjira_TechCrunch.xml", 20),
        ("feedjira_TypePadNews.xml", 10),
        ("rn_huffpost_googlenews.atom", 1),
        ("rssparser_guardian.rss", 55),
        ("rssparser_heise.atom", 15),
        ("rssparser_heraldsun.rss", 2),
    ],
)
def test_every_entry_is_stored_with_every_word(realwire, name, entries):
    report, pairs = realwire.ingest(FOLDER + name)
    assert len(pairs) == entries and not report.rejected, [r.reason for r in report.rejected]
    for parsed, stored in pairs.values():
        assert_no_words_lost(parsed, stored)


def test_a_feed_in_latin_1_without_a_declaration_is_read_as_windows_1252(realwire):
    # No XML declaration means UTF-8, but every accented letter in it is one
    # 8-bit byte and none forms a UTF-8 sequence: Western 8-bit text, read as
    # Windows-1252 by the rule every text import follows.
    report, pairs = realwire.ingest(FOLDER + "rssparser_uolNoticias.rss")
    headlines = {stored.headline for _, stored in pairs.values()}
    assert "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno" in headlines
    assert all("\ufffd" not in stored.headline and "Ã" not in stored.headline for _, stored in pairs.values())
    # Entries with a title and no text at all are refused by name, one by one.
    assert len(pairs) + len(report.rejected) == 15 and len(pairs) >= 10
    assert {r.reason for r in report.rejected} <= {"missing a body"}
    for parsed, stored in pairs.values():
        assert_no_words_lost(parsed, stored)


def test_a_blank_line_before_the_xml_declaration_is_no_reason_to_refuse(realwire):
    _, pairs = realwire.ingest(FOLDER + "feedjira_TechCrunch.xml")
    stored = next(s for p, s in pairs.values() if s.headline.startswith("Angie’s List Sets Price Range"))
    expect(stored, bylines=["Leena Rao"], credit="TechCrunch", first="Angie’s List, which offers consumers")


def test_guardian_entry(realwire):
    _, pairs = realwire.ingest(FOLDER + "rssparser_guardian.rss")
    _, stored = pairs[
        "https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord"
    ]
    expect(
        stored,
        headline="Trump State of the Union address promised unity but emphasized discord",
        first="The president’s ‘new American moment’ speech",
        last="Continue reading...",
        bylines=["David Smith in Washington"],
        credit="The Guardian",
        dateline="",
        embargo=None,
        first_created=datetime(2018, 1, 31, 7, 26, 5, tzinfo=UTC),
    )
    # The summary's list of links is a list, not paragraphs run together.
    assert any(item.startswith("<ul>") or item.startswith("<a ") for item in stored.body)
    assert_not_public(stored, "<script", "onclick")


def test_typepad_keeps_subheads_and_quotes(realwire):
    _, pairs = realwire.ingest(FOLDER + "feedjira_TypePadNews.xml")
    bodies = [s.body for _, s in pairs.values()]
    assert any("<h3>Fixes &amp; Improvements</h3>" in body for body in bodies)
    assert any(item.startswith("<blockquote>") for body in bodies for item in body)


def test_herald_sun_sample(realwire):
    _, pairs = realwire.ingest(FOLDER + "rssparser_heraldsun.rss")
    _, stored = pairs["http://www.oreilly.com/example/001.html"]
    expect(
        stored,
        headline="The First Item",
        first="This is the first item.",
        words_stored=5,
        credit="Another Site",
        bylines=[],
    )
