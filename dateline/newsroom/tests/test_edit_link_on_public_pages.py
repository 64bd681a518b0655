"""Staff get an Edit link on public story pages without the pages changing
or costing a query for readers: the page is the same bytes for everyone, and
only a browser with the sign-in hint asks the newsroom for the link."""

import re

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from .conftest import PASSWORD

# The feedback form carries a fresh CSRF token and submission token on every
# render (the feedback app's business); everything else must be the same bytes.
_PER_RENDER = re.compile(rb'(name="(?:csrfmiddlewaretoken|token)" value=")[^"]*"')


def page_bytes(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return _PER_RENDER.sub(rb'\1"', response.content)


def test_the_article_page_is_identical_for_readers_and_staff(client, editor_client, make_story):
    story = make_story()
    path = story.get_absolute_url()
    reader = page_bytes(client, path)
    assert page_bytes(Client(), path) == reader
    assert page_bytes(editor_client, path) == reader
    assert f'data-staff-edit="/newsroom/story/{story.public_id}/edit-link/"'.encode() in reader


def test_the_article_page_still_costs_at_most_three_queries(client, make_story):
    story = make_story()
    client.get(story.get_absolute_url())
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(story.get_absolute_url()).status_code == 200
    assert len(ctx.captured_queries) <= 3


def test_signing_in_sets_the_hint_and_signing_out_clears_it(editor):
    browser = Client()
    response = browser.post("/newsroom/login/", {"username": editor.username, "password": PASSWORD})
    hint = response.cookies["dateline_staff"]
    assert hint.value == "1" and not hint["httponly"]
    response = browser.post("/newsroom/logout/")
    assert response.cookies["dateline_staff"].value == ""


def test_the_endpoint_answers_the_editor_url_to_those_who_may_edit(editor_client, reporter_client, client, make_story):
    story = make_story()
    answer = editor_client.get(f"/newsroom/story/{story.public_id}/edit-link/")
    assert answer.json() == {"url": f"/newsroom/story/{story.public_id}/", "signed_in": True}
    assert "no-cache" in answer["Cache-Control"] or "no-store" in answer["Cache-Control"]
    # A reporter may not edit a published story; a signed-out browser is told so.
    assert reporter_client.get(f"/newsroom/story/{story.public_id}/edit-link/").json()["url"] is None
    assert client.get(f"/newsroom/story/{story.public_id}/edit-link/").status_code == 401
    # A story that does not exist has no editor; what is not a story ID is no page.
    assert editor_client.get("/newsroom/story/DLN20991231000001310/edit-link/").json()["url"] is None
    assert editor_client.get("/newsroom/story/DLN2099/edit-link/").status_code == 404


def test_the_history_page_offers_it_too(client, make_story):
    story = make_story()
    assert b"data-staff-edit" in client.get(f"/view/{story.public_id}/history/").content
