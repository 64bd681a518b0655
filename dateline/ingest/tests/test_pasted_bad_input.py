"""Input with no article in it fails with one clear line, never a half story."""

import pytest

from dateline.ingest.pasted import NoArticleFound, decode_bytes, parse_page_text

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


# ------------------------------------------------------------ decode_bytes
@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"%PDF-1.7\n\x00\x00binary",
        "caf\xe9 au lait, cr\xe8me br\xfbl\xe9e".encode("latin-1"),
        HEADLINE.encode("cp949") + "\n\n서울 도서관".encode("cp949"),
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        bytes(range(1, 32)) * 10,
        b"\xff\xfe\x41",  # UTF-16 BOM with a truncated code unit
    ],
)
def test_decode_refuses_binary_and_non_utf8(data):
    with pytest.raises(NoArticleFound) as exc_info:
        decode_bytes(data)
    assert_one_line(exc_info, "not text: ")


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),
        lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
        lambda s: b"\xff\xfe" + s.encode("utf-16-le"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-be-bom", "utf-16-le-bom"],
)
def test_decode_accepts_utf8_and_utf16_with_bom(encode):
    text = f"{HEADLINE}\r\n\r\nSEOUL — Café owners and the 서울 library\u00a0agree.\n"
    assert decode_bytes(encode(text)) == text


def test_decode_empty_bytes_is_empty_text_and_parse_refuses_it():
    assert decode_bytes(b"") == ""
    with pytest.raises(NoArticleFound):
        parse_page_text(decode_bytes(b""))
