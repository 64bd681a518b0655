"""The thread desk in a real browser: an editor signs in, creates a thread
and adds a story with the keyboard, the article then shows "More on this
story", and axe finds nothing on either desk page."""

import pytest
from playwright.sync_api import expect

from dateline.threads.services import create_thread

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery staple"


def test_editor_builds_a_thread_by_keyboard(make_story, live_server, page, axe):
    from dateline.newsroom.staff import create_staff

    create_staff("eddie", "editor", PASSWORD, name="Eddie Editor", validate=False)
    first = make_story("Monsoon rains flood farmland")
    second = make_story("Geum River overflows its banks")
    create_thread("Monsoon floods", stories=[first])

    page.goto(live_server.url + "/newsroom/login/?next=/threads/manage/")
    page.get_by_label("Username").fill("eddie")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/threads/manage/")
    assert axe(page) == []

    # An empty title is refused in place (the browser's own check is bypassed
    # to reach the server's error, as a browser without validation would).
    page.eval_on_selector("#new-title", "el => el.removeAttribute('required')")
    page.get_by_role("button", name="Create thread").click()
    expect(page.locator("#new-title-error")).to_have_text("A thread needs a title.")
    assert axe(page) == []

    page.get_by_label("Title").focus()
    page.keyboard.type("Geum River floods")
    page.keyboard.press("Enter")
    page.wait_for_url("**/threads/manage/geum-river-floods/")
    assert axe(page) == []

    page.get_by_label("Story ID").focus()
    page.keyboard.type(first.public_id)
    page.keyboard.press("Enter")
    expect(page.locator("#add-public_id-error")).to_contain_text("already in the thread “Monsoon floods”")
    assert axe(page) == []
    page.get_by_label("Move it from its current thread").check()
    page.get_by_role("button", name="Add story").click()
    rows = page.locator("table.suggestions tbody tr")
    expect(rows).to_have_count(1)
    page.get_by_label("Story ID").fill(second.public_id)
    page.get_by_label("Story ID").press("Enter")
    expect(rows).to_have_count(2)
    assert axe(page) == []

    page.goto(live_server.url + first.get_absolute_url())
    box = page.locator("aside.more-on-story")
    assert "Geum River floods" in box.inner_text() and "Geum River overflows its banks" in box.inner_text()
