"""A live page lists its entries newest first, each under a time stamp
with its own heading and credits, its badge glued to the headline by the
copy: the story begins at the newest entry, the stamps are dropped, an
entry's credits close that entry and not the page, and the oldest entry's
agency dateline gives the credit."""

from dateline.ingest.pasted import parse_page_text

LIVE = """Section
LiveFerry services halted as storm nears Busan

By Seo Yu-ri
November 3, 2024 8:05 AM GMT+9 Updated 1 hour ago

What we know
Ferries to Jeju and Tsushima are cancelled
Schools close early in three districts

10:20 AM GMT+9
Port closes to small boats

The port authority ordered fishing boats to stay in harbour until Monday morning.

Reporting by Han Ji-won

8:05 AM GMT+9
Storm heads for the coast

BUSAN, Nov 3 (Newswire) - A storm with winds of up to 120 km per hour was heading for the southern coast on Sunday, forecasters said.

Reporting by Oh Min-jae; Editing by Lena Park

Site footer
"""


def test_the_story_begins_at_the_newest_entry_and_keeps_the_older_ones():
    story = parse_page_text(LIVE)
    assert story.headline == "Ferry services halted as storm nears Busan"
    assert story.paragraphs[0] == "Port closes to small boats"
    assert story.paragraphs[-1].endswith("on Sunday, forecasters said.")
    assert "Storm heads for the coast" in story.paragraphs


def test_entry_stamps_credits_and_the_summary_list_stay_out_of_the_body():
    story = parse_page_text(LIVE)
    body = "\n".join(story.paragraphs)
    for furniture in ("GMT+9", "Reporting by", "What we know", "Ferries to Jeju"):
        assert furniture not in body


def test_the_oldest_entry_dateline_gives_the_credit():
    assert parse_page_text(LIVE).credit == "Newswire"


def test_a_sign_off_without_a_later_entry_still_ends_the_story():
    page = LIVE.replace("8:05 AM GMT+9\nStorm heads", "Storm heads")
    story = parse_page_text(page)
    assert story.paragraphs[-1] == "The port authority ordered fishing boats to stay in harbour until Monday morning."
