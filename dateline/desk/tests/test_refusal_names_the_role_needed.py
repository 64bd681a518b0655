"""A refused desk page is the shell's styled 403: it keeps the navigation and
says which role the page needs."""

import pytest

pytestmark = pytest.mark.django_db


def test_reporter_at_the_feedback_inbox_is_told_editors_may(client_as):
    response = client_as("reporter").get("/feedback/inbox/")
    html = response.content.decode()
    assert response.status_code == 403
    assert '<nav class="desk-nav" aria-label="Newsroom">' in html
    assert "This needs the Editor or Chief editor role." in html
    assert "Your role is Reporter." in html


def test_editor_at_the_staff_screen_is_told_the_chief_may(client_as):
    response = client_as("editor").get("/newsroom/staff/")
    assert response.status_code == 403
    assert "This needs the Chief editor role." in response.content.decode()


def test_reporter_at_the_thread_desk_keeps_the_navigation(client_as):
    response = client_as("reporter").get("/threads/manage/")
    html = response.content.decode()
    assert response.status_code == 403
    assert '<a href="/newsroom/">Stories</a>' in html
    assert "This needs the Editor or Chief editor role." in html


def test_an_account_without_a_role_is_told_so(client_as):
    response = client_as("none").get("/newsroom/incoming/")
    html = response.content.decode()
    assert response.status_code == 403
    assert "Your account has no newsroom role." in html and "Editor or Chief editor" in html


def test_a_refusal_inside_a_page_keeps_its_reason(client_as, make_story, section):
    from dateline.stories.actions import SYSTEM, CreateStory

    draft = CreateStory(actor=SYSTEM, section=section, headline="Someone else's draft", body=["x"]).execute()
    response = client_as("reporter").get(f"/newsroom/story/{draft.public_id}/")
    assert response.status_code == 403
    assert "This story is not yours to open." in response.content.decode()


def test_anonymous_visitors_are_sent_to_sign_in_from_every_app(client):
    for path in ("/newsroom/incoming/", "/feedback/inbox/", "/threads/manage/", "/newsroom/staff/"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith("/newsroom/login/?next="), path
