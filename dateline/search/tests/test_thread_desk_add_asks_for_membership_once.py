"""Adding a story from the desk looks up the story's current thread once: the
service answers with the thread it was in, and the desk words its message
and audit entry from that instead of asking again."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dateline.newsroom.models import AuditLog
from dateline.search.models import ThreadMembership
from dateline.search.threads import create_thread

pytestmark = pytest.mark.django_db


def membership_lookups(queries):
    """SELECTs asking which thread a story is in. (The page's member list and
    the timeline refresh read the table by thread, which is another question.)"""
    return [q["sql"] for q in queries
            if q["sql"].lstrip().upper().startswith("SELECT") and 'FROM "search_threadmembership"' in q["sql"]
            and 'WHERE "search_threadmembership"."story_id" =' in q["sql"]]


@pytest.mark.parametrize("case", ["new", "moved", "refused", "already here"])
def test_membership_is_looked_up_once(editor_client, make_story, case):
    story = make_story("Rains flood farmland")
    thread = create_thread("Monsoon floods", stories=[story] if case == "already here" else [])
    if case in ("moved", "refused"):
        create_thread("Heatwave", stories=[story])

    with CaptureQueriesContext(connection) as ctx:
        response = editor_client.post(f"/threads/manage/{thread.slug}/", {
            "action": "add", "public_id": story.public_id, "move": "1" if case == "moved" else "",
        })

    assert len(membership_lookups(ctx.captured_queries)) == 1, membership_lookups(ctx.captured_queries)
    home = ThreadMembership.objects.get(story=story).thread.title
    if case in ("new", "moved"):
        assert response.status_code == 302 and home == "Monsoon floods"
        moved_from = AuditLog.objects.get(action="thread-story-added").detail["moved_from"]
        assert moved_from == ("heatwave" if case == "moved" else "")
    else:
        assert response.status_code == 400 and not AuditLog.objects.filter(action="thread-story-added").exists()
        message = ("already in the thread “Heatwave”. Tick" if case == "refused"
                   else "This story is already in this thread.")
        assert message in response.content.decode()


# Session, staff generation, user, its two permission sets and the thread (6);
# two savepoints and their releases (4); the story, the membership lookup,
# the insert (3); the timeline refresh: newest, count, update (3); the audit row.
ADD_QUERIES = 17


def test_a_plain_add_makes_a_fixed_number_of_queries(editor_client, make_story, django_assert_num_queries):
    """Pins the whole add, so a query creeping back in is noticed."""
    story = make_story("Rains flood farmland")
    thread = create_thread("Monsoon floods")

    with django_assert_num_queries(ADD_QUERIES):
        response = editor_client.post(f"/threads/manage/{thread.slug}/",
                                      {"action": "add", "public_id": story.public_id})
    assert response.status_code == 302
