"""Every save is a revision (who, when, what changed) and any revision can be restored."""

from dateline.stories.actions import RestoreRevision, SaveWorkingCopy
from dateline.stories.models import Revision

from .conftest import form_data


def test_each_save_records_who_and_which_fields_changed(draft, desk_actor, editor):
    SaveWorkingCopy(draft, {"headline": "New headline", "urgency": 2}, actor=desk_actor, base_revision=1).execute()
    revision = Revision.objects.get(story=draft, number=2)
    assert revision.created_by == editor
    assert "headline" in revision.note and "urgency" in revision.note
    assert revision.data["headline"] == "New headline"


def test_saving_unchanged_values_adds_no_revision(draft, desk_actor):
    saved = SaveWorkingCopy(draft, {"headline": draft.headline}, actor=desk_actor, base_revision=1).execute()
    assert saved.revision == 1
    assert draft.revisions.count() == 1


def test_restoring_an_old_revision_makes_it_the_newest(draft, desk_actor):
    SaveWorkingCopy(
        draft, {"headline": "Changed", "body": ["Changed body."]}, actor=desk_actor, base_revision=1
    ).execute()
    restored = RestoreRevision(draft, 1, actor=desk_actor, base_revision=2).execute()
    assert restored.revision == 3
    assert restored.headline == "Talks resume in Panmunjom"
    assert restored.body == ["Delegates met on Monday.", "Talks continue on Tuesday."]


def test_restore_through_the_desk_and_compare_revisions(draft, editor_client):
    editor_client.post(f"/newsroom/story/{draft.public_id}/", form_data(draft, headline="Talks resume in Kaesong"))
    page = editor_client.get(f"/newsroom/story/{draft.public_id}/revisions/?a=1&b=2")
    assert page.status_code == 200
    assert "Talks resume in <del>Panmunjom</del> <ins>Kaesong</ins>" in page.content.decode()
    response = editor_client.post(f"/newsroom/story/{draft.public_id}/revisions/1/restore/", {"base_revision": 2})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.headline == "Talks resume in Panmunjom" and draft.revision == 3


def test_restoring_a_missing_revision_is_404(draft, editor_client):
    response = editor_client.post(f"/newsroom/story/{draft.public_id}/revisions/99/restore/", {"base_revision": 1})
    assert response.status_code == 404


def test_moving_a_story_to_another_section_is_saved(draft, desk_actor, sections):
    saved = SaveWorkingCopy(draft, {"section_id": sections["sports"].pk}, actor=desk_actor, base_revision=1).execute()
    draft.refresh_from_db()
    assert draft.section == sections["sports"] and saved.revision == 2
    assert Revision.objects.get(story=draft, number=2).data["section_id"] == sections["sports"].pk


def test_comparing_unknown_revisions_is_a_400_with_a_message(draft, editor_client):
    for query in ("?a=1&b=9", "?a=x&b=1"):
        response = editor_client.get(f"/newsroom/story/{draft.public_id}/revisions/{query}")
        assert response.status_code == 400
        assert "Choose two revision numbers between 1 and 1." in response.content.decode()


def test_long_revision_lists_are_paged(draft, desk_actor, editor_client):
    for n in range(55):
        draft = SaveWorkingCopy(
            draft, {"headline": f"Headline {n}"}, actor=desk_actor, base_revision=draft.revision
        ).execute()
    first = editor_client.get(f"/newsroom/story/{draft.public_id}/revisions/").content.decode()
    second = editor_client.get(f"/newsroom/story/{draft.public_id}/revisions/?page=2").content.decode()
    assert "<td>56 (current)</td>" in first and "<td>1</td>" not in first and "Page 1 of 2" in first
    assert "<td>1</td>" in second and "<td>56 (current)</td>" not in second


def test_paging_revisions_keeps_the_open_comparison(draft, desk_actor, editor_client):
    for n in range(55):
        draft = SaveWorkingCopy(
            draft, {"headline": f"Headline {n}"}, actor=desk_actor, base_revision=draft.revision
        ).execute()
    html = editor_client.get(f"/newsroom/story/{draft.public_id}/revisions/?a=3&b=50").content.decode()
    assert 'href="?page=2&amp;a=3&amp;b=50"' in html
    back = editor_client.get(f"/newsroom/story/{draft.public_id}/revisions/?page=2&a=3&b=50").content.decode()
    assert 'href="?page=1&amp;a=3&amp;b=50"' in back
