"""In chromium: an editor finds photos in the story editor, adds them, makes
one the lead, saves, and publishes the story with them; the editor with
photos passes axe at 1366 and 390 px; without scripts the same buttons save
the form and come back to the photos."""

import pytest
from playwright.sync_api import expect

from dateline.newsroom.tests.browser_helpers import check_both_widths
from dateline.photos.models import Photo
from dateline.stories.models import Story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_choose_lead_and_gallery_then_publish(live_server, page, sign_in_page, editor, draft, make_photo, axe):
    typhoon = make_photo(editor, caption="Typhoon reaches Jeju", alt_text="Waves break over a sea wall in Jeju.")
    flood = make_photo(editor, caption="Flooded road in Busan", alt_text="Cars stand in water on a Busan road.")
    make_photo(editor, caption="Market day in Seoul")
    sign_in_page(page, editor)
    page.goto(f"{live_server.url}/newsroom/story/{draft.public_id}/")
    page.fill("#id_photo_q", "typhoon")
    page.keyboard.press("Enter")  # the search, not the story's Save
    results = page.locator("[data-photo-results] li")
    expect(results).to_have_count(1)
    expect(results.first).to_contain_text(typhoon.public_id)
    page.click(f"[data-photo-results] button[value='add:{typhoon.public_id}']")
    page.fill("#id_photo_q", "flood")
    page.click("[data-photo-search]")
    page.click(f"[data-photo-results] button[value='add:{flood.public_id}']")
    expect(page.locator("#id_photos")).to_have_value(f"{typhoon.public_id} {flood.public_id}")
    # Make the flood picture the lead, by keyboard.
    page.focus(f"button[value='lead:{flood.public_id}']")
    page.keyboard.press("Enter")
    expect(page.locator("#id_photos")).to_have_value(f"{flood.public_id} {typhoon.public_id}")
    expect(page.locator("[data-chosen-photos] li").first).to_contain_text("Lead photo")
    expect(page.locator("[data-photo-announce]")).to_contain_text("is now the lead photo")
    assert check_both_widths(page, axe) == []
    page.click("button:has-text('Save')")
    expect(page.locator(".flash")).to_contain_text("Saved as revision")
    assert Story.objects.get(pk=draft.pk).photos == [flood.pk, typhoon.pk]

    page.click("button:has-text('Publish now')")
    expect(page.locator(".story-state .status")).to_have_text("Published")
    story = Story.objects.get(pk=draft.pk)
    assert story.live.photos == [flood.pk, typhoon.pk]
    assert Photo.objects.get(pk=flood.pk).status == Photo.Status.PUBLISHED


def test_without_javascript_the_buttons_save_and_come_back(
    live_server, browser, sign_in_page, editor, draft, make_photo
):
    typhoon = make_photo(editor, caption="Typhoon reaches Jeju", alt_text="Waves break over a sea wall in Jeju.")
    flood = make_photo(editor, caption="Flooded road in Busan", alt_text="Cars stand in water on a Busan road.")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in_page(page, editor)
    page.goto(f"{live_server.url}/newsroom/story/{draft.public_id}/")
    page.fill("#id_headline", "Typhoon and floods close roads")
    page.fill("#id_photo_q", "typhoon")
    page.click("[data-photo-search]")
    # Back at the photos, with the search's results and the typed headline saved.
    expect(page.locator("[data-photo-results] li")).to_have_count(1)
    assert page.url.endswith("?photo_q=typhoon#story-photos")
    page.click(f"button[value='add:{typhoon.public_id}']")
    expect(page.locator("[data-chosen-photos] li")).to_have_count(1)
    # The IDs can be typed too.
    page.fill("#id_photos", f"{page.input_value('#id_photos')} {flood.public_id}")
    page.click("button:has-text('Save')")
    expect(page.locator(".flash")).to_contain_text("Saved as revision")
    story = Story.objects.get(pk=draft.pk)
    assert story.headline == "Typhoon and floods close roads"
    assert story.photos == [typhoon.pk, flood.pk]
    page.click(f"button[value='lead:{flood.public_id}']")
    expect(page.locator("[data-chosen-photos] li").first).to_contain_text(flood.public_id)
    assert Story.objects.get(pk=draft.pk).photos == [flood.pk, typhoon.pk]
    context.close()
