"""With scripts off the body is the plain textarea, and blocks typed as HTML
on paragraphs of their own are saved as blocks."""

import pytest

from dateline.stories.models import Story

from .conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_textarea_edits_blocks_without_scripts(live_server, browser, editor, draft, axe):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/newsroom/login/")
    page.fill("#id_username", "eddie")
    page.fill("#id_password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.goto(f"{live_server.url}/newsroom/story/{draft.public_id}/")
    assert page.locator(".rte-content").count() == 0
    assert page.locator("#id_body").is_visible()
    page.fill("#id_body", "Delegates met on Monday.\n\n<h2>Reaction</h2>\n\n<ul>\n<li>Calm</li>\n<li>Hope</li>\n</ul>")
    page.click("button:has-text('Save')")
    page.wait_for_selector("text=Saved as revision 2.")
    assert Story.objects.get(pk=draft.pk).body == [
        "Delegates met on Monday.",
        "<h2>Reaction</h2>",
        "<ul><li>Calm</li><li>Hope</li></ul>",
    ]
    assert page.input_value("#id_body") == (
        "Delegates met on Monday.\n\n<h2>Reaction</h2>\n\n<ul><li>Calm</li><li>Hope</li></ul>"
    )
    context.close()
