"""Dateline styles of different agencies, split off the first body paragraph."""

import pytest

from dateline.ingest.pasted import parse_page_text

HEADLINE = "Regional ministers agree to reopen cross-border rail freight route"
LEAD = "Transport ministers from five countries agreed on Tuesday to reopen a freight rail link."
SECOND = "The route has been closed to cargo trains since a bridge collapsed three years ago."


def page(first_paragraph: str) -> str:
    return f"{HEADLINE}\n\nBy Mira Halvorsen\n\n{first_paragraph}\n\n{SECOND}\n"


# (as written, city, country, month, day, agency)
VARIANTS = [
    ("SEOUL, Oct. 28 (Yonhap) --", "SEOUL", "", 10, 28, "Yonhap"),
    ("SEOUL (AP) —", "SEOUL", "", None, None, "AP"),
    ("WASHINGTON, Nov. 14 (Reuters) -", "WASHINGTON", "", 11, 14, "Reuters"),
    ("SEOUL —", "SEOUL", "", None, None, ""),
    ("TOKYO, Nov 3 (Kyodo) -", "TOKYO", "", 11, 3, "Kyodo"),
    ("BEIJING, March 5 (Xinhua) –", "BEIJING", "", 3, 5, "Xinhua"),
    ("PARIS, Sept. 9 (AFP) _", "PARIS", "", 9, 9, "AFP"),
    ("BERLIN, June 2 (dpa)", "BERLIN", "", 6, 2, "dpa"),
    ("PANMUNJOM, South Korea (AP) —", "PANMUNJOM", "South Korea", None, None, "AP"),
    ("NEW YORK (AP) —", "NEW YORK", "", None, None, "AP"),
    ("ST. LOUIS, Jan. 15 (AP) —", "ST. LOUIS", "", 1, 15, "AP"),
    ("HONG KONG, Aug. 4 (Reuters) -", "HONG KONG", "", 8, 4, "Reuters"),
    ("SEOUL, November 14 (Yonhap) --", "SEOUL", "", 11, 14, "Yonhap"),
    ("SEOUL, Feb. 29 (Yonhap) --", "SEOUL", "", 2, 29, "Yonhap"),
    ("SEOUL, Dec 2 (Yonhap) --", "SEOUL", "", 12, 2, "Yonhap"),
    ("WINSTON-SALEM, N.C. (AP) —", "WINSTON-SALEM", "N.C.", None, None, "AP"),
    ("ST. JOHN'S, Newfoundland (AP) —", "ST. JOHN'S", "Newfoundland", None, None, "AP"),
    ("MOSCOW, Monday (Reuters) -", "MOSCOW", "", None, None, "Reuters"),
    ("ULAANBAATAR, Mongolia, May 7 (AP) —", "ULAANBAATAR", "Mongolia", 5, 7, "AP"),
]


@pytest.mark.parametrize(
    ("written", "city", "country", "month", "day", "agency"), VARIANTS, ids=[v[0] for v in VARIANTS]
)
def test_dateline_variant(written, city, country, month, day, agency):
    story = parse_page_text(page(f"{written} {LEAD}"))
    dl = story.dateline
    assert (dl.city, dl.country, dl.month, dl.day, dl.agency) == (city, country, month, day, agency)
    assert dl.raw == written
    assert story.paragraphs == [LEAD, SECOND]


def test_em_dash_without_spaces():
    story = parse_page_text(page(f"SEOUL—{LEAD}"))
    assert (story.dateline.city, story.dateline.raw) == ("SEOUL", "SEOUL—")
    assert story.paragraphs[0] == LEAD


def test_dateline_alone_on_a_wrapped_first_line():
    story = parse_page_text(page(f"SEOUL, Oct. 28 (Yonhap) --\n{LEAD}"))
    assert story.dateline.raw == "SEOUL, Oct. 28 (Yonhap) --"
    assert story.paragraphs == [LEAD, SECOND]


def test_dateline_in_its_own_block():
    story = parse_page_text(page(f"SEOUL (AP) —\n\n{LEAD}"))
    assert story.dateline.agency == "AP"
    assert story.paragraphs == [LEAD, SECOND]


@pytest.mark.parametrize(
    "first",
    [
        "NATO allies agreed on Tuesday to reopen a freight rail link, officials said.",
        "U.S. officials said on Tuesday the freight rail link would reopen.",
        "Seoul, Oct. 28 (Yonhap) -- a lower-case city is not a dateline.",
        "EU ministers will meet again in June.",
    ],
)
def test_no_dateline_leaves_the_paragraph_whole(first):
    story = parse_page_text(page(first))
    assert story.dateline is None
    assert story.paragraphs == [first, SECOND]


def test_only_the_first_paragraph_loses_a_dateline():
    later = "WASHINGTON (AP) — A second dispatch quoted in the story."
    story = parse_page_text(page(f"SEOUL (AP) — {LEAD}") + f"\n{later}\n")
    assert story.dateline.city == "SEOUL"
    assert story.paragraphs[-1] == later
