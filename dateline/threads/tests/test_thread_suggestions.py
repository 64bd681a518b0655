"""Suggestions from text similarity, and editors accepting or dismissing them."""

from io import StringIO

import pytest
from django.core.management import call_command

from dateline.threads.models import Thread, ThreadSuggestion
from dateline.threads.services import create_thread
from dateline.threads.suggestions import Decision, SuggestionError, load_corpus, save, suggest

DECLARATION = [
    "Seoul and Pyongyang discussed an end-of-war declaration at the truce village of Panmunjom.",
    "The declaration would formally end the Korean War armistice, the unification ministry said.",
]
FLOODS = [
    "Heavy monsoon rains flooded farmland in South Chungcheong Province on Tuesday.",
    "Rescue workers evacuated villagers as the Geum River overflowed its banks.",
]
CHIPS = [
    "Semiconductor exports surged to a record as memory chip prices recovered.",
    "Samsung Electronics and SK hynix shipped more high-bandwidth memory to data centres.",
]


@pytest.fixture
def stories(make_story):
    return {
        "decl1": make_story("Koreas discuss end-of-war declaration at Panmunjom", body=DECLARATION),
        "decl2": make_story("Unification ministry backs end-of-war declaration", body=DECLARATION[::-1]),
        "flood1": make_story("Monsoon floods hit South Chungcheong farmland", body=FLOODS),
        "flood2": make_story("Geum River overflows, villagers evacuated in monsoon floods", body=FLOODS[::-1]),
        "chips": make_story("Memory chip exports hit record", body=CHIPS),
    }


def pairs(found):
    return {frozenset((f.story_id, f.related_id)) for f in found if f.related_id}


def test_similar_stories_are_paired_and_unrelated_ones_are_not(stories):
    found = suggest(load_corpus())
    s = stories
    assert pairs(found) == {frozenset((s["decl1"].pk, s["decl2"].pk)), frozenset((s["flood1"].pk, s["flood2"].pk))}


def test_story_is_suggested_for_its_thread(stories, make_story):
    thread = create_thread("Monsoon floods", stories=[stories["flood1"], stories["flood2"]])
    newcomer = make_story("Monsoon floods: Geum River levels fall", body=FLOODS)
    found = suggest(load_corpus())
    assert any(f.story_id == newcomer.pk and f.thread_id == thread.pk for f in found)


def test_command_is_idempotent(stories):
    out = StringIO()
    call_command("suggest-threads", stdout=out)
    assert "2 new suggestions" in out.getvalue()
    call_command("suggest-threads", stdout=out)
    assert "0 new suggestions (2 already made)" in out.getvalue()
    assert ThreadSuggestion.objects.count() == 2


def test_accepting_a_pair_starts_a_thread(stories, thread_reviewer):
    save(suggest(load_corpus()))
    suggestion = ThreadSuggestion.objects.get(related=stories["decl1"])
    Decision(suggestion, thread_reviewer, "accept", title="End-of-war declaration").execute()
    thread = Thread.objects.get(title="End-of-war declaration")
    assert thread.story_count == 2
    assert suggestion.status == ThreadSuggestion.Status.ACCEPTED and suggestion.decided_by == thread_reviewer


def test_dismissing_changes_nothing_but_the_suggestion(stories, thread_reviewer):
    save(suggest(load_corpus()))
    suggestion = ThreadSuggestion.objects.first()
    Decision(suggestion, thread_reviewer, "dismiss").execute()
    assert not Thread.objects.exists()
    with pytest.raises(SuggestionError, match="already been decided"):
        Decision(suggestion, thread_reviewer, "accept").execute()


def test_review_page_needs_the_permission(client, stories, django_user_model):
    assert client.get("/threads/suggestions/").status_code == 302  # to sign-in
    django_user_model.objects.create_user("reader", password="correct horse battery")
    client.login(username="reader", password="correct horse battery")
    assert client.get("/threads/suggestions/").status_code == 403


def test_editor_accepts_from_the_review_page(client, stories, thread_reviewer):
    save(suggest(load_corpus()))
    client.force_login(thread_reviewer)
    suggestion = ThreadSuggestion.objects.get(related=stories["flood1"])
    page = client.get("/threads/suggestions/").content.decode()
    assert "Monsoon floods hit South Chungcheong farmland" in page
    response = client.post(
        "/threads/suggestions/", {"suggestion": suggestion.pk, "action": "accept", "title": "Monsoon floods"}
    )
    assert response.status_code == 302
    assert Thread.objects.get().title == "Monsoon floods"
    response = client.post("/threads/suggestions/", {"suggestion": suggestion.pk, "action": "accept"})
    assert response.status_code == 400
    assert "already been decided" in response.content.decode()


def test_bad_command_options_are_errors(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="days"):
        call_command("suggest-threads", "--days", "zero")
    with pytest.raises(CommandError, match="threshold"):
        call_command("suggest-threads", "--pair-threshold", "2")
