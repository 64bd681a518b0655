"""On every labelled page, no body paragraph holds a line labelled as page
furniture (`not-in-body:`) or a photo caption (`caption:`), whatever else
the parser gets wrong on that page. A page whose furniture is a known miss
must still fail here, so the label goes when it is fixed."""

import pytest

from dateline.ingest.pasted import parse_page_text

from .page_checks import all_pages

PAGES = all_pages()


def _marks(page):
    if "furniture" in page.known_misses:
        return [pytest.mark.xfail(strict=True, reason="furniture is a known miss on this page")]
    return []


@pytest.mark.parametrize("page", [pytest.param(p, id=p.name, marks=_marks(p)) for p in PAGES])
def test_no_furniture_in_the_body(page):
    story = parse_page_text(page.text)
    leaked = [line for line in page.furniture if any(line in para for para in story.paragraphs)]
    assert not leaked


@pytest.mark.parametrize("page", [p for p in PAGES if p.captions], ids=lambda p: p.name)
def test_no_caption_in_the_body(page):
    story = parse_page_text(page.text)
    # A caption may be cut from its credit in the body, so look for its words before the credit.
    leaked = [c for c in page.captions if any(c.split(". ")[0] in para for para in story.paragraphs)]
    assert not leaked
