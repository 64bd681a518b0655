"""A picture published alone (a wire's photo item, or a portal's copy of it)
has no text but its caption: that caption is the story's text, with the
agency's credit, not a page refused for having no body. A picture credited
without any caption still gives no story."""

import pytest

from dateline.ingest.pasted import NoArticleFound, parse_page_text

PHOTO = """Snow blankets Mount Seorak

Photos / 김하늘 / 2024-01-08 10:15:02
  • facebook
  • kakao

Snow blankets Mount Seorak

Hikers climb a snow-covered trail on Mount Seorak in Sokcho, Gangwon Province, on Jan. 8, 2024, after heavy snow overnight. (Yonhap)

(END)

(C) Yonhap News Agency. All Rights Reserved
"""


def test_the_caption_of_a_lone_picture_is_the_story():
    story = parse_page_text(PHOTO)
    assert story.headline == "Snow blankets Mount Seorak"
    assert story.paragraphs == [
        "Hikers climb a snow-covered trail on Mount Seorak in Sokcho, Gangwon Province, "
        "on Jan. 8, 2024, after heavy snow overnight. (Yonhap)"
    ]
    assert story.captions == []
    assert story.credit == "Yonhap"  # the picture's credit, never the "(END)" mark
    assert story.bylines == ["김하늘"]


def test_a_credit_without_a_caption_is_still_no_story():
    with pytest.raises(NoArticleFound):
        parse_page_text("Snow blankets Mount Seorak\n\n2024-01-08 10:15\n\nPhoto : YONHAP News\n")
