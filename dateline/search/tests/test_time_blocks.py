"""PostgreSQL's walk names the weeks of each step as time tokens: a story's
week and the aligned blocks of 4, 16 and 64 weeks that hold it. A cover that
missed or added one week would drop or add that week's stories, so the
covers are checked exactly, and searches over date ranges whose edges fall
inside blocks are checked against the stories themselves (on both
databases, since SQLite must give the same answers)."""

import math
from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from hypothesis import given
from hypothesis import strategies as st

from dateline.search.backends import get_backend
from dateline.search.backends.dates import day_bounds
from dateline.search.backends.postgres import TIME_LEVELS, cover, step_start, time_tokens, week_of
from dateline.search.query import SearchQuery

SIZES = dict(TIME_LEVELS)


def weeks_of(token):
    prefix, number = token[:3], int(token[3:])
    size = SIZES[prefix]
    return set(range(number * size, (number + 1) * size))


@given(st.integers(-200, 5000), st.integers(0, 600))
def test_a_cover_holds_exactly_the_weeks_asked_for(lo, length):
    hi = lo + length
    tokens = cover(lo, hi)
    blocks = [weeks_of(t) for t in tokens]
    assert set().union(*blocks) == set(range(lo, hi + 1))
    assert sum(len(b) for b in blocks) == length + 1  # no week twice
    # At most three blocks of each smaller size at either end.
    assert len(tokens) <= 2 * 3 * (len(TIME_LEVELS) - 1) + length // 64 + 1


@given(st.integers(0, 5000), st.integers(0, 400), st.floats(1, 300))
def test_a_step_reaches_back_at_least_its_weeks_and_at_most_a_quarter_more(newest, back, weeks):
    oldest = newest - back
    first = step_start(newest, oldest, weeks)
    assert oldest <= first <= newest
    if first != oldest:
        assert newest - first + 1 >= weeks
        assert newest - first + 1 < 1.25 * weeks + 1
        assert first % max(n for n in SIZES.values() if n <= max(1, math.ceil(weeks) / 4)) == 0  # few tokens
        assert len(cover(first, newest)) <= 15


@given(st.integers(0, 5000))
def test_a_story_carries_the_token_of_every_block_holding_its_week(week):
    for token in time_tokens(week):
        assert week in weeks_of(token)


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the migration's SQL is PostgreSQL's")
@pytest.mark.parametrize(
    "moment",
    [
        datetime(2021, 10, 28, 8, 40, tzinfo=UTC),
        datetime(1970, 1, 8, tzinfo=UTC),
        datetime(1969, 12, 31, 23, 0, tzinfo=UTC),
        datetime(2024, 2, 29, 23, 59, 59, tzinfo=UTC),
    ],
)
def test_the_migration_writes_the_same_block_tokens_as_indexing(moment):
    from importlib import import_module

    tokens_sql = import_module("dateline.search.migrations.0005_pg_time_blocks").TOKENS
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {tokens_sql} FROM (SELECT %s::timestamptz AS published_at) t", [moment])
        assert cursor.fetchone()[0] == time_tokens(week_of(moment))[1:]


START = datetime(2022, 3, 2, 5, 0, tzinfo=UTC)


@pytest.fixture
def every_nine_days(published):
    return [
        published(
            f"Levy story {i:03d}", at=START + timedelta(days=9 * i), body=[f"The levy, part {i}.", "More words follow."]
        )
        for i in range(110)
    ]


@pytest.mark.parametrize(
    "date_from, date_to",
    [
        (date(2022, 3, 10), date(2024, 11, 20)),  # edges inside 64-, 16- and 4-week blocks
        (date(2022, 5, 1), date(2022, 5, 30)),  # a few weeks
        (date(2023, 1, 3), date(2023, 1, 3)),  # one day
        (None, date(2023, 8, 17)),
        (date(2024, 6, 6), None),
    ],
)
def test_date_ranges_with_edges_inside_blocks_find_every_story_inside(every_nine_days, date_from, date_to):
    start, end = day_bounds(date_from, date_to)
    inside = [
        s.pk
        for s in reversed(every_nine_days)
        if (start is None or s.first_published_at >= start) and (end is None or s.first_published_at < end)
    ]
    results = get_backend().search(
        SearchQuery(text="levy", sort="date", per_page=200, date_from=date_from, date_to=date_to)
    )
    assert results.total == len(inside)
    assert [h.story_id for h in results.hits] == inside


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the migration's SQL is PostgreSQL's")
def test_the_migration_gives_rows_indexed_before_it_their_block_tokens(published):
    from importlib import import_module

    migration = import_module("dateline.search.migrations.0005_pg_time_blocks")
    at = datetime(2023, 5, 17, 2, 0, tzinfo=UTC)
    story = published("Tariff talks resume", at=at)
    # Stories years apart, so the range's weeks are named by large blocks,
    # among them the block holding the story's week (not the week itself).
    first, last = datetime(2021, 2, 1, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC)
    published("Harvest begins", at=first)
    published("Harvest ends", at=last)
    week = week_of(at)
    query = SearchQuery(text="tariff", date_from=date(2021, 1, 1), date_to=date(2025, 12, 31))

    def found():
        return [h.story_id for h in get_backend().search(query).hits]

    assert time_tokens(week)[-1] in cover(week_of(first), week_of(last))
    assert found() == [story.pk]
    with connection.cursor() as cursor:
        for sql in migration.POSTGRES_BACK:  # as a row indexed before the migration
            cursor.execute(sql)
    assert found() == []
    with connection.cursor() as cursor:
        for sql in migration.POSTGRES:
            cursor.execute(sql)
    assert found() == [story.pk]
