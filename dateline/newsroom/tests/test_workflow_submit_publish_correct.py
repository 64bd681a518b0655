"""Draft → submitted → published, then updates with labels and corrections with notes."""

import json
import re

from dateline.stories.models import Story, StoryVersion

from .conftest import form_data


def _act(client, story, **data):
    return client.post(f"/newsroom/story/{story.public_id}/workflow/", data)


def test_reporter_submits_and_editor_publishes(draft, reporter_client, editor_client, client):
    assert _act(reporter_client, draft, action="submit").status_code == 302
    draft.refresh_from_db()
    assert draft.status == Story.Status.SUBMITTED
    assert _act(editor_client, draft, action="publish").status_code == 302
    draft.refresh_from_db()
    assert draft.status == Story.Status.PUBLISHED and draft.live.kind == StoryVersion.Kind.FIRST
    page = client.get(draft.get_absolute_url())
    assert page.status_code == 200
    assert "Delegates met on Monday." in page.content.decode()


def test_update_carries_its_label_and_editors_note(make_story, editor_client):
    story = make_story()
    editor_client.post(
        f"/newsroom/story/{story.public_id}/", form_data(story, ednote="ATTN: UPDATES with reaction in paras 3-5")
    )
    assert _act(editor_client, story, action="update", label="(LEAD)").status_code == 302
    story.refresh_from_db()
    assert story.live.number == 2 and story.live.kind == StoryVersion.Kind.UPDATE
    assert story.live.label == "(LEAD)"
    assert story.live.ednote == "ATTN: UPDATES with reaction in paras 3-5"


def test_correction_needs_a_note_and_keeps_what_was_typed(make_story, editor_client):
    story = make_story()
    response = _act(editor_client, story, action="correct", correction="  ", label="")
    assert response.status_code == 400
    assert "A correction needs a correction note." in response.content.decode()
    story.refresh_from_db()
    assert story.live.number == 1


def test_correction_note_shows_on_the_article_and_in_json_ld(make_story, editor_client, client):
    story = make_story()
    editor_client.post(
        f"/newsroom/story/{story.public_id}/",
        form_data(story, body="Officials met on Friday, not Thursday.\n\nThe talks continue."),
    )
    response = _act(
        editor_client, story, action="correct", correction="An earlier version misstated the day of the meeting."
    )
    assert response.status_code == 302
    html = client.get(story.get_absolute_url()).content.decode()
    assert "Correction:" in html and "misstated the day of the meeting" in html
    jsonld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert jsonld["correction"]["@type"] == "CorrectionComment"
    assert jsonld["correction"]["text"] == "An earlier version misstated the day of the meeting."
    assert f'href="/view/{story.public_id}/history/"' in html


def test_publishing_sends_story_published_once_after_commit(draft, desk_actor, django_capture_on_commit_callbacks):
    from dateline.stories.actions import Publish
    from dateline.stories.signals import story_published

    seen = []
    story_published.connect(lambda **kw: seen.append(kw["version"].number), dispatch_uid="t-pub", weak=False)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            Publish(draft, actor=desk_actor).execute()
    finally:
        story_published.disconnect(dispatch_uid="t-pub")
    assert seen == [1]


def test_a_submitted_story_cannot_be_submitted_again(draft, reporter_client):
    _act(reporter_client, draft, action="submit")
    response = _act(reporter_client, draft, action="submit")
    assert response.status_code == 403
