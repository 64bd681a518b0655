"""Autosave on the New story page keeps the photos chosen so far: the first
autosave creates the draft with them; a withdrawn or unknown photo is
refused in one line, and nothing is created."""

from dateline.stories.models import Story

AUTOSAVE = "/newsroom/story/new/autosave/"


def form(section, photos):
    return {"headline": "Snow closes mountain roads", "section": section.pk, "urgency": 3, "photos": photos}


def test_the_first_autosave_creates_the_draft_with_its_photos(reporter_client, section, make_photo):
    lead, gallery = make_photo(), make_photo(status="draft")
    response = reporter_client.post(AUTOSAVE, form(section, f"{gallery.public_id} {lead.public_id}"))
    assert response.status_code == 201
    story = Story.objects.get(public_id=response.json()["public_id"])
    assert story.photos == [gallery.pk, lead.pk]
    assert story.revisions.get(number=1).data["photos"] == [gallery.pk, lead.pk]

    # The page now autosaves to the story, photos and all.
    later = reporter_client.post(
        response.json()["autosave"], {**form(section, lead.public_id), "base_revision": 1, "body": "More."}
    )
    assert later.json()["revision"] == 2
    story.refresh_from_db()
    assert story.photos == [lead.pk]


def test_a_photo_that_cannot_be_used_is_refused_and_nothing_is_created(reporter_client, section, make_photo):
    gone = make_photo(status="withdrawn")
    for ids, message in (("NOPE123", "No photo has the ID NOPE123"), (gone.public_id, "has been withdrawn")):
        response = reporter_client.post(AUTOSAVE, form(section, ids))
        assert response.status_code == 400
        assert response.json()["ok"] is False and message in response.json()["error"]
    assert not Story.objects.exists()
