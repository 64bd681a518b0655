"""A page saved as Markdown by a reader app is still an article; a README is
not, whatever its headline looks like."""

import pytest

from dateline.ingest.pasted import NoArticleFound, parse_page_text

ARTICLE = """# Ferry operator adds night crossings to Jeju

By Kim Min-ji

MOKPO (Yonhap) -- A ferry operator will add night crossings between Mokpo and Jeju from next month.

## What changes

Boats will leave Mokpo at 11 p.m. and arrive at dawn.

## Fares

Night fares will be 10 percent cheaper than day fares.
"""

README = """# harbour-tools

Tools for harbour schedules.

## Install

```
pip install harbour-tools
```

## Use

    harbour --port Mokpo

Run the tests with `pytest`.
"""


def test_markdown_article_keeps_its_headline_without_the_heading_mark():
    story = parse_page_text(ARTICLE)
    assert story.headline == "Ferry operator adds night crossings to Jeju"
    assert story.bylines == ["Kim Min-ji"]
    assert story.paragraphs[0].startswith("A ferry operator will add night crossings")


def test_readme_with_code_is_refused_with_the_reason():
    with pytest.raises(NoArticleFound, match="README or source file"):
        parse_page_text(README)
