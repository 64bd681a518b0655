"""The Incoming page passes axe and works with the keyboard alone: an editor
accepts an item and lands in the editor of the new draft."""

import pytest

from dateline.ingest.services import ingest_bytes
from dateline.newsroom.staff import create_staff


@pytest.mark.browser
def test_incoming_page_is_axe_clean_and_accepts_by_keyboard(live_server, page, axe, sample, sign_in_page):
    ingest_bytes(sample("agency_ninjs2.json"), source="Example Agency", origin="/wire/a.json")
    ingest_bytes(b"not a wire format \x00", source="Broken wire")
    user = create_staff("desk", "editor", "correct horse battery", validate=False)
    sign_in_page(page, user)
    page.goto(live_server.url + "/newsroom/incoming/")
    assert page.locator("h1").inner_text() == "Incoming"
    assert axe(page) == []
    page.get_by_role("link", name="Seoul and Washington discuss peace declaration").click()
    assert page.locator("h1").inner_text() == "Seoul and Washington discuss peace declaration"
    assert axe(page) == []
    page.go_back()
    button = page.get_by_role("button", name="Accept “Seoul and Washington discuss peace declaration” into a draft")
    button.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "is now draft" in page.locator("main").inner_text()
    draft_id = page.url.rstrip("/").rsplit("/", 1)[-1]
    assert page.get_by_label("Headline").input_value() == "Seoul and Washington discuss peace declaration"
    page.goto(live_server.url + "/newsroom/incoming/?status=accepted")
    page.get_by_role("link", name=draft_id).click()
    assert page.url.endswith(f"/newsroom/story/{draft_id}/")


@pytest.mark.browser
def test_setting_an_item_aside_is_confirmed_first(live_server, page, axe, sample, sign_in_page):
    ingest_bytes(sample("agency_ninjs2.json"), source="Example Agency", origin="/wire/a.json")
    sign_in_page(page, create_staff("desk", "editor", "correct horse battery", validate=False))
    page.goto(live_server.url + "/newsroom/incoming/")
    page.get_by_role("button", name="Set “Seoul and Washington discuss peace declaration” aside").click()
    assert page.locator("h1").inner_text() == "Set “Seoul and Washington discuss peace declaration” aside?"
    assert axe(page) == []
    page.get_by_role("link", name="Cancel, change nothing").click()
    assert page.get_by_role("button", name="Set “Seoul and Washington discuss peace declaration” aside").count() == 1
    page.get_by_role("button", name="Set “Seoul and Washington discuss peace declaration” aside").click()
    page.locator("main").get_by_role("button", name="Set aside").click()
    assert "was set aside" in page.locator("main").inner_text()
    assert page.get_by_role("link", name="Seoul and Washington discuss peace declaration").count() == 0
