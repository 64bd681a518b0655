"""The sender's desk notes (Story.desk_notes) show in the editor, marked as
not for publication, and are not a field anyone edits or posts back."""

from dateline.stories.models import Story

from .conftest import form_data


def test_desk_notes_are_shown_marked_and_kept(editor_client, draft):
    Story.objects.filter(pk=draft.pk).update(
        desk_notes=["Embargoed photos to follow.", "Call the Seoul bureau <first>."]
    )
    draft.refresh_from_db()
    page = editor_client.get(f"/newsroom/story/{draft.public_id}/").content.decode()
    assert "Desk notes" in page and "(not for publication)" in page
    assert "Embargoed photos to follow." in page
    assert "Call the Seoul bureau &lt;first&gt;." in page  # escaped like any text
    assert 'name="desk_notes"' not in page
    # Saving the form keeps them.
    editor_client.post(f"/newsroom/story/{draft.public_id}/", form_data(draft, headline="Talks resume again"))
    draft.refresh_from_db()
    assert draft.headline == "Talks resume again"
    assert draft.desk_notes == ["Embargoed photos to follow.", "Call the Seoul bureau <first>."]


def test_a_story_without_notes_shows_no_notes_box(editor_client, draft):
    assert "Desk notes" not in editor_client.get(f"/newsroom/story/{draft.public_id}/").content.decode()
