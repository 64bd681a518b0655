"""The desk's lists, their filters and headline search, and who is editing now."""

from datetime import timedelta

from django.utils import timezone

from dateline.newsroom.models import EditingPresence
from dateline.stories.actions import Actor, CreateStory


def test_my_drafts_shows_only_my_drafts(reporter_client, draft, editor, section):
    CreateStory(actor=Actor(editor), section=section, headline="Editor's own draft", body=["x"]).execute()
    html = reporter_client.get("/newsroom/list/drafts/").content.decode()
    assert draft.headline in html and "Editor&#39;s own draft" not in html and "Editor's own draft" not in html


def test_submitted_list_and_headline_search(editor_client, reporter_client, draft, reporter, section):
    other = CreateStory(actor=Actor(reporter), section=section, headline="Typhoon nears Jeju", body=["x"]).execute()
    for s in (draft, other):
        reporter_client.post(f"/newsroom/story/{s.public_id}/workflow/", {"action": "submit"})
    html = editor_client.get("/newsroom/list/submitted/?q=typhoon").content.decode()
    assert "Typhoon nears Jeju" in html and draft.headline not in html


def test_published_today_lists_todays_publications(editor_client, make_story):
    story = make_story(headline="Published this morning")
    html = editor_client.get("/newsroom/list/published/").content.decode()
    assert "Published this morning" in html
    assert story.public_id in html


def test_section_filter(editor_client, make_story):
    make_story(headline="Sports story", section="sports") if _has("sports") else None
    make_story(headline="North story")
    html = editor_client.get("/newsroom/list/published/?section=north-korea").content.decode()
    assert "North story" in html and "Sports story" not in html


def _has(slug):
    from dateline.stories.models import Section

    return Section.objects.filter(slug=slug).exists()


def test_lists_show_who_has_a_story_open_now(editor_client, chief, draft, reporter_client):
    reporter_client.post(f"/newsroom/story/{draft.public_id}/workflow/", {"action": "submit"})
    EditingPresence.objects.create(story=draft, user=chief)
    html = editor_client.get("/newsroom/list/submitted/").content.decode()
    assert 'class="presence">Chloe Chief' in html


def test_stale_presence_is_not_shown(editor_client, chief, draft, reporter_client):
    reporter_client.post(f"/newsroom/story/{draft.public_id}/workflow/", {"action": "submit"})
    EditingPresence.objects.create(story=draft, user=chief, seen_at=timezone.now() - timedelta(minutes=10))
    assert "Chloe Chief" not in editor_client.get("/newsroom/list/submitted/").content.decode()


def test_opening_the_editor_and_heartbeat_record_presence(editor_client, editor, draft):
    editor_client.get(f"/newsroom/story/{draft.public_id}/")
    assert EditingPresence.objects.filter(story=draft, user=editor).exists()
    response = editor_client.post(f"/newsroom/story/{draft.public_id}/heartbeat/")
    assert response.status_code == 200 and response.json()["ok"] is True


def test_unknown_list_is_404(editor_client):
    assert editor_client.get("/newsroom/list/nonsense/").status_code == 404


def test_editors_start_at_submitted_and_reporters_at_their_drafts(editor_client, reporter_client, db):
    assert "<h1>Submitted</h1>" in editor_client.get("/newsroom/").content.decode()
    assert "<h1>My drafts</h1>" in reporter_client.get("/newsroom/").content.decode()
