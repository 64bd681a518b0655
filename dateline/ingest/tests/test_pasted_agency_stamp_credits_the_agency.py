"""A wire agency's own page stamps the story with the agency's name where a
section would go ("KYODO NEWS - Mar 4, 2025 - 12:30 | World, All"): the copy
is the agency's, so the agency is the credit even when neither the dateline
nor a caption names it. A section in the same place ("National 11:37 ...")
credits no one."""

from dateline.ingest.pasted import parse_page_text

PAGE = """{stamp}

Japan, Philippines agree to boost coast guard drills

Facebook
X

MANILA - Japan and the Philippines agreed Tuesday to hold more joint coast guard exercises, officials said.

The ministers also confirmed plans to sign a pact on sharing military intelligence by the end of the year.
"""


def test_the_agency_in_the_stamp_is_the_credit():
    story = parse_page_text(PAGE.format(stamp="KYODO NEWS - Mar 4, 2025 - 12:30 | World, All"))
    assert story.credit == "Kyodo"
    assert story.published is not None and story.published.strftime("%Y-%m-%d %H:%M") == "2025-03-04 12:30"
    assert story.headline == "Japan, Philippines agree to boost coast guard drills"


def test_a_section_in_the_stamp_credits_no_one():
    story = parse_page_text(PAGE.format(stamp="World 12:30 March 04, 2025"))
    assert story.credit == ""
    assert story.published is not None and story.published.strftime("%Y-%m-%d %H:%M") == "2025-03-04 12:30"
