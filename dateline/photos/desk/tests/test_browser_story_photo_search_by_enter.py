"""Without scripts, pressing Enter in the story editor's photo search field
searches: the browser sends the form with its first button (the story's
Save), so a query typed since the page was shown is searched all the same,
and the story is saved as "Find photos" saves it. A query left in the field
from an earlier search does not take a later Save back to the photos."""

import pytest
from playwright.sync_api import expect

from dateline.stories.models import Story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_enter_in_the_photo_search_searches_without_javascript(
    live_server, browser, sign_in_page, editor, draft, make_photo
):
    typhoon = make_photo(editor, caption="Typhoon reaches Jeju", alt_text="Waves break over a sea wall in Jeju.")
    make_photo(editor, caption="Market day in Seoul")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        sign_in_page(page, editor)
        page.goto(f"{live_server.url}/newsroom/story/{draft.public_id}/")
        page.fill("#id_headline", "Typhoon closes Jeju airport")
        page.fill("#id_photo_q", "typhoon")
        page.press("#id_photo_q", "Enter")
        expect(page.locator("#photo-results-title")).to_contain_text("typhoon")
        expect(page.locator("[data-photo-results] li")).to_have_count(1)
        expect(page.locator("[data-photo-results] li").first).to_contain_text(typhoon.public_id)
        assert page.url.endswith("?photo_q=typhoon#story-photos")
        assert Story.objects.get(pk=draft.pk).headline == "Typhoon closes Jeju airport"
        # The query is still in the field; Save saves and stays a plain save.
        page.fill("#id_headline", "Typhoon closes Jeju airport for a day")
        page.click("button:has-text('Save')")
        expect(page.locator(".flash")).to_contain_text("Saved as revision")
        assert "photo_q" not in page.url
    finally:
        context.close()


def test_with_javascript_save_after_a_search_is_a_plain_save(
    live_server, page, sign_in_page, editor, draft, make_photo
):
    make_photo(editor, caption="Typhoon reaches Jeju", alt_text="Waves break over a sea wall in Jeju.")
    sign_in_page(page, editor)
    page.goto(f"{live_server.url}/newsroom/story/{draft.public_id}/")
    page.fill("#id_photo_q", "typhoon")
    page.press("#id_photo_q", "Enter")  # the script searches in place
    expect(page.locator("#photo-results-title")).to_contain_text("typhoon")
    page.fill("#id_headline", "Typhoon closes Jeju airport")
    page.click("button:has-text('Save')")
    expect(page.locator(".flash")).to_contain_text("Saved as revision")
    assert "photo_q" not in page.url
