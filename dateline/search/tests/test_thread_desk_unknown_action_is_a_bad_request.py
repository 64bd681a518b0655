"""A post naming no known action is answered 400 with a plain message, and
changes nothing (it used to be shown as a failed removal)."""

import pytest

from dateline.newsroom.models import AuditLog
from dateline.search.models import ThreadMembership
from dateline.search.threads import create_thread

pytestmark = pytest.mark.django_db


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
