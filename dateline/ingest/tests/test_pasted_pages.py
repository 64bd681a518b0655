"""Every labelled test page parses to its labelled fields: headline, byline,
dateline, time, credit, first and last paragraph, paragraph count, captions,
and no page furniture left in the body. See pages/README.md."""
import pytest

from .page_checks import all_pages, check

PAGES = all_pages()


def test_there_are_at_least_forty_layouts():
    assert len(PAGES) >= 40


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_fields(page):
    failed = {k: {"expected": exp, "got": got} for k, (ok, exp, got) in check(page).items() if not ok}
    assert not failed, failed
