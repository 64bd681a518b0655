"""Autosave on the New story page: the first autosave creates the draft (once)
and answers where it now lives; without a headline nothing is created and the
answer says what is missing."""

from dateline.newsroom.models import AuditLog
from dateline.stories.models import Story


def test_the_first_autosave_creates_the_draft_and_says_where(reporter_client, reporter, section):
    response = reporter_client.post(
        "/newsroom/story/new/autosave/",
        {
            "headline": "Snow closes mountain roads",
            "section": section.pk,
            "urgency": 3,
            "dateline_city": "Gangneung",
            "body": "",
            "body_html": "<p>Roads closed.</p><h2>Detours</h2>",
        },
    )
    assert response.status_code == 201
    data = response.json()
    story = Story.objects.get(public_id=data["public_id"])
    assert story.created_by == reporter and story.status == "draft" and story.revision == data["revision"] == 1
    assert story.body == ["Roads closed.", "<h2>Detours</h2>"] and story.dateline_city == "Gangneung"
    assert data["edit"] == f"/newsroom/story/{story.public_id}/"
    assert data["autosave"] == f"/newsroom/story/{story.public_id}/autosave/"
    assert AuditLog.objects.filter(action="story.create", story=story).count() == 1

    # Later autosaves go to the story's own autosave, as on any draft.
    later = reporter_client.post(
        data["autosave"],
        {
            "headline": "Snow closes mountain roads",
            "section": section.pk,
            "urgency": 3,
            "body": "More.",
            "base_revision": 1,
        },
    )
    assert later.json()["revision"] == 2
    assert Story.objects.count() == 1


def test_without_a_headline_nothing_is_created(reporter_client, section):
    response = reporter_client.post(
        "/newsroom/story/new/autosave/", {"headline": " ", "section": section.pk, "urgency": 4, "body": "Text"}
    )
    assert response.status_code == 400
    assert "type a headline" in response.json()["error"]
    assert not Story.objects.exists()


def test_only_people_who_may_write_stories_can_autosave_new_ones(client, db):
    assert client.post("/newsroom/story/new/autosave/", {"headline": "x"}).status_code == 302
    assert not Story.objects.exists()
