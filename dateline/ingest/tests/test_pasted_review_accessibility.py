"""The pasted-page review screens pass axe at desktop and phone widths and
lead to the editor by keyboard."""

import pytest
from django.contrib.auth.models import Permission

from dateline.ingest.importer import import_text

from .page_checks import PAGES


@pytest.mark.browser
@pytest.mark.parametrize("width", [1366, 390])
def test_pasted_pages_are_axe_clean_and_reach_the_editor_by_keyboard(
    live_server, page, axe, django_user_model, sign_in_page, sections, width
):
    text = next(PAGES.glob("07_*.txt")).read_text(encoding="utf-8").partition("\n=====\n")[2]
    story = import_text(text, draft=True, source="file:page.txt").story
    user = django_user_model.objects.create_user("desk", password="correct horse battery", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(codename__in=["view_incomingitem", "edit_any_story", "change_story", "publish_story"])
    )
    page.set_viewport_size({"width": width, "height": 900})
    sign_in_page(page, user)
    page.goto(live_server.url + "/newsroom/incoming/pasted/")
    assert page.locator("h1").inner_text() == "Pasted pages"
    assert axe(page) == []
    link = page.get_by_role("link", name=story.headline)
    link.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == story.headline
    assert axe(page) == []
    page.get_by_role("link", name="correct it in the editor").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"/newsroom/story/{story.public_id}/")
