"""Common words: counting stops at the limit, and relevance is computed among
the newest matches. Whatever shortcut a backend takes to find those (SQLite
walks its time-keyed rowids, PostgreSQL walks back week by week), the
answer must be the same as sorting every match by date."""

from datetime import UTC, datetime, timedelta

import pytest

from dateline.search.backends import get_backend
from dateline.search.backends.postgres import time_tokens, week_of
from dateline.search.query import QueryError, SearchQuery

# Stories 40 days apart over about three years: many weeks, most empty, so a
# week-by-week walk has to take several steps (and reach the last, whole one).
START = datetime(2023, 1, 15, 3, 0, tzinfo=UTC)


@pytest.fixture
def spread(published, settings):
    settings.DATELINE_SEARCH_RANK_WINDOW = 5
    stories = []
    for i in range(28):
        at = START + timedelta(days=40 * i)
        word = "tariff" if i % 2 == 0 else "harvest"
        stories.append(
            published(
                f"Story {i:02d} on the {word}",
                at=at,
                body=[f"Paragraph about the {word} number {i}.", "More words follow here."],
            )
        )
    return stories


@pytest.fixture
def small_limits(monkeypatch):
    from dateline.search.backends.base import SearchBackend

    monkeypatch.setattr(SearchBackend, "count_limit", 6)


def ids(results):
    return [h.story_id for h in results.hits]


def test_date_sorted_results_are_the_newest_matches(spread, small_limits):
    expected = [s.pk for s in reversed(spread) if "tariff" in s.headline]
    results = get_backend().search(SearchQuery(text="tariff", sort="date", per_page=3))
    assert ids(results) == expected[:3]
    assert results.total == 6 and results.total_is_lower_bound is True
    page2 = get_backend().search(SearchQuery(text="tariff", sort="date", per_page=3, page=2))
    assert ids(page2) == expected[3:6]


def test_relevance_ranks_only_within_the_newest_window(spread, small_limits):
    newest_five = [s.pk for s in reversed(spread) if "harvest" in s.headline][:5]
    results = get_backend().search(SearchQuery(text="harvest", per_page=5))
    assert sorted(ids(results)) == sorted(newest_five)
    assert results.total == 6 and results.total_is_lower_bound is True


def test_counts_are_exact_below_the_limit(spread):
    results = get_backend().search(SearchQuery(text="tariff"))
    assert results.total == 14 and results.total_is_lower_bound is False


def test_a_date_range_finds_the_newest_matches_inside_it(spread, small_limits):
    inside = [
        s
        for s in spread
        if "tariff" in s.headline
        and datetime(2023, 6, 1, tzinfo=UTC) <= s.first_published_at < datetime(2024, 6, 1, tzinfo=UTC)
    ]
    results = get_backend().search(
        SearchQuery(
            text="tariff", sort="date", date_from=datetime(2023, 6, 1).date(), date_to=datetime(2024, 5, 31).date()
        )
    )
    assert ids(results) == [s.pk for s in reversed(inside)][:6]


def test_a_date_range_before_every_story_is_empty(spread):
    results = get_backend().search(SearchQuery(text="tariff", date_to=datetime(2020, 1, 1).date()))
    assert results.total == 0 and ids(results) == []


def test_weeks_count_from_the_epoch():
    # 1970-01-01 was a Thursday: weeks run Thursday to Wednesday, in UTC.
    assert week_of(datetime(1970, 1, 7, 23, 59, tzinfo=UTC)) == 0
    assert week_of(datetime(1970, 1, 8, tzinfo=UTC)) == 1
    assert time_tokens(week_of(datetime(2021, 10, 28, 8, 40, tzinfo=UTC))) == ["zzw2704", "zzm676", "zzq169", "zzy42"]


@pytest.mark.parametrize("text", ["a*", "ta*", "war ta*"])
def test_prefixes_need_three_letters(text):
    with pytest.raises(QueryError, match="at least 3 letters"):
        SearchQuery(text=text)


def test_three_letter_prefix_and_cjk_single_character_are_fine():
    assert SearchQuery(text="tax*").terms[0].prefix
    assert SearchQuery(text="北*").terms


def test_short_prefix_is_a_clear_form_error(client, db):
    response = client.get("/search/", {"q": "ta*"})
    assert response.status_code == 400
    assert "at least 3 letters" in response.content.decode()


def test_a_page_past_the_results_is_a_clear_404(client, spread):
    response = client.get("/search/", {"q": "tariff", "page": "3"})
    assert response.status_code == 404
    assert "There is no page 3 of these results: they end at page 1." in response.content.decode()


def test_more_than_the_limit_says_so_and_suggests_narrowing(client, spread, small_limits):
    html = client.get("/search/", {"q": "tariff"}).content.decode()
    assert "More than 6 stories match. Add words or filters to narrow them down." in html


def test_a_busy_recent_week_answers_from_its_own_weeks(published, small_limits):
    now = datetime.now(UTC)
    old = [published(f"Old tariff story {i}", at=now - timedelta(days=700 + 30 * i)) for i in range(5)]
    recent = [published(f"Recent tariff story {i}", at=now - timedelta(hours=5 * i + 1)) for i in range(40)]
    results = get_backend().search(SearchQuery(text="tariff", sort="date", per_page=5))
    assert ids(results) == [s.pk for s in recent[:5]]
    assert results.total == 6 and results.total_is_lower_bound is True
    assert not set(ids(results)) & {s.pk for s in old}
