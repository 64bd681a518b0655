"""The inbox lists and filters feedback, counts new items, shows each message
beside the paragraph the reader saw, and records who changed what and when."""

import re
from datetime import UTC, datetime, timedelta

import pytest

from dateline.feedback.models import Feedback, FeedbackEvent

pytestmark = pytest.mark.django_db


def listed_messages(client, query=""):
    response = client.get("/feedback/inbox/" + query)
    assert response.status_code == 200
    return set(re.findall(r'<td class="inbox-message">(.*?)</td>', response.content.decode()))


def test_inbox_counts_new_items(client, desk_user, make_feedback):
    make_feedback()
    make_feedback()
    make_feedback(status=Feedback.Status.RESOLVED)
    client.force_login(desk_user)
    assert ">2 new</a>" in client.get("/feedback/inbox/").content.decode()


@pytest.mark.parametrize(
    "query, expected",
    [
        ("?status=in_progress", {"working"}),
        ("?category=typo", {"typo"}),
        ("?section=SPORTS", {"sports"}),
        ("?story=OTHER", {"sports"}),
    ],
)
def test_filters(client, desk_user, make_feedback, make_story, query, expected):
    from dateline.stories.models import Section

    sports_story = make_story(headline="Match report", section="sports")
    make_feedback(message="working", status=Feedback.Status.IN_PROGRESS, category="error")
    make_feedback(message="typo", category="typo")
    make_feedback(message="sports", story=sports_story, category="context")
    query = query.replace("SPORTS", str(Section.objects.get(slug="sports").pk)).replace("OTHER", sports_story.public_id)
    client.force_login(desk_user)
    assert listed_messages(client, query) == expected


def test_date_filter_uses_the_newsroom_day(client, desk_user, make_feedback):
    # 2026-03-01 23:30 in Seoul is 14:30 UTC the same day.
    make_feedback(message="march 1", created_at=datetime(2026, 3, 1, 14, 30, tzinfo=UTC))
    make_feedback(message="march 2", created_at=datetime(2026, 3, 1, 15, 30, tzinfo=UTC))
    client.force_login(desk_user)
    assert listed_messages(client, "?since=2026-03-01&until=2026-03-01") == {"march 1"}
    assert listed_messages(client, "?since=2026-03-02") == {"march 2"}


def test_reversed_dates_are_a_form_error_not_a_crash(client, desk_user):
    client.force_login(desk_user)
    response = client.get("/feedback/inbox/?since=2026-03-02&until=2026-03-01")
    assert response.status_code == 200
    assert "must not be before" in response.content.decode()


def test_item_shows_the_paragraph_as_the_reader_saw_it_with_the_quote_marked(client, desk_user, story, make_feedback):
    from dateline.stories.actions import Actor, Update

    fb = make_feedback(paragraph=2, quote="a ministry spokesperson said")
    Update(
        story,
        actor=Actor.system("test"),
        changes={"body": ["Rewritten first.", "Rewritten second paragraph.", "Third."]},
    ).execute()
    client.force_login(desk_user)
    html = client.get(f"/feedback/inbox/{fb.pk}/").content.decode()
    assert "The talks will continue next week, <mark>a ministry spokesperson said</mark>." in html
    assert "Rewritten second paragraph" not in html
    assert "version 1 as the reader saw it" in html


def test_triage_changes_status_assignee_and_note_recording_who_and_when(client, desk_user, make_feedback):
    fb = make_feedback()
    client.force_login(desk_user)
    before = datetime.now(UTC) - timedelta(seconds=1)
    response = client.post(
        f"/feedback/inbox/{fb.pk}/",
        {
            "status": "in_progress",
            "assignee": str(desk_user.pk),
            "note": "Checking with the reporter.",
        },
    )
    assert response.status_code == 302
    fb.refresh_from_db()
    assert (fb.status, fb.assignee, fb.updated_by) == ("in_progress", desk_user, desk_user)
    events = list(FeedbackEvent.objects.filter(feedback=fb))
    assert {(e.kind, e.old_value, e.new_value) for e in events} == {
        ("status", "new", "in_progress"),
        ("assign", "", "desk"),
        ("note", "", ""),
    }
    assert all(e.actor == desk_user and e.at >= before for e in events)
    assert next(e.note for e in events if e.kind == "note") == "Checking with the reporter."
    page = client.get(response["Location"]).content.decode()
    assert "Your changes were saved." in page and "Checking with the reporter." in page


def test_saving_without_changes_records_nothing(client, desk_user, make_feedback):
    fb = make_feedback()
    client.force_login(desk_user)
    client.post(f"/feedback/inbox/{fb.pk}/", {"status": "new", "assignee": "", "note": "  "})
    assert not FeedbackEvent.objects.exists()


def test_cannot_assign_to_someone_off_the_desk(client, desk_user, outsider, make_feedback):
    fb = make_feedback()
    client.force_login(desk_user)
    response = client.post(f"/feedback/inbox/{fb.pk}/", {"status": "new", "assignee": str(outsider.pk)})
    assert response.status_code == 400
    fb.refresh_from_db()
    assert fb.assignee is None


def test_unknown_status_is_a_form_error(client, desk_user, make_feedback):
    fb = make_feedback()
    client.force_login(desk_user)
    assert client.post(f"/feedback/inbox/{fb.pk}/", {"status": "deleted"}).status_code == 400
