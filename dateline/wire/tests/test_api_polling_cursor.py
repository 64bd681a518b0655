"""Polling "everything since X": no version is missed or repeated while
stories change between pages."""

from datetime import timedelta

from django.utils import timezone


def poll_all(api, since="", limit=3):
    seen, cursor = [], since
    for _ in range(100):
        page = (
            api("/api/v1/feed", since=cursor, limit=limit).json() if cursor else api("/api/v1/feed", limit=limit).json()
        )
        seen += [(d["uri"], d["version"]) for d in page["items"]]
        cursor = page["next"] or cursor
        if not page["more"]:
            return seen, cursor
    raise AssertionError("the feed never ended")


def test_changes_during_paging_are_neither_missed_nor_repeated(api, make_story, update_story):
    stories = [make_story(f"Story {n}") for n in range(5)]
    page = api("/api/v1/feed", limit=2).json()
    seen = [(d["uri"], d["version"]) for d in page["items"]]
    # While the client pages: an update to a story it has already seen, a new
    # story, and an import published with a time before the client's cursor.
    update_story(stories[0], headline="Story 0, updated")
    make_story("Story 5")
    make_story("Backdated import", at=timezone.now() - timedelta(days=2))
    rest, _ = poll_all(api, since=page["next"], limit=2)
    seen += rest
    assert len(seen) == len(set(seen)), "a version was delivered twice"
    expected = {(f"urn:dln:{s.public_id}", "1") for s in stories} | {(f"urn:dln:{stories[0].public_id}", "2")}
    assert expected <= set(seen)
    assert len(seen) == 8


def test_an_empty_page_keeps_the_cursor_for_the_next_poll(api, make_story):
    make_story("First")
    seen, cursor = poll_all(api)
    assert len(seen) == 1
    again = api("/api/v1/feed", since=cursor).json()
    assert again["items"] == [] and again["next"] == cursor
    make_story("Second")
    assert [d["headlines"][0]["value"] for d in api("/api/v1/feed", since=cursor).json()["items"]] == ["Second"]


def test_embargoed_story_arrives_after_the_cursor_once_its_time_comes(api, make_story, settings):
    from dateline.wire.models import WireEvent

    lifted = timezone.now() + timedelta(hours=1)
    make_story("Embargoed", at=lifted)
    make_story("Ordinary")
    seen, cursor = poll_all(api)
    assert [uri for uri, _ in seen] and len(seen) == 1
    # Time passes beyond the embargo: the story is delivered after the cursor.
    assert WireEvent.objects.filter(visible_at=lifted).exists()
    WireEvent.objects.filter(visible_at=lifted).update(visible_at=timezone.now())
    from dateline.stories.models import Story

    Story.objects.filter(headline="Embargoed").update(first_published_at=timezone.now() - timedelta(seconds=1))
    page = api("/api/v1/feed", since=cursor).json()
    assert [d["headlines"][0]["value"] for d in page["items"]] == ["Embargoed"]


def test_since_accepts_an_iso_time(api, make_story):
    make_story("Old", at=timezone.now() - timedelta(days=3))
    items = api("/api/v1/feed", since="2000-01-01T00:00:00Z").json()["items"]
    assert [d["headlines"][0]["value"] for d in items] == ["Old"]


def test_bad_cursor_and_naive_time_are_400s(api, db):
    assert api("/api/v1/feed", since="not-a-cursor").status_code == 400
    response = api("/api/v1/feed", since="2026-01-01T00:00:00")
    assert response.status_code == 400 and "time zone" in response.json()["error"]


def test_fresh_versions_wait_out_the_settle_window(api, make_story, settings):
    settings.DATELINE_WIRE_SETTLE_SECONDS = 60
    make_story("Just published")
    assert api("/api/v1/feed").json()["items"] == []
