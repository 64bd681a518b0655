"""The thread desk's stories: adding and removing them keeps "More on this
story" fresh; unknown, unpublished and killed stories are refused with the
typed ID kept; a story moves from another thread only when asked; and an add
looks up the story's current thread once, in a fixed number of queries."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from dateline.newsroom.models import AuditLog
from dateline.stories.actions import SYSTEM, Kill
from dateline.threads.models import ThreadMembership
from dateline.threads.services import ThreadError, add_story, create_thread

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(db):
    return create_thread("Monsoon floods")


def detail(thread):
    return f"/threads/manage/{thread.slug}/"


@pytest.fixture
def killed(make_story):
    story = make_story("Harbour crane collapses in Busan")
    Kill(story, "The report was wrong.", actor=SYSTEM).execute()
    story.refresh_from_db()
    assert story.is_visible() and not story.is_listed()  # the case the old check let through
    return story


def membership_lookups(queries):
    """SELECTs asking which thread a story is in. (The page's member list and
    the timeline refresh read the table by thread, which is another question.)"""
    return [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().upper().startswith("SELECT")
        and 'FROM "search_threadmembership"' in q["sql"]
        and 'WHERE "search_threadmembership"."story_id" =' in q["sql"]
    ]


# Session, staff generation, user, its two permission sets and the thread (6);
# two savepoints and their releases (4); the story, the membership lookup,
# the insert (3); the timeline refresh: newest, count, update (3); the audit row.
ADD_QUERIES = 17


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
    assert 'The story was not added: <a href="#add-public_id">There is no story with the ID “NOPE-123”.</a>' in page


def test_unpublished_story_cannot_join(editor_client, thread, make_story):
    draft = make_story("Draft only", publish_it=False)
    response = editor_client.post(detail(thread), {"action": "add", "public_id": draft.public_id})
    assert response.status_code == 400
    assert "Only published stories can join a thread." in response.content.decode()
    assert not ThreadMembership.objects.exists()


def test_desk_refuses_a_killed_story_keeping_the_input(editor_client, killed):
    thread = create_thread("Port accidents")

    response = editor_client.post(
        f"/threads/manage/{thread.slug}/", {"action": "add", "public_id": killed.public_id, "move": "1"}
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "This story was killed; only published stories can join a thread." in page
    assert f'value="{killed.public_id}"' in page and 'aria-invalid="true"' in page
    assert 'name="move" value="1" aria-describedby="add-move-hint" id="add-move" checked' in page
    assert not ThreadMembership.objects.exists()


def test_no_path_adds_a_killed_story(killed):
    with pytest.raises(ThreadError, match="killed"):
        create_thread("Port accidents", stories=[killed])
    thread = create_thread("Port accidents")
    with pytest.raises(ThreadError, match="killed"):
        add_story(thread, killed)
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


@pytest.mark.parametrize("case", ["new", "moved", "refused", "already here"])
def test_membership_is_looked_up_once(editor_client, make_story, case):
    story = make_story("Rains flood farmland")
    thread = create_thread("Monsoon floods", stories=[story] if case == "already here" else [])
    if case in ("moved", "refused"):
        create_thread("Heatwave", stories=[story])

    with CaptureQueriesContext(connection) as ctx:
        response = editor_client.post(
            f"/threads/manage/{thread.slug}/",
            {
                "action": "add",
                "public_id": story.public_id,
                "move": "1" if case == "moved" else "",
            },
        )

    assert len(membership_lookups(ctx.captured_queries)) == 1, membership_lookups(ctx.captured_queries)
    home = ThreadMembership.objects.get(story=story).thread.title
    if case in ("new", "moved"):
        assert response.status_code == 302 and home == "Monsoon floods"
        moved_from = AuditLog.objects.get(action="thread-story-added").detail["moved_from"]
        assert moved_from == ("heatwave" if case == "moved" else "")
    else:
        assert response.status_code == 400 and not AuditLog.objects.filter(action="thread-story-added").exists()
        message = (
            "already in the thread “Heatwave”. Tick" if case == "refused" else "This story is already in this thread."
        )
        assert message in response.content.decode()


def test_a_plain_add_makes_a_fixed_number_of_queries(editor_client, make_story, django_assert_num_queries):
    """Pins the whole add, so a query creeping back in is noticed."""
    story = make_story("Rains flood farmland")
    thread = create_thread("Monsoon floods")

    with django_assert_num_queries(ADD_QUERIES):
        response = editor_client.post(
            f"/threads/manage/{thread.slug}/", {"action": "add", "public_id": story.public_id}
        )
    assert response.status_code == 302
