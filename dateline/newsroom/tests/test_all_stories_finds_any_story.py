"""The "All stories" desk finds stories in every state by words in their
headline, slugline or body, and narrows them by every filter."""

import html
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from dateline.stories.models import Story

from .conftest import write_draft


def headlines(response):
    """The stories listed, in order, as a person reads them on the page."""
    assert response.status_code == 200, response.content[:500]
    return [html.unescape(h) for h in re.findall(r"data-finder-row>([^<]*)</a>", response.content.decode())]


@pytest.fixture
def archive(indexed_story, reporter, sections):
    old = indexed_story(
        "Port strike ends after nine days",
        section="economy",
        body=["Dockworkers in Busan accepted a wage offer.", "Cranes moved again at dawn."],
        at=timezone.now() - timedelta(days=730),
        slugline="PORT-STRIKE",
    )
    recent = indexed_story(
        "Typhoon nears the southern coast",
        section="national",
        body=["Ferries to Jeju were cancelled.", "회담 일정은 연기됐다."],
        urgency=2,
    )
    draft = write_draft(
        reporter,
        sections["politics"],
        "Assembly votes on budget",
        ["Lawmakers argued over the 회담 agenda &amp; the dockworkers' pensions."],
        slugline="BUDGET-VOTE",
    )
    return {"old": old, "recent": recent, "draft": draft}


def test_a_word_in_the_body_finds_published_and_unpublished_stories(editor_client, archive):
    response = editor_client.get("/newsroom/all/", {"q": "dockworkers"})
    assert response.status_code == 200
    assert headlines(response) == ["Assembly votes on budget", "Port strike ends after nine days"]


def test_korean_and_ampersands_match_in_drafts(editor_client, archive):
    assert headlines(editor_client.get("/newsroom/all/", {"q": "회담"})) == [
        "Assembly votes on budget",
        "Typhoon nears the southern coast",
    ]
    assert headlines(editor_client.get("/newsroom/all/", {"q": "agenda & the"})) == ["Assembly votes on budget"]


def test_slugline_and_headline_words_match(editor_client, archive):
    assert headlines(editor_client.get("/newsroom/all/", {"q": "budget-vote"})) == ["Assembly votes on budget"]
    assert headlines(editor_client.get("/newsroom/all/", {"q": "typhoon"})) == ["Typhoon nears the southern coast"]


def test_filters_narrow_by_status_section_author_urgency_and_dates(editor_client, archive, reporter):
    get = lambda **q: headlines(editor_client.get("/newsroom/all/", q))  # noqa: E731
    assert get(status="draft") == ["Assembly votes on budget"]
    assert get(section="economy") == ["Port strike ends after nine days"]
    assert get(author=reporter.username) == ["Assembly votes on budget"]
    assert get(urgency="2") == ["Typhoon nears the southern coast"]
    two_years = (timezone.now() - timedelta(days=730)).date()
    assert get(date_from=str(two_years - timedelta(days=1)), date_to=str(two_years + timedelta(days=1))) == [
        "Port strike ends after nine days"
    ]
    assert get(q="dockworkers", status="published") == ["Port strike ends after nine days"]
    assert get(q="dockworkers", status="draft") == ["Assembly votes on budget"]
    today = timezone.localdate()
    assert get(date_from=str(today - timedelta(days=1)), date_to=str(today + timedelta(days=1))) == [
        "Assembly votes on budget",
        "Typhoon nears the southern coast",
    ]
    assert get(q="회담", date_from=str(today - timedelta(days=1))) == [
        "Assembly votes on budget",
        "Typhoon nears the southern coast",
    ]


def test_killed_and_embargoed_stories_are_found_though_readers_cannot(editor_client, indexed_story, desk_actor):
    from dateline.stories.actions import Kill

    story = indexed_story("Minister resigns over land deal", body=["The minister denied wrongdoing."])
    Kill(story, "Legal advice", actor=desk_actor).execute()
    assert Story.objects.get(pk=story.pk).status == "killed"
    assert headlines(editor_client.get("/newsroom/all/", {"q": "wrongdoing"})) == ["Minister resigns over land deal"]


def test_reporters_see_only_their_own_stories(reporter_client, archive):
    response = reporter_client.get("/newsroom/all/", {"q": "dockworkers"})
    assert headlines(response) == ["Assembly votes on budget"]
    assert 'name="author"' not in response.content.decode()


def test_bad_filters_are_a_400_that_keeps_what_was_typed(editor_client, archive):
    response = editor_client.get(
        "/newsroom/all/", {"q": "strike", "date_from": "2026-05-02", "date_to": "2026-05-01", "status": "lost"}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert 'value="strike"' in body
    assert "The end date is before the start date." in body
    response = editor_client.get("/newsroom/all/", {"q": "x" * 400})
    assert response.status_code == 400
    response = editor_client.get("/newsroom/all/", {"q": "ab*"})
    assert response.status_code == 400
    assert "at least 3 letters" in response.content.decode()


def test_pages_are_capped_and_keep_the_filters(editor_client, reporter, sections, settings):
    from dateline.newsroom import finder

    for i in range(7):
        write_draft(reporter, sections["politics"], f"Budget note {i}", ["Text."])
    finder_per_page = finder.PER_PAGE
    try:
        finder.PER_PAGE = 3
        from dateline.newsroom.views import find as view

        view.PER_PAGE = 3
        response = editor_client.get("/newsroom/all/", {"q": "budget", "status": "draft", "page": "2"})
        assert headlines(response) == ["Budget note 3", "Budget note 2", "Budget note 1"]
        assert '<a rel="next" href="?page=3&amp;q=budget&amp;status=draft">' in response.content.decode()
    finally:
        finder.PER_PAGE = view.PER_PAGE = finder_per_page


def test_readers_and_signed_out_people_are_sent_to_sign_in(client, db):
    response = client.get("/newsroom/all/")
    assert response.status_code == 302 and "/newsroom/login/" in response["Location"]
