"""Autosave saves a revision marked as such; preview renders the public design."""

from dateline.stories.models import Revision

from .conftest import form_data


def test_autosave_records_an_autosave_revision(editor_client, draft):
    response = editor_client.post(f"/newsroom/story/{draft.public_id}/autosave/", form_data(draft, body="Autosaved."))
    assert response.status_code == 200 and response.json() == {
        "ok": True,
        "revision": 2,
        "saved_at": response.json()["saved_at"],
    }
    assert Revision.objects.get(story=draft, number=2).autosave is True


def test_autosave_with_an_invalid_form_saves_nothing(editor_client, draft):
    response = editor_client.post(f"/newsroom/story/{draft.public_id}/autosave/", form_data(draft, headline=""))
    assert response.status_code == 400
    draft.refresh_from_db()
    assert draft.revision == 1


def test_preview_renders_unsaved_text_with_the_house_style_dateline(editor_client, draft, settings):
    response = editor_client.post(
        f"/newsroom/story/{draft.public_id}/preview/",
        form_data(draft, body="Unsaved <em>words</em>.", dateline_city="Seoul"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Unsaved <em>words</em>." in html
    assert "SEOUL, " in html and f"({settings.DATELINE_AGENCY}) --" in html
    draft.refresh_from_db()
    assert draft.body != ["Unsaved <em>words</em>."]


def test_editor_shows_the_composed_dateline(editor_client, draft, settings):
    html = editor_client.get(f"/newsroom/story/{draft.public_id}/").content.decode()
    assert f"({settings.DATELINE_AGENCY}) --" in html and "SEOUL, " in html
