"""Relevance: the headline counts more than one mention in the body."""

from datetime import timedelta

from django.utils import timezone


def test_phrase_in_headline_ranks_above_single_mention_in_body(published, search_ids):
    now = timezone.now()
    published(
        "Weather turns cold across the peninsula",
        at=now - timedelta(minutes=1),
        body=[
            "Temperatures dropped sharply.",
            "Separately, officials said the end-of-war declaration was not on the agenda.",
        ],
    )
    published(
        "End-of-war declaration gains support in Seoul",
        at=now - timedelta(hours=2),
        body=[
            "Lawmakers backed the proposal on Friday.",
        ],
    )
    assert search_ids('"end-of-war declaration"') == [
        "End-of-war declaration gains support in Seoul",
        "Weather turns cold across the peninsula",
    ]


def test_phrase_query_requires_words_in_order(published, search_ids):
    published("Declaration on the end of war", body=["War is over, a declaration said at the end."])
    published("End-of-war declaration signed", body=["The leaders signed it."])
    assert search_ids('"end of war declaration"') == ["End-of-war declaration signed"]
    assert sorted(search_ids("end war declaration")) == [
        "Declaration on the end of war",
        "End-of-war declaration signed",
    ]


def test_prefix_matching_with_star(published, search_ids):
    published("Nuclear envoy arrives in Beijing")
    published("Trade talks resume")
    assert search_ids("nucl*") == ["Nuclear envoy arrives in Beijing"]
    assert search_ids("nucl") == []


def test_sort_by_date_puts_newest_first(published, search_ids):
    now = timezone.now()
    published("Summit planned", at=now - timedelta(days=3), body=["A summit on the summit is planned."])
    published("Summit date set", at=now - timedelta(days=1), body=["The summit is set."])
    published("Summit summit summit", at=now - timedelta(days=2), body=["summit summit summit summit"])
    assert search_ids("summit", sort="date") == ["Summit date set", "Summit summit summit", "Summit planned"]


def test_pagination_splits_results_without_repeats(published, search_ids):
    now = timezone.now()
    for n in range(5):
        published(f"Typhoon update number {n}", at=now - timedelta(minutes=n))
    first = search_ids("typhoon", per_page=2, page=1, sort="date")
    second = search_ids("typhoon", per_page=2, page=2, sort="date")
    third = search_ids("typhoon", per_page=2, page=3, sort="date")
    assert first == ["Typhoon update number 0", "Typhoon update number 1"]
    assert second == ["Typhoon update number 2", "Typhoon update number 3"]
    assert third == ["Typhoon update number 4"]
