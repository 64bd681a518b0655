"""A browser's immersive reader writes the site's name, the headline, its
reading time ("3 min read") and then the author's name alone, with no date:
the name is the byline and the page stays undated."""

from dateline.ingest.pasted import parse_page_text

PAGE = """Yonhap News Agency

Seoul to add late-night trains on two subway lines

3 min read

Park Ji-won

SEOUL, March 4 (Yonhap) -- Seoul will run extra trains after midnight on two subway lines from next month, the city government said Tuesday.

Trains on the two lines will run every 10 minutes until 1 a.m. on weekdays, the city said.

(END)
"""


def test_the_name_under_the_reading_time_is_the_byline():
    story = parse_page_text(PAGE)
    assert story.headline == "Seoul to add late-night trains on two subway lines"
    assert story.bylines == ["Park Ji-won"]
    assert story.published is None
    assert not any("min read" in p or "Park Ji-won" in p for p in story.paragraphs)


def test_the_name_over_the_reading_time_is_still_the_byline():
    page = PAGE.replace("3 min read\n\nPark Ji-won", "Park Ji-won\n\n3 min read")
    assert parse_page_text(page).bylines == ["Park Ji-won"]


def test_no_name_no_byline():
    page = PAGE.replace("Park Ji-won\n\n", "")
    assert parse_page_text(page).bylines == []
