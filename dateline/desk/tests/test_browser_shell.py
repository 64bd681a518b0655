"""In chromium: an editor walks every desk through the one navigation, and a
reporter who opens a desk beyond their role sees the shell's refusal."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_reaches_every_desk_from_the_navigation(live_server, page, sign_in_as):
    sign_in_as(page, "editor")
    nav = page.get_by_role("navigation", name="Newsroom")
    for label, heading in [
        ("Feedback", "Feedback inbox"),
        ("Threads", "Manage threads"),
        ("Incoming", "Incoming"),
        ("Stories", "Submitted"),
        ("New story", "New story"),
    ]:
        nav.get_by_role("link", name=label, exact=True).click()
        expect(page.locator("h1")).to_have_text(heading)
        expect(nav.get_by_role("link", name=label, exact=True)).to_have_attribute("aria-current", "page")
    assert nav.get_by_role("link", name="Staff").count() == 0


def test_reporter_is_told_which_role_the_inbox_needs(live_server, page, sign_in_as, axe):
    sign_in_as(page, "reporter")
    nav = page.get_by_role("navigation", name="Newsroom")
    assert nav.get_by_role("link", name="Feedback").count() == 0
    response = page.goto(live_server.url + "/feedback/inbox/")
    assert response.status == 403
    assert page.locator("h1").inner_text() == "Not allowed"
    assert "This needs the Editor or Chief editor role. Your role is Reporter." in page.inner_text("main")
    page.get_by_role("link", name="Back to Stories").click()
    expect(page.locator("h1")).to_have_text("My drafts")


def test_the_chief_signs_out_from_the_navigation(live_server, page, sign_in_as):
    sign_in_as(page, "chief")
    page.get_by_role("navigation", name="Newsroom").get_by_role("button", name="Sign out").click()
    expect(page.locator("h1")).to_have_text("Newsroom sign-in")
