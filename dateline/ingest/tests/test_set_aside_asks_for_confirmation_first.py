"""Setting an incoming item aside (discarding it) takes a second step that
says what happens; only the confirmed POST changes the item."""

import pytest

from dateline.newsroom.staff import create_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(create_staff("eve", "editor", "correct horse battery staple", validate=False))
    return client


def test_the_first_step_explains_and_changes_nothing(editor_client, queued):
    response = editor_client.post(f"/newsroom/incoming/{queued.pk}/dismiss")
    html = response.content.decode()
    assert response.status_code == 200
    assert f"Set “{queued.headline}” aside?" in html and "no longer offers to accept it" in html
    assert f'<form method="post" action="/newsroom/incoming/{queued.pk}/dismiss"' in html
    assert '<input type="hidden" name="confirmed" value="yes">' in html
    queued.refresh_from_db()
    assert queued.status == "new"


def test_the_confirmed_step_sets_it_aside(editor_client, queued):
    response = editor_client.post(f"/newsroom/incoming/{queued.pk}/dismiss", {"confirmed": "yes"})
    assert response["Location"] == "/newsroom/incoming/"
    queued.refresh_from_db()
    assert queued.status == "rejected"


def test_a_reporter_gets_no_confirmation_page(client, queued):
    client.force_login(create_staff("rita", "reporter", "correct horse battery staple", validate=False))
    assert client.post(f"/newsroom/incoming/{queued.pk}/dismiss").status_code == 403
