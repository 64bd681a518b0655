"""Killing takes a second step: the first POST shows what will happen and
changes nothing; only the confirmed POST kills. Without JavaScript too."""

from dateline.stories.models import Story

REASON = "The report was based on a forged document."


def workflow(story):
    return f"/newsroom/story/{story.public_id}/workflow/"


def test_the_first_step_states_the_consequence_and_changes_nothing(make_story, editor_client):
    story = make_story()
    response = editor_client.post(workflow(story), {"action": "kill", "reason": REASON})
    html = response.content.decode()
    assert response.status_code == 200
    assert f"<h1>Kill “{story.headline}”?</h1>" in html
    assert "This story has been withdrawn." in html and "This cannot be undone" in html
    assert '<input type="hidden" name="confirmed" value="yes">' in html
    assert f'value="{REASON}"' in html  # the reason is kept, and may still be changed
    assert f'href="/newsroom/story/{story.public_id}/">Cancel, change nothing</a>' in html
    story.refresh_from_db()
    assert story.status == Story.Status.PUBLISHED


def test_the_confirmed_step_kills(make_story, editor_client):
    story = make_story()
    response = editor_client.post(workflow(story), {"action": "kill", "reason": REASON, "confirmed": "yes"})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.status == Story.Status.KILLED and story.kill_reason == REASON


def test_someone_who_may_not_kill_never_sees_the_confirmation(make_story, reporter_client):
    story = make_story()
    assert reporter_client.post(workflow(story), {"action": "kill", "reason": REASON}).status_code == 403


def test_other_actions_need_no_confirmation(draft, editor_client):
    assert editor_client.post(workflow(draft), {"action": "publish"}).status_code == 302
