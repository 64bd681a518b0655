"""The thread desk (/threads/manage/): who may use it, and creating,
renaming, adding and removing through it, with every bad input answered by a
form error that keeps what was typed."""

import pytest
from django.test import Client

from dateline.newsroom.models import AuditLog
from dateline.search.models import Thread, ThreadMembership
from dateline.search.threads import create_thread

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


def test_creating_a_thread_derives_the_slug_and_audits(editor_client):
    response = editor_client.post(INDEX, {"title": "  Heatwave   in Daegu "})
    created = Thread.objects.get(title="Heatwave in Daegu")
    assert created.slug == "heatwave-in-daegu"
    assert response.status_code == 302 and response["Location"] == detail(created)
    assert AuditLog.objects.filter(action="thread-created", detail__thread="heatwave-in-daegu").exists()


@pytest.mark.parametrize("title, message", [
    ("   ", "A thread needs a title."),
    ("monsoon FLOODS", "There is already a thread called"),
    ("x" * 201, "at most 200 characters"),
])
def test_bad_new_titles_are_form_errors_keeping_the_input(editor_client, thread, title, message):
    response = editor_client.post(INDEX, {"title": title})
    page = response.content.decode()
    assert response.status_code == 400
    assert message in page and 'aria-describedby="new-title-hint new-title-error"' in page
    assert f'value="{title}"' in page
    assert Thread.objects.count() == 1


def test_adding_a_story_refreshes_more_on_this_story(editor_client, thread, make_story):
    first = make_story("Rains flood farmland")
    second = make_story("River overflows its banks")
    editor_client.post(detail(thread), {"action": "add", "public_id": first.public_id})
    response = editor_client.post(detail(thread), {"action": "add", "public_id": f" {second.public_id} "})
    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.story_count == 2
    assert [entry["public_id"] for entry in thread.recent] == [second.public_id, first.public_id]
    assert AuditLog.objects.filter(action="thread-story-added", public_id=second.public_id).exists()
    article = Client().get(first.get_absolute_url()).content.decode()
    assert "More on this story" in article and "River overflows its banks" in article


def test_stories_are_listed_first_to_latest(editor_client, thread, make_story):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    later = make_story("Later story", at=now - timedelta(hours=1))
    earlier = make_story("Earlier story", at=now - timedelta(hours=5))
    for story in (later, earlier):
        editor_client.post(detail(thread), {"action": "add", "public_id": story.public_id})
    page = editor_client.get(detail(thread)).content.decode()
    assert page.index("Earlier story") < page.index("Later story")


def test_unknown_story_id_is_a_form_error(editor_client, thread):
    response = editor_client.post(detail(thread), {"action": "add", "public_id": "NOPE-123"})
    page = response.content.decode()
    assert response.status_code == 400
    assert "There is no story with the ID “NOPE-123”." in page and 'value="NOPE-123"' in page
    assert 'aria-describedby="add-public_id-hint add-public_id-error"' in page
    # The summary says what failed and links to the field it is about.
    assert ('The story was not added: <a href="#add-public_id">There is no story with the ID “NOPE-123”.</a>'
            in page)


def test_unpublished_story_cannot_join(editor_client, thread, make_story):
    draft = make_story("Draft only", publish_it=False)
    response = editor_client.post(detail(thread), {"action": "add", "public_id": draft.public_id})
    assert response.status_code == 400
    assert "Only published stories can join a thread." in response.content.decode()
    assert not ThreadMembership.objects.exists()


def test_story_in_another_thread_moves_only_when_asked(editor_client, thread, make_story):
    story = make_story("Rains flood farmland")
    other = create_thread("Heatwave", stories=[story])
    refused = editor_client.post(detail(thread), {"action": "add", "public_id": story.public_id})
    assert refused.status_code == 400
    assert "already in the thread “Heatwave”" in refused.content.decode()
    assert ThreadMembership.objects.get(story=story).thread == other

    moved = editor_client.post(detail(thread), {"action": "add", "public_id": story.public_id, "move": "1"})
    assert moved.status_code == 302
    assert ThreadMembership.objects.get(story=story).thread == thread
    other.refresh_from_db()
    assert other.story_count == 0 and other.recent == []
    assert AuditLog.objects.get(action="thread-story-added").detail["moved_from"] == "heatwave"


def test_removing_a_story_refreshes_the_thread(editor_client, make_story):
    stories = [make_story("Rains flood farmland"), make_story("River overflows")]
    thread = create_thread("Monsoon floods", stories=stories)
    response = editor_client.post(detail(thread), {"action": "remove", "story": stories[0].public_id})
    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.story_count == 1 and [e["public_id"] for e in thread.recent] == [stories[1].public_id]
    assert AuditLog.objects.filter(action="thread-story-removed", public_id=stories[0].public_id).exists()


def test_removing_a_story_not_in_the_thread_is_an_error(editor_client, thread, make_story):
    story = make_story("Elsewhere")
    response = editor_client.post(detail(thread), {"action": "remove", "story": story.public_id})
    assert response.status_code == 400
    assert "That story is not in this thread." in response.content.decode()


def test_renaming_keeps_the_slug(editor_client, thread):
    response = editor_client.post(detail(thread), {"action": "rename", "title": "Monsoon floods of 2026"})
    assert response.status_code == 302
    thread.refresh_from_db()
    assert (thread.title, thread.slug) == ("Monsoon floods of 2026", "monsoon-floods")
    assert AuditLog.objects.get(action="thread-renamed").detail["old_title"] == "Monsoon floods"


@pytest.mark.parametrize("title, message", [("", "A thread needs a title."),
                                            ("HEATWAVE", "There is already a thread called")])
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


def test_unknown_thread_is_404(editor_client):
    assert editor_client.get("/threads/manage/no-such-thread/").status_code == 404


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
    codes = [editor_client.post(detail(thread), {"action": "rename", "title": f"Floods {n}"}).status_code
             for n in range(61)]
    assert codes[:60] == [302] * 60 and codes[60] == 429
