"""In a real browser, Dateline's pages work under their Content-Security-
Policy: no script, style, frame or fetch of the public pages, the feedback
widget, the desk or the editor (autosave, preview) is refused."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def violations(page):
    found = []
    page.on("console", lambda m: found.append(m.text) if "Content Security Policy" in m.text else None)
    return found


def test_public_pages_and_the_feedback_widget(live_server, page, make_story):
    refused = violations(page)
    story = make_story()
    for path in ("/", f"/section/{story.section.slug}/", "/search/?q=peace", "/archive/"):
        page.goto(live_server.url + path)
    page.goto(f"{live_server.url}{story.get_absolute_url()}?feedback=open#feedback")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.querySelectorAll('script[src]').length") > 0
    assert refused == []


def test_the_desk_and_the_editor(live_server, page, make_story, sign_in_page):
    from dateline.newsroom.staff import create_staff

    refused = violations(page)
    chief = create_staff("chloe", "chief", "correct horse battery staple", name="Chloe", validate=False)
    sign_in_page(page, chief)
    story = make_story(publish_it=False)
    page.goto(f"{live_server.url}/newsroom/")
    page.goto(f"{live_server.url}/newsroom/story/{story.public_id}/")
    page.wait_for_load_state("networkidle")
    headline = page.locator("input[name=headline], textarea[name=headline]").first
    headline.fill("Seoul and Washington agree on a peace declaration")
    page.wait_for_timeout(1500)  # the autosave's fetch
    assert refused == []
