"""Staff see "Edit this story" on public story pages; readers' browsers never
ask for it, and their pages are the same."""

import pytest

from .browser_helpers import check_both_widths, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def newsroom_requests(page):
    seen = []
    page.on("request", lambda request: seen.append(request.url) if "/edit-link/" in request.url else None)
    return seen


def test_readers_never_ask_and_see_no_edit_link(live_server, page, make_story):
    story = make_story()
    asked = newsroom_requests(page)
    page.goto(live_server.url + story.get_absolute_url())
    page.wait_for_load_state("networkidle")
    assert asked == []
    assert page.locator("text=Edit this story").count() == 0


def test_an_editor_gets_the_link_and_loses_it_on_signing_out(live_server, page, editor, make_story, axe):
    story = make_story(headline="Typo reported in a month-old story")
    sign_in(page, live_server, "eddie")
    page.goto(live_server.url + story.get_absolute_url())
    page.click("text=Edit this story")
    page.wait_for_url(f"{live_server.url}/newsroom/story/{story.public_id}/")

    page.goto(f"{live_server.url}/view/{story.public_id}/history/")
    page.wait_for_selector("text=Edit this story")
    page.goto(live_server.url + story.get_absolute_url())
    page.wait_for_selector("text=Edit this story")
    assert check_both_widths(page, axe) == []

    page.goto(live_server.url + "/newsroom/")
    page.click("button:has-text('Sign out')")
    page.wait_for_url("**/newsroom/login/")
    asked = newsroom_requests(page)
    page.goto(live_server.url + story.get_absolute_url())
    page.wait_for_load_state("networkidle")
    assert asked == [] and page.locator("text=Edit this story").count() == 0


def test_a_reporter_gets_no_link_to_a_published_story(live_server, page, reporter, make_story):
    story = make_story()
    sign_in(page, live_server, "rita")
    with page.expect_response(lambda r: "/edit-link/" in r.url):
        page.goto(live_server.url + story.get_absolute_url())
    page.wait_for_load_state("networkidle")
    assert page.locator("text=Edit this story").count() == 0


def test_an_expired_session_forgets_the_hint(live_server, page, editor, make_story):
    story = make_story()
    sign_in(page, live_server, "eddie")
    page.context.clear_cookies(name="sessionid")
    with page.expect_response(lambda r: "/edit-link/" in r.url) as answer:
        page.goto(live_server.url + story.get_absolute_url())
    assert answer.value.status == 401
    page.wait_for_function("!document.cookie.includes('dateline_staff=1')")
    asked = newsroom_requests(page)
    page.reload()
    page.wait_for_load_state("networkidle")
    assert asked == []
