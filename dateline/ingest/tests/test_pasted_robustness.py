"""Whatever is pasted, the parser either returns a whole story or says why not."""

import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dateline.ingest.pasted import NoArticleFound, parse_page_text

# Fragments that steer generated text into the parser's interesting corners.
FRAGMENTS = st.sampled_from(
    [
        "SEOUL",
        "ST. LOUIS",
        ", Oct. 28",
        " (Yonhap)",
        " (AP)",
        " --",
        " —",
        " _",
        " -",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        "\u00a0",
        "By ",
        "Kim Eun-jung",
        " and ",
        ", ",
        "Staff Reporters",
        "Related articles",
        "This photo shows",
        "(Photo courtesy of X)",
        "(END)",
        "Share",
        "Go to Contents",
        "North Korea 17:40 October 28, 2021",
        "2024-03-03 09:05",
        "Updated: ",
        "officials said.",
        "the talks ended",
        "A",
        "x" * 80,
        " ",
        ".",
        "“",
        "’",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(FRAGMENTS, max_size=80).map("".join))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("0 0 0 0 0 0 0 (END)\r0 a")  # "(END)" once read as a picture's credit: a caption kept as the story
def test_parse_returns_a_story_or_no_article_found(text):
    try:
        story = parse_page_text(text)
    except NoArticleFound as exc:
        assert "\n" not in str(exc)
        return
    assert story.headline.strip() == story.headline and story.headline
    assert story.paragraphs and all(p and p == p.strip() and "\n" not in p for p in story.paragraphs)
    assert not any(p.endswith("(END)") for p in story.paragraphs)


def test_a_two_megabyte_paste_is_refused_promptly_as_no_article_page():
    # 24,000 paragraphs are a book or a dump, not an article page: refused
    # with the reason, not published as one enormous story.
    paragraph = "SEOUL, Oct. 28 (Yonhap) -- Officials met again on Thursday to discuss the plan.\n\n"
    text = "Talks continue on regional rail plan\n\n" + paragraph * (2_000_000 // len(paragraph))
    started = time.monotonic()
    with pytest.raises(NoArticleFound, match=r"not an article page: \d+ paragraphs"):
        parse_page_text(text)
    assert time.monotonic() - started < 30  # generous: a shared CI box, not a benchmark
