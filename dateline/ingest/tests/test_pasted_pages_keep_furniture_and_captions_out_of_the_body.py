"""On every labelled page, known misses or not, the body holds no page
furniture (no `not-in-body:` line) and no photo caption: a miss may leave a
field wrong for the desk to correct, never chrome or a caption published as
story text."""

import pytest

from dateline.ingest.pasted import parse_page_text

from .page_checks import all_pages

PAGES = all_pages()


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_body_holds_no_furniture_or_caption(page):
    story = parse_page_text(page.text)
    leaked = [line for line in page.furniture if any(line in p for p in story.paragraphs)]
    captions = [c for c in page.captions if c in story.paragraphs]
    assert not leaked, leaked
    assert not captions, captions
