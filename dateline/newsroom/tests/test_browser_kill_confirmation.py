"""In chromium with JavaScript off: an editor kills a story through the
confirmation step, and a cancelled kill changes nothing."""

import pytest
from playwright.sync_api import expect

from .browser_helpers import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("javascript", [False, True])
def test_editor_confirms_a_kill(live_server, browser, editor, make_story, axe, javascript):
    from dateline.stories.models import Story

    story = make_story(headline="Ministry denies report")
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    sign_in(page, live_server, "eddie")
    page.goto(f"{live_server.url}/newsroom/story/{story.public_id}/")
    page.fill("#wf-kill-reason", "The report was based on a forged document.")
    page.click("button:has-text('Kill story')")
    expect(page.locator("h1")).to_have_text("Kill “Ministry denies report”?")
    assert "This cannot be undone" in page.inner_text("main")
    if javascript:
        assert axe(page) == []
    page.click("text=Cancel, change nothing")
    expect(page.locator("#wf-kill-reason")).to_be_visible()
    story.refresh_from_db()
    assert story.status == Story.Status.PUBLISHED

    page.fill("#wf-kill-reason", "The report was based on a forged document.")
    page.click("button:has-text('Kill story')")
    expect(page.locator("h1")).to_have_text("Kill “Ministry denies report”?")
    page.click("main button:has-text('Kill story')")
    page.wait_for_selector("text=Killed. The public page now shows the notice.")
    story.refresh_from_db()
    assert story.status == Story.Status.KILLED
    context.close()
