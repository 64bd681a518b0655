"""A prepared lookup returns exactly what the ORM would."""

import pytest
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext

from dateline.core.prepared import PreparedGet
from dateline.stories.models import Story

pytestmark = pytest.mark.django_db

LOOKUP = PreparedGet(lambda pid: Story.objects.select_related("live", "section").filter(public_id=pid))


def test_same_fields_and_related_objects_as_the_orm(make_story):
    story = make_story(keywords=["peace", "talks"], bylines=["Kim Eun-jung", "Lee Ji-won"])
    expected = Story.objects.select_related("live", "section").get(public_id=story.public_id)
    with CaptureQueriesContext(connection) as queries:
        got = LOOKUP.get(story.public_id)
        # Related objects come from the same row: no further queries.
        assert got.live.headline == expected.live.headline
        assert got.section.name == expected.section.name
    assert len(queries) == 1
    for field in Story._meta.concrete_fields:
        assert getattr(got, field.attname) == getattr(expected, field.attname), field.name
    for field in type(expected.live)._meta.concrete_fields:
        assert getattr(got.live, field.attname) == getattr(expected.live, field.attname), field.name
    assert got.live.bylines == ["Kim Eun-jung", "Lee Ji-won"]  # JSON decoded
    assert got.first_published_at.tzinfo is not None  # datetimes converted


def test_unknown_value_raises_does_not_exist(make_story):
    make_story()
    with pytest.raises(Story.DoesNotExist):
        LOOKUP.get("DLN19990101000001325")


def test_parameter_is_passed_not_interpolated(make_story):
    make_story()
    with pytest.raises(Story.DoesNotExist):
        LOOKUP.get("' OR '1'='1")


def test_factory_must_use_its_parameter_once():
    bad = PreparedGet(lambda pid: Story.objects.filter(public_id="fixed"))
    with pytest.raises(ValueError):
        bad.get("x")


def test_integer_lookups_use_an_integer_sentinel(make_story):
    from dateline.core.prepared import INT_SENTINEL

    story = make_story()
    by_pk = PreparedGet(lambda pk: Story.objects.filter(pk=pk), sentinel=INT_SENTINEL)
    assert by_pk.get(story.pk).public_id == story.public_id
    with pytest.raises(Story.DoesNotExist):
        by_pk.get(story.pk + 1000)


def test_each_thread_compiles_with_its_own_connection(make_story):
    import threading

    story = make_story()
    LOOKUP.get(story.public_id)
    compilers = [LOOKUP._states()["default"]["compiler"].connection]

    # A thread of its own has no compiled state yet and makes one with its
    # own connection (the query itself may not see this test's transaction).
    def other():
        try:
            LOOKUP.get(story.public_id)
        # SQLite may find the table locked by the test's open transaction;
        # PostgreSQL does not show this thread the uncommitted story.
        except (OperationalError, Story.DoesNotExist):
            pass
        compilers.append(LOOKUP._states()["default"]["compiler"].connection)
        from django.db import connection as thread_connection

        thread_connection.close()

    worker = threading.Thread(target=other)
    worker.start()
    worker.join()
    assert len(compilers) == 2 and compilers[0] is not compilers[1]
