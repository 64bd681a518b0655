"""A rename longer than 200 characters is a form error beside the field: the
text typed stays in the input, the summary links to it, and nothing is saved
or audited."""

import pytest

from dateline.newsroom.models import AuditLog
from dateline.search.threads import create_thread

pytestmark = pytest.mark.django_db


def test_a_201_character_rename_is_refused_and_kept(editor_client):
    thread = create_thread("Monsoon floods")
    title = "Monsoon " + "x" * 193
    assert len(title) == 201

    response = editor_client.post(f"/threads/manage/{thread.slug}/", {"action": "rename", "title": title})

    page = response.content.decode()
    assert response.status_code == 400
    assert "A thread title has at most 200 characters." in page
    assert f'value="{title}"' in page
    assert 'aria-describedby="rename-title-hint rename-title-error"' in page and 'aria-invalid="true"' in page
    assert '<a href="#rename-title">A thread title has at most 200 characters.</a>' in page
    thread.refresh_from_db()
    assert thread.title == "Monsoon floods"
    assert not AuditLog.objects.filter(action="thread-renamed").exists()


def test_a_201_character_new_title_is_refused_and_kept(editor_client):
    title = "y" * 201

    response = editor_client.post("/threads/manage/", {"title": title})

    page = response.content.decode()
    assert response.status_code == 400
    assert '<a href="#new-title">A thread title has at most 200 characters.</a>' in page
    assert f'value="{title}"' in page
    assert not AuditLog.objects.filter(action="thread-created").exists()
