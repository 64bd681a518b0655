"""Copied without blank lines, the paragraph closed by the wire's end mark
("... Monday. (END)") ends there: the reporter's address on the next line is
a sign-off of its own, and the paragraph is never dropped with it."""

from dateline.ingest.pasted import parse_page_text

PAGE = """Heavy rain leaves 2 dead in southern regions
National 19:30 July 16, 2023
By Kim Min-jae
GWANGJU, July 16 (Yonhap) -- Torrential rain pounded the southern regions for a third day Sunday, leaving two people dead, officials said.
Another person died when a retaining wall collapsed on a house in Gwangju.
The weather agency forecast up to 150 millimeters more rain in the region through Monday. (END)
mjkim@yna.co.kr
"""


def test_the_paragraph_with_the_end_mark_is_the_last():
    story = parse_page_text(PAGE)
    assert (
        story.paragraphs[-1]
        == "The weather agency forecast up to 150 millimeters more rain in the region through Monday."
    )
    assert len(story.paragraphs) == 3
    assert not any("mjkim@yna.co.kr" in p for p in story.paragraphs)
