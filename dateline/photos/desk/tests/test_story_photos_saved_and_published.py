"""A story's lead photo and gallery, chosen in the story editor, saved with
the story and published with it; publication is refused while a photo lacks
alt text or has been withdrawn."""

from dateline.photos.actions import WithdrawPhoto
from dateline.photos.models import Photo
from dateline.stories.actions import Actor, Publish
from dateline.stories.models import Story

from .conftest import form_data


def editor_url(story):
    return f"/newsroom/story/{story.public_id}/"


def test_lead_and_gallery_are_saved_in_order_with_the_story(editor_client, draft, make_photo):
    lead, second, third = make_photo(), make_photo(), make_photo()
    ids = f"{lead.public_id}, {second.public_id} {third.public_id}"
    response = editor_client.post(editor_url(draft), form_data(draft, photos=ids))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.photos == [lead.pk, second.pk, third.pk]
    # Kept in the revision like every working-copy field.
    assert draft.revisions.get(number=draft.revision).data["photos"] == [lead.pk, second.pk, third.pk]


def test_the_buttons_move_add_and_remove_without_scripts(editor_client, draft, make_photo):
    a, b, c = make_photo(), make_photo(), make_photo()
    post = lambda op: editor_client.post(  # noqa: E731
        editor_url(draft),
        form_data(draft, photos=" ".join(Photo.objects.get(pk=pk).public_id for pk in draft.photos), photo_op=op),
    )
    editor_client.post(editor_url(draft), form_data(draft, photos=f"{a.public_id} {b.public_id}"))
    draft.refresh_from_db()
    response = post(f"add:{c.public_id}")
    assert response["Location"].endswith("#story-photos")
    draft.refresh_from_db()
    assert draft.photos == [a.pk, b.pk, c.pk]
    post(f"lead:{c.public_id}")
    draft.refresh_from_db()
    assert draft.photos == [c.pk, a.pk, b.pk]
    post(f"down:{c.public_id}")
    draft.refresh_from_db()
    assert draft.photos == [a.pk, c.pk, b.pk]
    post(f"remove:{a.public_id}")
    draft.refresh_from_db()
    assert draft.photos == [c.pk, b.pk]


def test_an_unknown_or_withdrawn_photo_is_a_form_error_keeping_the_text(editor_client, editor, draft, make_photo):
    gone = make_photo(alt_text="A street.")
    WithdrawPhoto(gone, actor=Actor(editor)).execute()
    for ids, message in (("NOPE123", "No photo has the ID NOPE123"), (gone.public_id, "has been withdrawn")):
        response = editor_client.post(
            editor_url(draft), form_data(draft, photos=ids, headline="Floods close roads, schools")
        )
        assert response.status_code == 400
        page = response.content.decode()
        assert message in page
        assert "Floods close roads, schools" in page and f'value="{ids}"' in page
    draft.refresh_from_db()
    assert draft.photos == [] and draft.headline == "Talks resume in Panmunjom"


def test_the_editor_search_lists_choosable_photos(editor_client, editor, draft, make_photo):
    make_photo(caption="Typhoon hits Jeju island", alt_text="Waves.")
    make_photo(caption="Market day in Seoul")
    withdrawn = make_photo(caption="Typhoon damage, withdrawn")
    WithdrawPhoto(withdrawn, actor=Actor(editor)).execute()
    # Without scripts the search button saves the story and comes back with the results.
    response = editor_client.post(editor_url(draft), form_data(draft, photos="", photo_op="search", photo_q="typhoon"))
    assert response["Location"].endswith("?photo_q=typhoon#story-photos")
    page = editor_client.get(editor_url(draft) + "?photo_q=typhoon").content.decode()
    assert "Typhoon hits Jeju island" in page
    assert "Market day in Seoul" not in page and "Typhoon damage, withdrawn" not in page
    # The script's search answers JSON with the same photos.
    found = editor_client.get("/newsroom/photos/pick/?q=typhoon").json()["photos"]
    assert [p["label"] for p in found] == ["Typhoon hits Jeju island"]


def test_publishing_the_story_publishes_its_draft_photos(
    editor_client, editor, draft, make_photo, django_capture_on_commit_callbacks
):
    lead = make_photo(alt_text="Rescue workers on a flooded street.")
    gallery = make_photo(alt_text="A closed school gate.")
    editor_client.post(editor_url(draft), form_data(draft, photos=f"{lead.public_id} {gallery.public_id}"))
    response = editor_client.post(f"{editor_url(draft)}workflow/", {"action": "publish"})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Story.Status.PUBLISHED
    assert draft.live.photos == [lead.pk, gallery.pk]
    assert set(Photo.objects.values_list("status", flat=True)) == {Photo.Status.PUBLISHED}


def test_publication_is_refused_while_a_photo_lacks_alt_text(editor_client, editor, draft, make_photo):
    described = make_photo(alt_text="Rescue workers on a flooded street.")
    bare = make_photo()
    editor_client.post(editor_url(draft), form_data(draft, photos=f"{described.public_id} {bare.public_id}"))
    response = editor_client.post(f"{editor_url(draft)}workflow/", {"action": "publish"})
    assert response.status_code == 400
    assert f"Photo {bare.public_id} needs alt text" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Story.Status.DRAFT and draft.live is None
    # Nothing half-done: the described photo was not published on its own.
    assert Photo.objects.get(pk=described.pk).status == Photo.Status.DRAFT


def test_publication_is_refused_while_a_photo_is_withdrawn(editor, draft, make_photo):
    import pytest

    from dateline.stories.actions import StoryError

    photo = make_photo(alt_text="A closed school gate.")
    Story.objects.filter(pk=draft.pk).update(photos=[photo.pk])
    WithdrawPhoto(photo, actor=Actor(editor)).execute()
    with pytest.raises(StoryError, match=f"Photo {photo.public_id} has been withdrawn"):
        Publish(Story.objects.get(pk=draft.pk), actor=Actor(editor)).execute()
    assert Story.objects.get(pk=draft.pk).live_id is None
