"""The Incoming page passes axe and works with the keyboard alone: an editor
accepts an item and lands in the editor of the new draft."""

from datetime import UTC

import pytest
from django.contrib.auth.models import Permission

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
    page.wait_for_url("**/newsroom/incoming/")
    assert page.get_by_role("button", name="Set “Seoul and Washington discuss peace declaration” aside").count() == 1
    page.get_by_role("button", name="Set “Seoul and Washington discuss peace declaration” aside").click()
    page.locator("main").get_by_role("button", name="Set aside").click()
    page.wait_for_selector("text=was set aside")
    assert page.get_by_role("link", name="Seoul and Washington discuss peace declaration").count() == 0


@pytest.mark.browser
@pytest.mark.parametrize("width", [1366, 390])
def test_an_embargoed_item_with_desk_notes_is_axe_clean(live_server, page, axe, django_user_model, sign_in_page, width):
    from datetime import datetime, timedelta

    from dateline.ingest.models import IncomingItem

    until = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    item = f"""<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:embargoed" version="1">
      <itemMeta><itemClass qcode="ninat:text"/><embargoed>{until}</embargoed>
        <edNote>Contact the desk: +49 30 1234 5678</edNote></itemMeta>
      <contentMeta><headline>Held until tomorrow</headline><creditline>dpa</creditline></contentMeta>
      <contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>
        <p>Berlin (dpa) - The text readers will see.</p><h2>A subhead</h2>
        <table><tr><th>Team</th><th>Points</th></tr><tr><td>Hertha</td><td>30</td></tr></table>
        <p class="closingline">dpa xy zz</p></body></html></inlineXML></contentSet></newsItem>"""
    ingest_bytes(item.encode(), source="dpa")
    # What the picture step records (fetching is tested on its own): one kept, one not.
    IncomingItem.objects.update(
        pictures=[
            {"key": "urn:p:1", "url": "https://img.example/1.jpg", "caption": "Fans in Berlin.", "photo": "DLNP1"},
            {"key": "urn:p:2", "url": "https://img.example/2.jpg", "problem": "the server answered 404 Not Found"},
        ]
    )
    user = django_user_model.objects.create_user("desk", password="correct horse battery")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="ingest"))
    sign_in_page(page, user)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + "/newsroom/incoming/")
    assert page.locator(".embargo-badge").is_visible()
    assert axe(page) == []
    page.goto(live_server.url + f"/newsroom/incoming/{IncomingItem.objects.get().pk}/")
    assert page.locator(".embargo-notice").is_visible()
    assert "+49 30 1234 5678" in page.locator(".desk-notes").inner_text()
    assert "not taken in, the server answered 404" in page.locator(".incoming-pictures").inner_text()
    assert axe(page) == []
