"""In chromium: a reporter with the shipped Reporter role writes a new story
and chooses its photos on the New story page, by mouse and by keyboard,
makes one the lead and creates the draft with them; the page with photos
chosen passes axe at 1366 and 390 px. Without scripts the same buttons show
the page again with the change and the text typed."""

import pytest
from playwright.sync_api import expect

from dateline.stories.models import Story

from .browser_helpers import check_both_widths, fill_body

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def no_autosave_meanwhile(settings):
    # The draft is created by the button here; autosave's own path is tested elsewhere.
    settings.NEWSROOM_AUTOSAVE_SECONDS = 600


@pytest.fixture
def pictures(make_photo):
    return {
        "typhoon": make_photo("Typhoon waves break over the sea wall in Jeju.", status="draft"),
        "flood": make_photo("A flooded road in Seogwipo.", alt_text="Cars stand in brown water up to their doors."),
        "market": make_photo("Market day in Seoul."),
    }


def test_a_reporter_picks_a_lead_photo_by_mouse_and_keyboard(live_server, page, sign_in_page, reporter, pictures, axe):
    typhoon, flood = pictures["typhoon"], pictures["flood"]
    sign_in_page(page, reporter)
    page.goto(f"{live_server.url}/newsroom/story/new/")
    page.fill("#id_headline", "Typhoon closes Jeju airport")
    fill_body(page, "Flights were cancelled on Sunday.\n\nFerries stayed in port.")

    # By mouse: the typhoon picture from the newest photos.
    page.click(f"[data-photo-results] button[value='add:{typhoon.public_id}']")
    expect(page.locator("#id_photos")).to_have_value(typhoon.public_id)
    expect(page.locator("[data-photo-announce]")).to_contain_text("added as the lead photo")

    # By keyboard: search, Tab to the match's Add, Enter.
    page.focus("#id_photo_q")
    page.keyboard.type("flooded")
    page.keyboard.press("Enter")  # the search, not Create draft
    expect(page.locator("[data-photo-results] li")).to_have_count(1)
    page.keyboard.press("Tab")  # Find photos
    page.keyboard.press("Tab")  # the match's Add
    assert page.evaluate("document.activeElement.value") == f"add:{flood.public_id}"
    page.keyboard.press("Enter")
    expect(page.locator("#id_photos")).to_have_value(f"{typhoon.public_id} {flood.public_id}")
    # Focus stays in the box, on the added photo's buttons: Shift+Tab back to Make lead.
    assert page.evaluate("document.activeElement.value") == f"remove:{flood.public_id}"
    page.keyboard.press("Shift+Tab")  # Move up
    page.keyboard.press("Shift+Tab")  # Make lead
    assert page.evaluate("document.activeElement.value") == f"lead:{flood.public_id}"
    page.keyboard.press("Enter")
    expect(page.locator("#id_photos")).to_have_value(f"{flood.public_id} {typhoon.public_id}")
    expect(page.locator("[data-chosen-photos] li").first).to_contain_text("Lead photo")
    expect(page.locator("[data-photo-announce]")).to_contain_text("is now the lead photo")
    assert not Story.objects.exists()  # nothing stored by the photo buttons

    assert check_both_widths(page, axe) == []
    page.click("button:has-text('Create draft')")
    expect(page.locator(".flash")).to_contain_text("Draft created.")
    story = Story.objects.get()
    assert story.created_by == reporter and story.headline == "Typhoon closes Jeju airport"
    assert story.photos == [flood.pk, typhoon.pk]
    assert story.revisions.get(number=1).data["photos"] == [flood.pk, typhoon.pk]
    expect(page.locator("[data-chosen-photos] li").first).to_contain_text(flood.public_id)


def test_without_javascript_the_buttons_show_the_page_again(live_server, browser, sign_in_page, reporter, pictures):
    typhoon, flood = pictures["typhoon"], pictures["flood"]
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in_page(page, reporter)
    page.goto(f"{live_server.url}/newsroom/story/new/")
    page.fill("#id_body", "Flights were cancelled on Sunday.")
    page.fill("#id_photo_q", "flooded")
    page.click("[data-photo-search]")
    expect(page.locator("[data-photo-results] li")).to_have_count(1)
    page.click(f"button[value='add:{flood.public_id}']")
    page.fill("#id_photo_q", "")
    page.click("[data-photo-search]")
    page.click(f"button[value='add:{typhoon.public_id}']")
    page.click(f"button[value='lead:{typhoon.public_id}']")
    expect(page.locator("#id_photos")).to_have_value(f"{typhoon.public_id} {flood.public_id}")
    expect(page.locator("#id_body")).to_have_value("Flights were cancelled on Sunday.")
    assert not Story.objects.exists()
    page.fill("#id_headline", "Typhoon closes Jeju airport")
    page.click("button:has-text('Create draft')")
    expect(page.locator(".flash")).to_contain_text("Draft created.")
    assert Story.objects.get().photos == [typhoon.pk, flood.pk]
    context.close()
