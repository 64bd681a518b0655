"""Boxes a page sets in or after the story are dropped whole, not line by
line: a video's transcript, a sponsored slot, a newsletter box with an
e-mail field, a subscription appeal whose first sentence stands alone."""

import pytest

from dateline.ingest.pasted import parse_page_text

HEAD = """Harbour city opens new ferry terminal

By Choi Hana
March 3, 2024 9:15 AM

BUSAN (Newswire) - A new ferry terminal opened in Busan on Sunday, doubling the number of berths for ships to Japan.

"""
TAIL = """
The terminal cost 230 billion won and took four years to build, officials said.
"""
BOXES = {
    "newsletter box": "Morning Digest\nThe day's top stories in your inbox.\nEmail address\nSign up\n",
    "subscription appeal": (
        "At a time like this, careful reporting matters more than ever.\n"
        "Your subscription helps us keep getting the story right.\nSUBSCRIBE NOW\n"
    ),
    "sponsored slot": "Sponsored\nLocal roofers say this is the best time to replace your roof\n",
}


@pytest.mark.parametrize("box", BOXES.values(), ids=BOXES.keys())
def test_a_box_between_paragraphs_leaves_no_line_in_the_body(box):
    story = parse_page_text(HEAD + box + TAIL)
    assert len(story.paragraphs) == 2
    assert story.paragraphs[-1].startswith("The terminal cost")


def test_a_sentence_followed_by_a_lone_subscribe_button_is_kept():
    # A story paragraph over a lone button is no appeal: only an appeal's own
    # wording or an e-mail field makes the block a box.
    story = parse_page_text(HEAD + "Ferries leave every two hours from the new berths.\nSubscribe\n" + TAIL)
    assert "Ferries leave every two hours from the new berths." in story.paragraphs


def test_a_video_transcript_is_not_the_story():
    page = """Rescuers reach miners trapped in flooded pit

Rescue teams reached eight miners trapped for three days in a flooded shaft, state media reported.

March 12, 2024, 9:41 AM EDT

Transcript
00:00
Rescuers have reached eight men who spent three days trapped underground.
00:06
Officials say all eight are in stable condition.
"""
    story = parse_page_text(page)
    assert story.paragraphs == [
        "Rescue teams reached eight miners trapped for three days in a flooded shaft, state media reported."
    ]
