"""Prepared list rows (dateline.core.prepared.PreparedRows) are the ORM's rows,
with datetimes as the driver gives them until `as_datetime` converts them."""

from datetime import timedelta

import pytest
from django.db import DataError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from dateline.core.prepared import DATETIME_SENTINEL, INT_SENTINEL, PreparedRows, as_datetime
from dateline.stories.models import Story

pytestmark = pytest.mark.django_db

FIELDS = ("public_id", "live__headline", "section_id", "first_published_at", "urgency")
NEWEST = PreparedRows(
    lambda now: Story.objects.listed(now=now).order_by("-first_published_at").values_list(*FIELDS)[:5]
)
IN_SECTION = PreparedRows(
    lambda now, section: (
        Story.objects.listed(now=now).filter(section_id=section).order_by("-first_published_at").values_list(*FIELDS)
    ),
    sentinels=(DATETIME_SENTINEL, INT_SENTINEL),
)


def orm_rows(queryset):
    return [tuple(row) for row in queryset.order_by("-first_published_at").values_list(*FIELDS)]


def converted(rows):
    return [(*row[:3], as_datetime(row[3]), *row[4:]) for row in rows]


def test_same_rows_as_the_orm_in_one_query(make_story):
    for n in range(7):
        make_story(headline=f"Story {n}", section="sports" if n % 2 else "economy")
    now = timezone.now()
    with CaptureQueriesContext(connection) as queries:
        rows = NEWEST.rows(now)
    assert len(queries) == 1
    assert converted(rows) == orm_rows(Story.objects.listed(now=now))[:5]
    sports = make_story(section="sports").section_id
    assert converted(IN_SECTION.rows(timezone.now(), sports)) == orm_rows(
        Story.objects.listed().filter(section_id=sports)
    )


def test_the_time_parameter_is_applied_each_run(make_story):
    story = make_story()
    # Before its publication the story is not listed; after, it is.
    assert NEWEST.rows(story.first_published_at - timedelta(seconds=1)) == []
    assert [row[0] for row in NEWEST.rows(timezone.now())] == [story.public_id]


def test_datetimes_convert_to_the_orms_aware_values(make_story):
    story = make_story()
    value = as_datetime(NEWEST.rows(timezone.now())[0][3])
    assert value == story.first_published_at and value.tzinfo is not None


def test_factory_must_use_each_parameter_once():
    bad = PreparedRows(lambda now: Story.objects.filter(status="published").values_list("id"))
    with pytest.raises(ValueError):
        bad.rows(timezone.now())


def test_values_are_parameters_not_sql(make_story):
    make_story()
    try:
        with transaction.atomic():
            rows = IN_SECTION.rows(timezone.now(), "1 OR 1=1")
    except DataError:
        # PostgreSQL refuses the text as a section id, SQLite compares it
        # and finds nothing: either way a value, never a condition.
        rows = []
    assert rows == []
