"""Readers open any earlier public version and a word-level diff between two."""

from .conftest import form_data


def _two_versions(make_story, editor_client):
    story = make_story(body=["The minister arrived on Monday.", "Talks began."])
    editor_client.post(
        f"/newsroom/story/{story.public_id}/", form_data(story, body="The minister arrived on Tuesday.\n\nTalks began.")
    )
    editor_client.post(
        f"/newsroom/story/{story.public_id}/workflow/",
        {"action": "correct", "correction": "The minister arrived on Tuesday, not Monday."},
    )
    story.refresh_from_db()
    return story


def test_history_lists_every_version_with_its_kind_and_note(make_story, editor_client, client):
    story = _two_versions(make_story, editor_client)
    html = client.get(f"/view/{story.public_id}/history/").content.decode()
    assert "Version 2" in html and "Correction" in html and "Version 1" in html
    assert "arrived on Tuesday, not Monday." in html


def test_an_earlier_version_shows_its_own_text(make_story, editor_client, client):
    story = _two_versions(make_story, editor_client)
    html = client.get(f"/view/{story.public_id}/v/1/").content.decode()
    assert "arrived on Monday." in html and "arrived on Tuesday." not in html
    assert "version 1" in html


def test_diff_marks_the_changed_word(make_story, editor_client, client):
    story = _two_versions(make_story, editor_client)
    response = client.get(f"/view/{story.public_id}/diff/?a=1&b=2")
    assert response.status_code == 200
    assert "arrived on <del>Monday.</del> <ins>Tuesday.</ins>" in response.content.decode()


def test_bad_diff_parameters_are_a_400_with_a_message(make_story, editor_client, client):
    story = _two_versions(make_story, editor_client)
    for query in ("?a=x&b=2", "?a=1&b=9", ""):
        response = client.get(f"/view/{story.public_id}/diff/{query}")
        assert response.status_code == 400
        assert "error-summary" in response.content.decode()


def test_missing_versions_and_stories_are_404(make_story, client):
    story = make_story()
    assert client.get(f"/view/{story.public_id}/v/7/").status_code == 404
    assert client.get("/view/DLN20990101000001999/history/").status_code == 404


def test_drafts_have_no_public_history(draft, client):
    assert client.get(f"/view/{draft.public_id}/history/").status_code == 404
