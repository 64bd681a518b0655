"""Acceptance: the seed article, imported and opened in a real browser, reads
line for line as the original page did, from the skip links to the last
paragraph."""

import pytest

from dateline.ingest.importer import import_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def normalise(text):
    return " ".join(text.split())


def test_seed_page_text_appears_in_order(seed_text, sections, live_server, page):
    result = import_text(seed_text, source="seed")
    page.goto(live_server.url + result.story.get_absolute_url())
    body_text = normalise(page.evaluate("document.body.innerText"))

    lines = [normalise(line) for line in seed_text.splitlines() if line.strip()]
    last_paragraph = next(i for i, line in enumerate(lines) if line.startswith("According to an informed source"))
    position = 0
    for line in lines[: last_paragraph + 1]:
        found = body_text.find(line, position)
        assert found >= 0, f"seed line missing or out of order: {line[:80]!r}"
        position = found + len(line)


def test_seed_import_gives_the_seed_metadata(seed_text, sections):
    story = import_text(seed_text, source="seed").story
    version = story.live
    assert story.section.name == "North Korea"
    assert version.bylines == ["Kim Eun-jung"]
    assert version.dateline_city.upper() == "SEOUL"
    assert version.dateline_agency == "Yonhap"
    assert version.dateline_date.isoformat() == "2021-10-28"
    assert len(version.body) == 10
    assert story.public_id.startswith("DLN20211028")
