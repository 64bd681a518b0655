"""In chromium: the chief editor adds a reporter, promotes her, resets her
password, and she signs in with the new one; editors see no Staff desk."""

import pytest

from .browser_helpers import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEW_PASSWORD = "a brand-new passphrase 42"


def test_chief_adds_promotes_and_resets_a_password(live_server, browser, chief, axe):
    chief_context = browser.new_context()
    page = chief_context.new_page()
    sign_in(page, live_server, "chloe")
    page.get_by_role("navigation", name="Newsroom").get_by_role("link", name="Staff").click()
    page.fill("#id_username", "mina")
    page.fill("#id_name", "Mina Park")
    page.select_option("#id_role", "reporter")
    page.fill("#id_password", "a-long-enough-password")
    page.click("button:has-text('Create account')")
    page.wait_for_selector("text=Account mina created.")

    page.get_by_role("link", name="Manage mina").click()
    assert page.locator("h1").inner_text() == "Mina Park"
    assert axe(page) == []
    page.select_option("#change-role", "editor")
    page.click("button:has-text('Change role')")
    page.wait_for_selector("text=mina is now editor")
    page.fill("#id_new_password1", NEW_PASSWORD)
    page.fill("#id_new_password2", NEW_PASSWORD)
    page.click("button:has-text('Set new password')")
    page.wait_for_selector("text=New password set for mina")

    page.get_by_role("navigation", name="Newsroom").get_by_role("link", name="Audit log").click()
    log = page.inner_text("main")
    assert "staff.create" in log and "staff.role" in log and "staff.password_reset" in log

    mina_context = browser.new_context()
    mina = mina_context.new_page()
    mina.goto(live_server.url + "/newsroom/login/")
    mina.fill("#id_username", "mina")
    mina.fill("#id_password", NEW_PASSWORD)
    mina.click("button:has-text('Sign in')")
    mina.wait_for_url(live_server.url + "/newsroom/")
    nav = mina.get_by_role("navigation", name="Newsroom")
    assert nav.get_by_role("link", name="Incoming").count() == 1  # an editor now
    assert nav.get_by_role("link", name="Staff").count() == 0
    for context in (chief_context, mina_context):
        context.close()
