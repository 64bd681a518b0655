"""On a phone the search page shows the results right under the search box,
before the filters; the filters still narrow the search, and nothing
scrolls sideways."""

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def stories(make_story):
    make_story("Ceasefire declaration gains support")
    make_story("Declaration on trade signed", section="economy")
    call_command("reindex", "--no-progress", verbosity=0)


@pytest.mark.parametrize("width", [390, 1366])
def test_results_come_before_the_filters(stories, live_server, browser, axe, width):
    context = browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + "/search/")
    page.get_by_label("Search for").fill("declaration")
    page.get_by_label("Search for").press("Enter")
    first = page.locator(".results li").first.bounding_box()
    filters = page.get_by_role("heading", name="Filters").bounding_box()
    if width == 390:
        assert first["y"] < 700 and first["y"] < filters["y"]  # in the first screen, before the filters
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    else:  # beside the results on a wide screen
        assert filters["x"] > first["x"] + first["width"] - 1
    assert axe(page) == []
    page.get_by_label("Section", exact=True).select_option(label="Economy")
    page.get_by_role("button", name="Apply filters").click()
    assert "section=economy" in page.url and "q=declaration" in page.url
    assert page.locator(".results li").count() == 1
    context.close()
