"""A site prints today's date in its header, above the masthead and menus;
the story's own day, printed nearer the headline, dates the story."""

from datetime import datetime

from dateline.ingest.pasted import parse_page_text

PAGE = """October 26, 2023
Home
News
Politics
{story_day}
Seoul court orders release of detained activist on bail

A Seoul court on Wednesday ordered the release of a detained labour activist on bail, citing the length of his detention so far.

His lawyers said he would appear at the next hearing in November.
"""


def test_the_day_nearest_the_headline_dates_the_story():
    story = parse_page_text(PAGE.format(story_day="October 25, 2023"))
    assert story.headline == "Seoul court orders release of detained activist on bail"
    assert story.published == datetime(2023, 10, 25)


def test_a_story_day_with_a_clock_wins_over_the_site_today():
    story = parse_page_text(PAGE.format(story_day="Politics 17:40 October 24, 2023"))
    assert story.published == datetime(2023, 10, 24, 17, 40)
