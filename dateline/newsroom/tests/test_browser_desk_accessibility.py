"""axe finds no violations on the desk's pages, and the editor's fields come
in a sensible order from the keyboard."""

import pytest

from .browser_helpers import fill_body, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESK_PAGES = [
    "/newsroom/",
    "/newsroom/list/submitted/",
    "/newsroom/list/scheduled/",
    "/newsroom/list/published/",
    "/newsroom/story/new/",
    "EDIT",
    "EDIT_PUBLISHED",
    "REVISIONS",
    "/newsroom/staff/",
    "/newsroom/sections/",
    "/newsroom/settings/",
    "/newsroom/audit/",
    "/newsroom/account/",
]


@pytest.fixture
def stories(make_story, draft, chief):
    from dateline.stories.actions import Actor, SaveWorkingCopy

    published = make_story(headline="Budget passes")
    SaveWorkingCopy(draft, {"headline": "Talks resume in Kaesong"}, actor=Actor(chief), base_revision=1).execute()
    return {
        "EDIT": f"/newsroom/story/{draft.public_id}/",
        "EDIT_PUBLISHED": f"/newsroom/story/{published.public_id}/",
        "REVISIONS": f"/newsroom/story/{draft.public_id}/revisions/?a=1&b=2",
    }


def test_sign_in_page_has_no_axe_violations(live_server, page, axe, db):
    page.goto(live_server.url + "/newsroom/login/")
    assert axe(page) == []


@pytest.mark.parametrize("path", DESK_PAGES)
def test_desk_pages_have_no_axe_violations(live_server, page, axe, chief, stories, path):
    sign_in(page, live_server, "chloe")
    page.goto(live_server.url + stories.get(path, path))
    assert axe(page) == []


def test_form_errors_and_the_conflict_page_have_no_axe_violations(live_server, browser, axe, chief, editor, draft):
    contexts = [browser.new_context(), browser.new_context()]
    a, b = (c.new_page() for c in contexts)
    sign_in(a, live_server, "chloe")
    sign_in(b, live_server, "eddie")
    url = f"{live_server.url}/newsroom/story/{draft.public_id}/"
    a.goto(url)
    b.goto(url)
    a.fill("#id_headline", "")
    a.evaluate("document.getElementById('id_headline').removeAttribute('required')")
    a.click("button:has-text('Save')")
    a.wait_for_selector(".error-summary")
    assert axe(a) == []
    a.goto(url)
    fill_body(a, "Changed by the chief.")
    a.click("button:has-text('Save')")
    a.wait_for_selector("text=Saved as revision 2.")
    fill_body(b, "Changed by the editor.")
    b.click("button:has-text('Save')")
    b.wait_for_selector("text=Your changes were not saved")
    assert axe(b) == []
    for c in contexts:
        c.close()


def test_tab_order_through_the_editor_follows_the_form(live_server, page, editor, draft):
    sign_in(page, live_server, "eddie")
    page.goto(f"{live_server.url}/newsroom/story/{draft.public_id}/")
    page.focus("#id_headline")
    order = ["id_headline"]
    for _ in range(12):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"))
    # The body's formatting toolbar is one stop (arrow keys move inside it).
    assert order == [
        "id_headline",
        "id_section",
        "id_urgency",
        "id_slugline",
        "id_staff_bylines",
        "id_other_bylines",
        "id_dateline_city",
        "id_dateline_country",
        "Subhead",
        "id_body-rich",
        "id_keywords",
        "id_ednote",
        "Save",
    ]
    # Keyboard only: typing and pressing Enter on Save saves.
    page.focus("#id_slugline")
    page.keyboard.type("TALKS")
    page.focus("button:has-text('Save')")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Saved as revision 2.")


def test_the_refusal_page_has_no_axe_violations(live_server, page, axe, reporter):
    sign_in(page, live_server, "rita")
    page.goto(live_server.url + "/newsroom/audit/")
    assert "Not allowed" in page.inner_text("h1")
    assert axe(page) == []


def test_the_editor_has_no_axe_violations_on_a_narrow_screen(live_server, browser, axe, editor, draft):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    sign_in(page, live_server, "eddie")
    page.goto(f"{live_server.url}/newsroom/story/{draft.public_id}/")
    assert axe(page) == []
    context.close()
