"""The same page copied another way reads the same: Windows line endings,
trailing spaces and doubled blank lines change nothing on any labelled
page, and a page copied without the blank lines between its paragraphs
keeps its paragraphs apart and its linked headlines out of the body."""

import re

import pytest

from dateline.ingest.pasted import NoArticleFound, parse_page_text

from .page_checks import all_pages

PAGES = all_pages()


def _fields(text):
    try:
        story = parse_page_text(text)
    except NoArticleFound as exc:  # a page refused is refused however it was copied
        return ("refused", str(exc))
    return (
        story.headline,
        story.bylines,
        story.dateline.raw if story.dateline else None,
        story.published,
        story.credit,
        story.paragraphs,
        story.captions,
    )


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_line_endings_and_spacing_change_nothing(page):
    copied = re.sub(r"\n\s*\n", "\n\n\n", page.text).replace("\n", "  \r\n")
    assert _fields(copied) == _fields(page.text)


NO_BLANK_LINES = """Harbour city opens new ferry terminal
Published: 2024-03-03 09:15
By Choi Hana
The city of Busan opened a new ferry terminal on Sunday, doubling the number of boats that can dock at once.
Related Articles
Busan to host film festival in October
New bridge opens to traffic
The terminal cost 180 billion won and took four years to build, the city said.
Ferries to Jeju will move there next month.
"""


def test_paragraphs_copied_without_blank_lines_stay_apart():
    # The linked headlines end where the story's prose goes on, and two
    # sentences on two lines are two paragraphs.
    story = parse_page_text(NO_BLANK_LINES)
    assert story.headline == "Harbour city opens new ferry terminal"
    assert story.bylines == ["Choi Hana"]
    assert story.paragraphs == [
        "The city of Busan opened a new ferry terminal on Sunday, doubling the number of boats that can dock at once.",
        "The terminal cost 180 billion won and took four years to build, the city said.",
        "Ferries to Jeju will move there next month.",
    ]
