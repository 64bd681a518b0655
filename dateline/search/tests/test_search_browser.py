"""The search and archive pages in a real browser: axe finds nothing, and
the search form works from the keyboard alone, without JavaScript."""

from datetime import datetime

import pytest
from django.core.management import call_command

from dateline.core.timefmt import newsroom_zone
from dateline.threads.services import create_thread

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def archive(make_story):
    at = datetime(2024, 3, 5, 9, tzinfo=newsroom_zone())
    stories = [
        make_story("End-of-war declaration gains support", at=at, keywords=["Peace"]),
        make_story("종전선언 논의 본격화", language="ko", at=at.replace(hour=10)),
    ]
    for n in range(25):
        make_story(f"Declaration follow-up number {n}", at=at.replace(hour=11, minute=n))
    call_command("reindex", "--no-progress", verbosity=0)
    create_thread("End-of-war declaration", stories=stories[:1])
    return stories


@pytest.mark.parametrize(
    "path",
    [
        "/search/",
        "/search/?q=declaration",
        "/search/?q=%22unbalanced",
        "/search/?q=x&date_from=2024-13-01",
        "/search/?q=%EC%A2%85%EC%A0%84%EC%84%A0%EC%96%B8",
        "/archive/",
        "/archive/2024/",
        "/archive/2024/03/",
        "/archive/2024/03/05/",
        "/archive/section/north-korea/",
        "/archive/section/north-korea/2024/03/",
        "/author/kim-eun-jung/",
        "/topic/peace/",
        "/thread/end-of-war-declaration/",
        "/threads/",
    ],
)
def test_no_axe_violations(archive, live_server, page, axe, path):
    page.goto(live_server.url + path)
    assert axe(page) == []


def test_article_with_thread_box_has_no_axe_violations(archive, live_server, page, axe):
    page.goto(live_server.url + archive[0].get_absolute_url())
    assert page.locator("aside.more-on-story").count() == 0  # the only story in its thread
    page.goto(live_server.url + archive[1].get_absolute_url())
    assert axe(page) == []


def test_search_by_keyboard_finds_korean_story(archive, live_server, page):
    page.goto(live_server.url + "/search/")
    page.get_by_label("Search for").focus()
    page.keyboard.type("종전선언")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=*")
    result = page.locator("ol.results li")
    assert result.count() == 1
    assert result.first.locator("mark").first.inner_text() == "종전선언"


def test_filters_and_pagination_work_without_javascript(archive, browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/search/")
    page.get_by_label("Search for").fill("declaration")
    page.get_by_label("Sort").select_option("date")
    page.get_by_role("button", name="Search", exact=True).last.click()
    assert "26 stories match" in page.locator(".result-count").inner_text()
    page.get_by_role("navigation", name="Search result pages").get_by_role("link", name="Next page").click()
    assert "Page 2 of 2" in page.locator("nav.pagination").inner_text()
    assert page.locator("ol.results li").count() == 6
    context.close()
