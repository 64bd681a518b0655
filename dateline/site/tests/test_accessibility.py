"""axe-core finds no violations on the public pages, and the skip links work
from the keyboard."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(make_story):
    story = make_story(headline="Parliament passes budget bill", section="politics", keywords=["budget"])
    for n in range(3):
        make_story(headline=f"Exporters report strong month {n}", section="economy")
    return story


@pytest.mark.parametrize("path", ["/", "/section/politics/", "ARTICLE", "/no-such-page/"])
def test_no_axe_violations(site, live_server, page, axe, path):
    url = site.get_absolute_url() if path == "ARTICLE" else path
    page.goto(live_server.url + url)
    assert axe(page) == []


def test_no_axe_violations_on_a_narrow_screen(site, live_server, browser, axe):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(live_server.url + site.get_absolute_url())
    assert axe(page) == []
    context.close()


def test_tab_reaches_go_to_contents_first_and_it_moves_focus_to_the_article(site, live_server, page):
    page.goto(live_server.url + site.get_absolute_url())
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Go to Contents"
    assert page.evaluate("document.activeElement.getBoundingClientRect().left") >= 0  # visible when focused
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.id")
    assert focused == "contents"
    # The next Tab continues inside the article, not back at the top of the page.
    page.keyboard.press("Tab")
    inside = page.evaluate("document.getElementById('contents').contains(document.activeElement)")
    assert inside


def test_second_tab_is_go_to_navigation(site, live_server, page):
    page.goto(live_server.url + site.get_absolute_url())
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Go to Navigation"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "navigation"
