"""Two people editing one story: the second save is refused, nothing is overwritten."""

import pytest

from dateline.stories.actions import EditConflict, SaveWorkingCopy
from dateline.stories.models import Story

from .conftest import form_data


def test_save_based_on_an_old_revision_raises_conflict_and_keeps_the_first(draft, desk_actor):
    base = draft.revision
    SaveWorkingCopy(draft, {"headline": "First editor's headline"}, actor=desk_actor, base_revision=base).execute()
    with pytest.raises(EditConflict) as caught:
        SaveWorkingCopy(draft, {"headline": "Second editor's headline"}, actor=desk_actor, base_revision=base).execute()
    assert "revision" in str(caught.value)
    draft.refresh_from_db()
    assert draft.headline == "First editor's headline"
    assert draft.revision == base + 1


def test_conflicting_save_in_the_editor_shows_both_texts_and_a_merge_form(draft, editor_client, chief_client):
    base = draft.revision
    first = chief_client.post(
        f"/newsroom/story/{draft.public_id}/", form_data(draft, body="Chief's first paragraph.", base_revision=base)
    )
    assert first.status_code == 302
    second = editor_client.post(
        f"/newsroom/story/{draft.public_id}/", form_data(draft, body="Editor's own paragraph.", base_revision=base)
    )
    assert second.status_code == 409
    html = second.content.decode()
    assert "Your changes were not saved" in html
    assert "Chief&#39;s first paragraph." in html or "Chief's first paragraph." in html
    assert "Editor&#39;s own paragraph." in html or "Editor's own paragraph." in html
    # The merge form is based on the revision that is now current, so saving it works.
    assert f'name="base_revision" value="{base + 1}"' in html
    assert Story.objects.get(pk=draft.pk).body == ["Chief's first paragraph."]


def test_saving_the_merge_form_after_a_conflict_succeeds(draft, editor_client, chief_client):
    base = draft.revision
    chief_client.post(f"/newsroom/story/{draft.public_id}/", form_data(draft, body="Chief.", base_revision=base))
    merged = editor_client.post(
        f"/newsroom/story/{draft.public_id}/", form_data(draft, body="Chief.\n\nEditor.", base_revision=base + 1)
    )
    assert merged.status_code == 302
    assert Story.objects.get(pk=draft.pk).body == ["Chief.", "Editor."]


def test_autosave_conflict_answers_409_json(draft, editor_client, chief_client):
    base = draft.revision
    chief_client.post(f"/newsroom/story/{draft.public_id}/autosave/", form_data(draft, body="A.", base_revision=base))
    response = editor_client.post(
        f"/newsroom/story/{draft.public_id}/autosave/", form_data(draft, body="B.", base_revision=base)
    )
    assert response.status_code == 409
    assert response.json()["conflict"] is True
    assert Story.objects.get(pk=draft.pk).body == ["A."]
