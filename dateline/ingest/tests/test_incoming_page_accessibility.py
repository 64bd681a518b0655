"""The Incoming page passes axe and works with the keyboard alone."""

import pytest
from django.contrib.auth.models import Permission

from dateline.ingest.services import ingest_bytes


@pytest.mark.browser
def test_incoming_page_is_axe_clean_and_accepts_by_keyboard(live_server, page, axe, django_user_model, sample, sign_in_page):
    ingest_bytes(sample("agency_ninjs2.json"), source="Example Agency", origin="/wire/a.json")
    ingest_bytes(b"not a wire format \x00", source="Broken wire")
    user = django_user_model.objects.create_user("desk", password="correct horse battery")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="ingest"))
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
    assert axe(page) == []
