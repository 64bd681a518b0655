"""The live desk's poll answers counts and arrivals for each feed the person
may see, in a fixed number of queries."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from .conftest import write_draft


def feeds(response):
    assert response.status_code == 200, response.content
    return {f["key"]: f for f in response.json()["feeds"]}


def submit(client, story):
    assert client.post(f"/newsroom/story/{story.public_id}/workflow/", {"action": "submit"}).status_code == 302


def test_editors_see_new_submissions_incoming_copy_and_the_feedback_count(
    editor, editor_client, reporter_client, reporter, section, make_story
):
    from dateline.feedback.models import Feedback
    from dateline.ingest.models import IncomingItem

    opened = feeds(editor_client.get("/newsroom/live/"))
    assert {k: f["count"] for k, f in opened.items()} == {"submitted": 0, "incoming": 0, "feedback": 0}
    since = editor_client.get("/newsroom/live/").json()["now"]

    story = write_draft(reporter, section, "Flood warnings in Gangwon", ["Rain."])
    submit(reporter_client, story)
    IncomingItem.objects.create(source="AFP", format="ninjs", original_id="x1", headline="Quake off Japan")
    public = make_story()
    Feedback.objects.create(story=public, version=public.live, message="Typo in para 2", submission_token="t1")

    now = feeds(editor_client.get("/newsroom/live/", {"since": since}))
    assert now["submitted"]["count"] == 1
    assert now["submitted"]["new"] == [
        {"title": "Flood warnings in Gangwon", "url": f"/newsroom/story/{story.public_id}/"}
    ]
    assert now["incoming"]["count"] == 1 and now["incoming"]["new"][0]["title"] == "Quake off Japan"
    assert now["feedback"]["count"] == 1 and now["feedback"]["new"] == []

    later = (timezone.now() + timedelta(seconds=1)).isoformat()
    assert feeds(editor_client.get("/newsroom/live/", {"since": later}))["submitted"]["new"] == []


def test_reporters_get_only_the_feeds_their_role_allows(reporter_client):
    assert feeds(reporter_client.get("/newsroom/live/")) == {}


def test_signed_out_and_bad_times_are_clear_errors(client, editor_client):
    assert client.get("/newsroom/live/").status_code == 401
    response = editor_client.get("/newsroom/live/", {"since": "yesterday"})
    assert response.status_code == 400 and "since" in response.json()["error"]
    assert editor_client.post("/newsroom/live/").status_code == 405


def test_the_poll_costs_the_same_queries_however_much_waits(editor_client, reporter_client, reporter, section):
    since = (timezone.now() - timedelta(minutes=1)).isoformat()

    def measure():
        editor_client.get("/newsroom/live/", {"since": since})
        with CaptureQueriesContext(connection) as ctx:
            editor_client.get("/newsroom/live/", {"since": since})
        return len(ctx.captured_queries)

    few = measure()
    for i in range(8):
        story = write_draft(reporter, section, f"Story {i}", ["x"])
        submit(reporter_client, story)
    assert measure() == few
    assert few <= 10
