"""A contributor's column names its writer in brackets before the title
and may carry the outlet's name as its byline: the writer is the byline, the
outlet over its own column is no credit, and the writer's bio at the foot is
not the text. A genre in brackets names no one."""

from dateline.ingest.pasted import parse_page_text

COLUMN = """Opinion > Viewpoints

[{kicker}] Why small libraries matter

By Korea Herald
Published : March 19, 2024 - 05:31

Every town in Korea once had a small library within walking distance of its schools.

Many of them have closed as budgets moved to large new buildings in city centres.

A library a child can walk to is worth more than one the parents must drive to.

Han Ji-won is a professor of sociology at Seowon University. The views expressed here are the writer's own. -- Ed.
"""


def test_the_bracketed_writer_signs_the_column():
    story = parse_page_text(COLUMN.format(kicker="Han Ji-won"))
    assert story.bylines == ["Han Ji-won"]
    assert story.credit == ""
    assert story.paragraphs[-1].startswith("A library a child can walk to")


def test_a_bracketed_genre_is_no_writer():
    story = parse_page_text(COLUMN.format(kicker="Herald Interview"))
    assert story.bylines == []
    assert story.credit == "Korea Herald"
