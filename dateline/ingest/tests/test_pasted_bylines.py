"""Bylines: names split out of "By ..." lines; titles and trailers dropped."""

import pytest

from dateline.ingest.pasted import parse_page_text

HEADLINE = "City council approves plan to turn disused rail yard into park"
LEAD = "DAEJEON, April 9 (Yonhap) -- The city council approved on Tuesday a plan to turn a disused rail yard into a public park."
SECOND = "Construction is due to start next spring and take about two years."


def page(byline: str = "", tail: str = "") -> str:
    parts = [HEADLINE, "Society 10:12 April 09, 2024"]
    if byline:
        parts.append(byline)
    parts += [LEAD, SECOND]
    if tail:
        parts.append(tail)
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Kim Eun-jung", ["Kim Eun-jung"]),
        ("By Kim Eun-jung and Lee Ji-won", ["Kim Eun-jung", "Lee Ji-won"]),
        ("By Ana Ruiz, Tom Becker and Yuki Sato", ["Ana Ruiz", "Tom Becker", "Yuki Sato"]),
        ("By Ana Ruiz, Tom Becker, and Yuki Sato", ["Ana Ruiz", "Tom Becker", "Yuki Sato"]),
        ("By Ana Ruiz & Tom Becker", ["Ana Ruiz", "Tom Becker"]),
        ("By Ana Ruiz and Tom Becker, Staff Reporters", ["Ana Ruiz", "Tom Becker"]),
        ("By Ana Ruiz, Staff Writer", ["Ana Ruiz"]),
        ("By Ana Ruiz, The Associated Press", ["Ana Ruiz"]),
        ("By Ana Ruiz, Senior Correspondent", ["Ana Ruiz"]),
        ("By Ana Ruiz, The Korea Herald", ["Ana Ruiz"]),
        ("By Ana Ruiz, AP Diplomatic Writer", ["Ana Ruiz"]),
        ("By Ana Ruiz (ana.ruiz@example.com)", ["Ana Ruiz"]),
        ("By Pieter van der Berg", ["Pieter van der Berg"]),
        ("BY KIM EUN-JUNG", ["KIM EUN-JUNG"]),
        ("by Kim Eun-jung", ["Kim Eun-jung"]),
    ],
)
def test_byline_names(line, names):
    story = parse_page_text(page(line))
    assert story.bylines == names
    assert story.headline == HEADLINE
    assert all(line not in p for p in story.paragraphs)


def test_no_byline():
    story = parse_page_text(page())
    assert story.bylines == []
    assert len(story.paragraphs) == 2


def test_title_only_byline_is_dropped():
    story = parse_page_text(page("By Staff Reporter"))
    assert story.bylines == []
    assert story.headline == HEADLINE
    assert story.paragraphs[1] == SECOND and len(story.paragraphs) == 2


@pytest.mark.parametrize(
    "tail",
    [
        "Reporting by Kenji Ito; Editing by Sarah Collins",
        "(Reporting by Kenji Ito and Mina Park; Editing by Sarah Collins)",
        "Additional reporting by Tom Becker in Busan",
        "Writing by Ana Ruiz; Editing by Tom Becker",
    ],
)
def test_reporting_credits_are_not_bylines_and_are_dropped(tail):
    story = parse_page_text(page(tail=tail))
    assert story.bylines == []
    assert story.paragraphs[-1] == SECOND


def test_first_byline_wins_when_a_page_repeats_it():
    story = parse_page_text(page("By Kim Eun-jung").replace(SECOND, "By Lee Ji-won\n\n" + SECOND))
    assert story.bylines == ["Kim Eun-jung"]


def test_sentence_starting_with_by_is_body_text():
    first = "By the time the council voted, most residents had already backed the plan."
    text = f"{HEADLINE}\n\n{first}\n\n{SECOND}\n"
    story = parse_page_text(text)
    assert story.bylines == []
    assert story.paragraphs == [first, SECOND]
