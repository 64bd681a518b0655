"""Archive pages: stable date URLs, day pages in time order, section archives."""

from datetime import datetime

import pytest

from dateline.core.timefmt import newsroom_zone


def seoul(y, m, d, h=12, minute=0):
    return datetime(y, m, d, h, minute, tzinfo=newsroom_zone())


def test_day_page_lists_that_days_stories_in_time_order(client, make_story):
    make_story("Evening briefing", at=seoul(2024, 3, 5, 21))
    make_story("Morning briefing", at=seoul(2024, 3, 5, 0, 5))
    make_story("Next day story", at=seoul(2024, 3, 6, 0, 1))
    make_story("Unpublished draft", publish_it=False, at=seoul(2024, 3, 5, 10))
    html = client.get("/archive/2024/03/05/").content.decode()
    assert html.index("Morning briefing") < html.index("Evening briefing")
    assert "Next day story" not in html
    assert "Unpublished draft" not in html
    assert 'href="/archive/2024/03/04/"' in html and 'href="/archive/2024/03/06/"' in html


def test_month_and_year_pages_count_stories(client, make_story):
    make_story("First", at=seoul(2024, 3, 5))
    make_story("Second", at=seoul(2024, 3, 5, 13))
    make_story("Third", at=seoul(2024, 3, 20))
    month = client.get("/archive/2024/03/").content.decode()
    assert 'href="/archive/2024/03/05/"' in month
    assert "2 stories" in month
    year = client.get("/archive/2024/").content.decode()
    assert 'href="/archive/2024/03/"' in year
    assert "3 stories" in year


def test_archive_index_links_years_and_sections(client, make_story):
    make_story("Old story", at=seoul(2023, 1, 2))
    html = client.get("/archive/").content.decode()
    assert 'href="/archive/2023/"' in html
    assert 'href="/archive/section/north-korea/"' in html


def test_section_month_lists_only_that_section(client, make_story):
    make_story("Party convention", section="politics", at=seoul(2024, 4, 2))
    make_story("Border patrol", section="north-korea", at=seoul(2024, 4, 3))
    html = client.get("/archive/section/politics/2024/04/").content.decode()
    assert "Party convention" in html
    assert "Border patrol" not in html


@pytest.mark.parametrize(
    "path",
    [
        "/archive/2024/02/30/",
        "/archive/2024/13/",
        "/archive/1800/",
        "/archive/2024/1/",
        "/archive/section/no-such-section/",
        "/archive/2024/03/05/?page=99",
        "/archive/2024/03/05/?page=x",
    ],
)
def test_impossible_archive_urls_are_404(client, make_story, path):
    make_story("Anchor", at=seoul(2024, 3, 5))
    assert client.get(path).status_code == 404
