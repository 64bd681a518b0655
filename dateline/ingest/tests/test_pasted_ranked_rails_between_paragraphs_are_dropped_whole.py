"""A desktop copy can set the page's right-hand rail, a ranked "Most Read"
list (a rank number, a headline and its date for each item), between two
paragraphs of the story. The whole list is furniture: its dates must not end
it early and leave its headlines in the body. A live page's time stamp still
ends an unranked list, where the first entry begins."""

from dateline.ingest.pasted import parse_page_text

PAGE = """Economy

Exports of ships climb for third straight month

Economy 08:00 March 05, 2025

By Lee Min-ho

SEOUL, March 5 (Yonhap) -- South Korea's exports of ships rose for a third straight month in February, data showed Wednesday.

Shipbuilders delivered 14 vessels worth $2.8 billion, up from 11 a year earlier, the trade ministry said.

Most Read
{rail}

Orders for liquefied natural gas carriers made up more than half of the total, the ministry said.

The ministry expects exports of ships to grow 10 percent this year.

(END)
"""

RANKED = """1
Ruling party names new floor leader
2025-03-04 16:42
2
Singer's comeback album tops charts
2025-03-04 11:20
3
Cold wave to ease from Thursday
2025-03-04 09:05"""


def test_a_ranked_rail_between_paragraphs_leaves_the_body_whole():
    story = parse_page_text(PAGE.format(rail=RANKED))
    assert len(story.paragraphs) == 4
    assert story.paragraphs[2].startswith("Orders for liquefied natural gas carriers")
    for furniture in ("Most Read", "Ruling party names", "Singer's comeback", "Cold wave to ease", "2025-03-04"):
        assert not any(furniture in p for p in story.paragraphs), furniture


def test_two_digit_ranks_count_too():
    rail = RANKED.replace("1\n", "01\n", 1).replace("2\n", "02\n", 1).replace("3\n", "03\n", 1)
    story = parse_page_text(PAGE.format(rail=rail))
    assert not any("Cold wave to ease" in p for p in story.paragraphs)
    assert len(story.paragraphs) == 4


def test_without_ranks_a_time_stamp_still_ends_the_list():
    # An unranked list of links under a heading, then a live page's first
    # entry under its time stamp: the entry is story, not part of the list.
    page = """Live updates: Storm hits south coast

Related
Ferries cancelled across the south

10:41 KST
Heavy rain has flooded roads in Busan and forced ferries to stay in port, officials said.

10:12 KST
Forecasters warned of more rain in the afternoon across the south coast, they said.
"""
    story = parse_page_text(page)
    assert any(p.startswith("Heavy rain has flooded roads") for p in story.paragraphs)
    assert not any("Ferries cancelled" in p for p in story.paragraphs)


def test_a_ranked_rail_spaced_by_blank_lines_is_dropped_whole():
    # Pasted through a word processor: a blank line under every line of the rail.
    story = parse_page_text(PAGE.format(rail=RANKED.replace("\n", "\n\n")))
    assert len(story.paragraphs) == 4
    for furniture in ("Ruling party names", "Singer's comeback", "Cold wave to ease", "2025-03-04"):
        assert not any(furniture in p for p in story.paragraphs), furniture


def test_a_subhead_after_a_compact_ranked_rail_stays_in_the_story():
    undated = "\n".join(ln for ln in RANKED.split("\n") if not ln.startswith("2025-"))
    page = PAGE.format(rail=undated).replace("\nOrders for liquefied", "\nWhy now\n\nOrders for liquefied")
    story = parse_page_text(page)
    assert "Why now" in story.paragraphs
    assert not any("Cold wave to ease" in p for p in story.paragraphs)
