"""The thread desk's titles: starting a thread derives its slug and is
audited, a rename keeps the slug, and a missing, duplicate or over-long
(over 200 characters) title is a form error beside the field that keeps what
was typed, with nothing saved or audited."""

import pytest

from dateline.newsroom.models import AuditLog
from dateline.threads.models import Thread
from dateline.threads.services import create_thread

pytestmark = pytest.mark.django_db


INDEX = "/threads/manage/"


@pytest.fixture
def thread(db):
    return create_thread("Monsoon floods")


def detail(thread):
    return f"/threads/manage/{thread.slug}/"


def test_creating_a_thread_derives_the_slug_and_audits(editor_client):
    response = editor_client.post(INDEX, {"title": "  Heatwave   in Daegu "})
    created = Thread.objects.get(title="Heatwave in Daegu")
    assert created.slug == "heatwave-in-daegu"
    assert response.status_code == 302 and response["Location"] == detail(created)
    assert AuditLog.objects.filter(action="thread-created", detail__thread="heatwave-in-daegu").exists()


@pytest.mark.parametrize(
    "title, message",
    [
        ("   ", "A thread needs a title."),
        ("monsoon FLOODS", "There is already a thread called"),
        ("x" * 201, "at most 200 characters"),
    ],
)
def test_bad_new_titles_are_form_errors_keeping_the_input(editor_client, thread, title, message):
    response = editor_client.post(INDEX, {"title": title})
    page = response.content.decode()
    assert response.status_code == 400
    assert message in page and 'aria-describedby="new-title-hint new-title-error"' in page
    assert f'value="{title}"' in page
    assert Thread.objects.count() == 1


def test_a_201_character_new_title_is_refused_and_kept(editor_client):
    title = "y" * 201

    response = editor_client.post("/threads/manage/", {"title": title})

    page = response.content.decode()
    assert response.status_code == 400
    assert '<a href="#new-title">A thread title has at most 200 characters.</a>' in page
    assert f'value="{title}"' in page
    assert not AuditLog.objects.filter(action="thread-created").exists()


def test_renaming_keeps_the_slug(editor_client, thread):
    response = editor_client.post(detail(thread), {"action": "rename", "title": "Monsoon floods of 2026"})
    assert response.status_code == 302
    thread.refresh_from_db()
    assert (thread.title, thread.slug) == ("Monsoon floods of 2026", "monsoon-floods")
    assert AuditLog.objects.get(action="thread-renamed").detail["old_title"] == "Monsoon floods"


@pytest.mark.parametrize(
    "title, message", [("", "A thread needs a title."), ("HEATWAVE", "There is already a thread called")]
)
def test_bad_renames_are_form_errors_keeping_the_input(editor_client, thread, title, message):
    create_thread("Heatwave")
    response = editor_client.post(detail(thread), {"action": "rename", "title": title})
    page = response.content.decode()
    assert response.status_code == 400
    assert message in page
    # What was typed stays (an empty input has no value attribute at all),
    # never the current title.
    assert f'value="{title}"' in page if title else 'value="Monsoon floods"' not in page
    thread.refresh_from_db()
    assert thread.title == "Monsoon floods"


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
