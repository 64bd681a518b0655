"""Accepting an incoming item opens the new draft in the story editor, and
the queue links the draft's ID to it."""

import pytest

from dateline.newsroom.staff import create_staff
from dateline.stories.models import Story

pytestmark = pytest.mark.django_db


def test_an_editor_lands_in_the_editor_of_the_new_draft(client, queued):
    client.force_login(create_staff("eve", "editor", "correct horse battery staple", validate=False))
    response = client.post(f"/newsroom/incoming/{queued.pk}/accept")
    story = Story.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/newsroom/story/{story.public_id}/"
    editor_page = client.get(response["Location"]).content.decode()
    assert f"is now draft {story.public_id}" in editor_page

    queue = client.get("/newsroom/incoming/?status=accepted").content.decode()
    assert f'as <a href="/newsroom/story/{story.public_id}/">{story.public_id}</a>' in queue
    item = client.get(f"/newsroom/incoming/{queued.pk}/").content.decode()
    assert f'<a href="/newsroom/story/{story.public_id}/">{story.public_id}</a>' in item


def test_a_refused_accept_stays_on_the_queue_with_the_reason(client, queued):
    client.force_login(create_staff("eve", "editor", "correct horse battery staple", validate=False))
    client.post(f"/newsroom/incoming/{queued.pk}/accept")
    again = client.post(f"/newsroom/incoming/{queued.pk}/accept")
    assert again["Location"] == "/newsroom/incoming/"
    assert "already a draft story" in client.get("/newsroom/incoming/").content.decode()
