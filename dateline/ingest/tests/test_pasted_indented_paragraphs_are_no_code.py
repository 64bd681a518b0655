"""A page whose paragraphs come indented (a word processor's first-line
indent, a tab or four spaces), or whose every line shares one indent (a
margin, a quoted mail), is an article, not a source file: it is read, not
refused as code. A README with indented code is still refused."""

import re

import pytest

from dateline.ingest.pasted import NoArticleFound, parse_page_text

PAGE = """World
Japan and South Korea to hold first security talks in six years
By Aiko Tanaka
March 5, 2025 11:02 AM
TOKYO - Japan and South Korea will hold security talks involving their foreign and defense officials later this month, government sources said Wednesday.

The talks, to be held in Tokyo, will cover North Korea's missile launches and China's growing military activity, the sources said.

The two countries agreed to restart the dialogue at a meeting of their foreign ministers in February.

The last round of the talks was held in Seoul in 2019, before relations soured over wartime labor.
"""


@pytest.mark.parametrize("indent", ["\t", "    ", "\u00a0\u00a0\u00a0\u00a0"])
def test_indented_paragraphs_are_read(indent):
    text = re.sub(r"(?m)^(?=.{60,}$)", indent, PAGE)
    story = parse_page_text(text)
    assert story.headline == "Japan and South Korea to hold first security talks in six years"
    assert len(story.paragraphs) == 4
    assert story.paragraphs[0].startswith("Japan and South Korea will hold")


def test_a_page_indented_as_a_whole_is_read():
    story = parse_page_text(re.sub(r"(?m)^(?=\S)", "\t", PAGE))
    assert story.bylines == ["Aiko Tanaka"]
    assert len(story.paragraphs) == 4


def test_a_readme_with_indented_code_is_still_refused():
    readme = """Installing the tool

Run these commands in a shell:

    python -m venv .venv
    .venv/bin/pip install -e .
    .venv/bin/tool --init config.toml
    .venv/bin/tool serve --port 8000

Then open the address in a browser and sign in with the account you made.
"""
    with pytest.raises(NoArticleFound, match="README or source file"):
        parse_page_text(readme)
