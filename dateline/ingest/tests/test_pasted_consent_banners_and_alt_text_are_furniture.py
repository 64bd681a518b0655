"""A cookie or consent banner, copied above the page or after its footer,
and a picture's alt text, which some browsers copy as a line of its own
over the caption, are not the story."""

from dateline.ingest.pasted import parse_page_text

STORY = """Harbour city opens new ferry terminal

By Choi Hana
March 3, 2024 9:15 AM

Ferry passengers board at the new terminal
Ferry passengers board at the new terminal in Busan on Sunday. (Newswire)

BUSAN (Newswire) - A new ferry terminal opened in Busan on Sunday, doubling the number of berths for ships to Japan.

The terminal cost 230 billion won and took four years to build, officials said.
"""
BANNER = (
    "We use cookies to improve your experience and to show you relevant advertising. "
    "By clicking Accept, you agree to the storing of cookies on your device.\nAccept All Cookies\nReject All\n"
)


def test_a_banner_above_the_page_does_not_start_the_story():
    story = parse_page_text(BANNER + STORY)
    assert story.headline == "Harbour city opens new ferry terminal"
    assert story.paragraphs[0].startswith("A new ferry terminal opened")


def test_a_banner_after_the_footer_is_not_the_last_paragraph():
    story = parse_page_text(STORY + "\n" + BANNER)
    assert story.paragraphs[-1] == "The terminal cost 230 billion won and took four years to build, officials said."


def test_the_alt_text_line_over_its_caption_is_dropped_and_the_caption_kept():
    story = parse_page_text(STORY)
    assert story.captions == ["Ferry passengers board at the new terminal in Busan on Sunday. (Newswire)"]
    assert "Ferry passengers board at the new terminal" in story.dropped
