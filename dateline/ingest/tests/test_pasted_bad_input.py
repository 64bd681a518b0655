"""Input with no article in it fails with one clear line, never a half story."""

import pytest

from dateline.core.text import decode_text
from dateline.ingest.pasted import NoArticleFound, parse_page_text

HEADLINE = "Library extends opening hours during exam season"
BODY = "GWANGJU, June 3 (Yonhap) -- The city library will stay open until midnight for the next four weeks."


def assert_one_line(exc_info, prefix):
    message = str(exc_info.value)
    assert message.startswith(prefix)
    assert "\n" not in message and len(message) < 200


def test_no_article_found_is_a_value_error():
    assert issubclass(NoArticleFound, ValueError)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t\n\u00a0 \r\n",
        "Go to Contents Go to Navigation\n\nSend Feedback\nHow can we improve?\nThanks for your feedback!\n",
        "Share\nFacebook\nTwitter\n(C) Yonhap News Agency. All Rights Reserved\n",
        f"{HEADLINE}\n",
        f"{HEADLINE}\n\nEducation 09:00 June 03, 2024\n\nBy Seo Yu-na\n\nSend Feedback\n",
        "The library will stay open until midnight for the next four weeks.\n\nIt also plans to add seats.\n",
        "Education 09:00 June 03, 2024\n\nBy Seo Yu-na\n",
        "Politics\nMenu\nHome\n",
    ],
)
def test_parse_refuses_text_without_an_article(text):
    with pytest.raises(NoArticleFound) as exc_info:
        parse_page_text(text)
    assert_one_line(exc_info, "no article found: ")


def test_prose_without_headline_byline_or_dateline_says_so():
    with pytest.raises(NoArticleFound, match="no headline"):
        parse_page_text(
            "The library will stay open until midnight for the next four weeks.\n\nMore text follows here.\n"
        )


def test_article_copied_without_its_headline_gets_one_from_the_lead():
    # The byline and dateline show it is an article page; refusing it would
    # lose them and the body. The stand-in headline is marked for the desk.
    story = parse_page_text(f"{BODY}\n\nMore text follows here.\n")
    assert story.headline == "The city library will stay open until midnight for the next four weeks"
    assert story.headline_derived
    assert story.dateline.city == "GWANGJU"
    assert story.paragraphs[0].startswith("The city library will stay open")


def test_headline_without_body_says_so():
    with pytest.raises(NoArticleFound, match="no body"):
        parse_page_text(f"{HEADLINE}\n\nBy Seo Yu-na\n")


def test_only_captions_after_headline_is_no_article():
    with pytest.raises(NoArticleFound):
        parse_page_text(f"{HEADLINE}\n\nThis photo shows the reading room. (Yonhap)\n")


def test_empty_bytes_are_empty_text_and_no_article():
    assert decode_text(b"") == ""
    with pytest.raises(NoArticleFound):
        parse_page_text(decode_text(b""))
