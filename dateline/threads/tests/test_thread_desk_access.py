"""The thread desk (/threads/manage/): who may use it, and how it answers
requests it does not take: other methods, missing CSRF tokens, floods,
unknown threads and unknown actions."""

import pytest
from django.test import Client

from dateline.newsroom.models import AuditLog
from dateline.threads.models import Thread, ThreadMembership
from dateline.threads.services import create_thread

pytestmark = pytest.mark.django_db


PASSWORD = "correct horse battery staple"


INDEX = "/threads/manage/"


@pytest.fixture
def thread(db):
    return create_thread("Monsoon floods")


def detail(thread):
    return f"/threads/manage/{thread.slug}/"


def test_signed_out_visitors_are_sent_to_sign_in(client, thread):
    for path in (INDEX, detail(thread)):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith("/newsroom/login/")


def test_reporters_are_refused(staff_client, thread):
    reporter = staff_client("reporter")
    assert reporter.get(INDEX).status_code == 403
    assert reporter.get(detail(thread)).status_code == 403
    assert reporter.post(INDEX, {"title": "Heatwave"}).status_code == 403
    assert not Thread.objects.filter(title="Heatwave").exists()


@pytest.mark.parametrize("role", ["editor", "chief"])
def test_editors_and_chief_editors_may_use_the_desk(staff_client, thread, role):
    client = staff_client(role)
    index = client.get(INDEX)
    assert index.status_code == 200 and "Monsoon floods" in index.content.decode()
    assert client.get(detail(thread)).status_code == 200


def test_desk_navigation_links_to_threads_for_editors_only(staff_client):
    assert 'href="/threads/manage/"' in staff_client("editor").get("/newsroom/").content.decode()
    assert 'href="/threads/manage/"' not in staff_client("reporter").get("/newsroom/").content.decode()


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
@pytest.mark.parametrize("page", ["index", "thread"])
def test_other_methods_get_405(editor_client, method, page):
    thread = create_thread("Monsoon floods")
    url = "/threads/manage/" if page == "index" else f"/threads/manage/{thread.slug}/"

    response = getattr(editor_client, method)(
        url, "action=rename&title=Renamed", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "POST"}
    assert list(Thread.objects.values_list("title", flat=True)) == ["Monsoon floods"]


def test_posts_need_a_csrf_token(db, thread):
    from dateline.newsroom.staff import create_staff

    client = Client(enforce_csrf_checks=True)
    client.force_login(create_staff("eve", "editor", PASSWORD, name="Eve", validate=False))
    assert client.post(INDEX, {"title": "Heatwave"}).status_code == 403
    assert client.post(detail(thread), {"action": "rename", "title": "Heatwave"}).status_code == 403
    assert not Thread.objects.filter(title="Heatwave").exists()


def test_posts_are_rate_limited_per_user(editor_client, thread, monkeypatch):
    from types import SimpleNamespace

    import dateline.core.ratelimit

    # One fixed instant, so the 61 posts cannot straddle two one-minute windows.
    monkeypatch.setattr(dateline.core.ratelimit, "time", SimpleNamespace(time=lambda: 1_800_000_010.0))
    codes = [
        editor_client.post(detail(thread), {"action": "rename", "title": f"Floods {n}"}).status_code for n in range(61)
    ]
    assert codes[:60] == [302] * 60 and codes[60] == 429


def test_unknown_thread_is_404(editor_client):
    assert editor_client.get("/threads/manage/no-such-thread/").status_code == 404


@pytest.mark.parametrize("action", ["archive", "", "ADD"])
def test_unknown_action_is_400_and_changes_nothing(editor_client, make_story, action):
    story = make_story("Rains flood farmland")
    thread = create_thread("Monsoon floods", stories=[story])
    before = thread.updated_at
    data = {"title": "Renamed", "public_id": story.public_id, "story": story.public_id}
    if action:
        data["action"] = action

    response = editor_client.post(f"/threads/manage/{thread.slug}/", data)

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode() == f"Unknown action {action!r}: use add, remove or rename."
    thread.refresh_from_db()
    assert (thread.title, thread.updated_at) == ("Monsoon floods", before)
    assert list(ThreadMembership.objects.values_list("story_id", flat=True)) == [story.pk]
    assert not AuditLog.objects.filter(action__startswith="thread-").exclude(action="thread-created").exists()
