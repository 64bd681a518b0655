"""A page translator renders a Korean byline ("김민지 기자") as "Reporter Kim
Min-ji": the title first and no "By". The name is the byline, on the page and
in the line reader; a title-case headline that opens with "Reporter" is not."""

from dateline.ingest.bylines import parse_byline
from dateline.ingest.pasted import parse_page_text


def test_a_title_before_the_name_without_by_is_a_byline():
    assert parse_byline("Reporter Kim Min-ji") == ["Kim Min-ji"]
    assert parse_byline("Staff Correspondent Lee Ji-hoon") == ["Lee Ji-hoon"]


def test_a_title_case_headline_opening_with_reporter_is_no_byline():
    assert parse_byline("Reporter Held In Moscow") is None
    assert parse_byline("Reporter Wins Award After Probe") is None


def test_a_translated_page_keeps_the_reporter_as_byline():
    page = """Society
Seoul to ban delivery motorcycles from sidewalks
Reporter Kim Min-ji
Input 2025.03.04. 10:12
Seoul City announced on the 4th that it will ban delivery motorcycles from sidewalks starting in July.
Riders caught on sidewalks will be fined 40,000 won, the city said.
Reporter Kim Min-ji kimmj@chosun.com
"""
    story = parse_page_text(page)
    assert story.headline == "Seoul to ban delivery motorcycles from sidewalks"
    assert story.bylines == ["Kim Min-ji"]
    assert not any("Kim Min-ji" in p for p in story.paragraphs)
