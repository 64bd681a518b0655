"""A story a regional site takes from a news syndicate names the outlet
that wrote it, then the network ("The Korea Herald/Asia News Network"):
that outlet is the story's credit, and the line is no headline or text."""

from dateline.ingest.pasted import parse_page_text

PAGE = """Asia News Hub
Home
World

S. Korea to expand free flu shots to people in their 60s

{credit_line}
Published: October 25, 2023 10:41 AM

South Korea will offer free flu shots to people aged 60 and above from next month, the health authorities said Wednesday.

About 3 million more people will be eligible, according to the Korea Disease Control and Prevention Agency.
"""


def test_the_outlet_before_the_network_is_the_credit():
    story = parse_page_text(PAGE.format(credit_line="The Korea Herald/Asia News Network"))
    assert story.headline == "S. Korea to expand free flu shots to people in their 60s"
    assert story.credit == "The Korea Herald"
    assert story.bylines == []
    assert len(story.paragraphs) == 2


def test_a_byline_form_of_it_reads_the_same():
    story = parse_page_text(PAGE.format(credit_line="By The Jakarta Post / Asia News Network"))
    assert story.credit == "The Jakarta Post"
    assert story.bylines == []
