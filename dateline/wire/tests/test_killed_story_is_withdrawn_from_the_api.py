"""Kill means withdrawn everywhere: the subscriber API's /versions and /feed
answer a killed story's earlier versions with the kill notice and pubstatus
"canceled", never their text, as the public site does."""

import pytest

SECRET = "Officials from both countries met on Thursday"
NOTICE = "Kill: this story has been withdrawn. Do not use. Reason: The source withdrew the report."


@pytest.mark.parametrize("ver", ["2.1", "3.0"])
def test_versions_and_feed_serve_only_the_kill_notice(
    ver, make_story, update_story, kill_story, api, assert_valid_ninjs
):
    story = make_story(body=[f"{SECRET} to discuss the proposal.", "Talks continue next week."])
    update_story(story, headline="Talks end with agreement", ednote="ATTN: UPDATES with the agreement")
    before = api(f"/api/v1/items/{story.public_id}/versions", ninjs=ver)
    assert SECRET in before.content.decode()
    kill_story(story, "The source withdrew the report.")

    status, note = ("pubStatus", "edNote") if ver == "3.0" else ("pubstatus", "ednote")
    for response in (
        api(f"/api/v1/items/{story.public_id}/versions", ninjs=ver),
        api("/api/v1/feed", ninjs=ver, limit=100),
    ):
        assert response.status_code == 200
        assert SECRET not in response.content.decode() and "ATTN: UPDATES" not in response.content.decode()
        docs = [d for d in response.json()["items"] if d["uri"].endswith(story.public_id)]
        assert [int(d["version"]) for d in docs] == [1, 2, 3]
        for doc in docs:
            assert doc[status] == "canceled"
            assert doc[note] == NOTICE
            assert "descriptions" not in doc or all(d["role"] == "dateline" for d in doc["descriptions"])
            assert_valid_ninjs(doc, ver)
    newsml = api(f"/api/v1/items/{story.public_id}/newsml").content.decode()
    assert SECRET not in newsml and "stat:canceled" in newsml


def test_versions_of_a_killed_story_cost_the_same_queries_however_many(api, make_story, update_story, kill_story):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def cost(updates):
        story = make_story(f"Story with {updates} updates")
        for n in range(updates):
            update_story(story, headline=f"Update {n}", ednote=f"ATTN: UPDATES {n}", label="(LEAD)")
        kill_story(story)
        path = f"/api/v1/items/{story.public_id}/versions"
        api(path)
        with CaptureQueriesContext(connection) as ctx:
            assert api(path).status_code == 200
        return len(ctx.captured_queries)

    assert cost(1) == cost(6)
