"""Threads moved from the search app to their own without moving data: the
tables keep their names, and the models' content types (with the permissions
hanging off them) are relabelled, so groups that held "search.add_thread"
hold "threads.add_thread" after the migrate, through the same rows."""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from dateline.threads.models import Thread, ThreadMembership, ThreadSuggestion

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("dateline.threads.migrations.0002_content_types_follow_the_models")
EDITOR = SimpleNamespace(connection=connection)
MODELS = ("thread", "threadmembership", "threadsuggestion")


def as_before_the_move():
    """The content types as a database migrated before the move has them."""
    ContentType.objects.filter(app_label="threads").update(app_label="search")
    ContentType.objects.clear_cache()


def labels():
    return dict(ContentType.objects.filter(model__in=MODELS).values_list("model", "app_label"))


def test_the_tables_keep_their_search_names():
    assert Thread._meta.db_table == "search_thread"
    assert ThreadMembership._meta.db_table == "search_threadmembership"
    assert ThreadSuggestion._meta.db_table == "search_threadsuggestion"
    assert {"search_thread", "search_threadmembership", "search_threadsuggestion"} <= set(
        connection.introspection.table_names()
    )


def test_the_threads_migrations_touch_only_state_and_content_types():
    executor = MigrationExecutor(connection)
    plan = [
        executor.loader.graph.nodes[key]
        for key in [("threads", "0001_initial"), ("search", "0007_threads_move_to_their_own_app")]
    ]
    for migration in plan:
        for operation in migration.operations:
            assert operation.database_operations == [], migration.name


def test_groups_keep_their_thread_permissions_through_the_move():
    as_before_the_move()
    old = Permission.objects.get(content_type__app_label="search", codename="review_threadsuggestion")
    group = Group.objects.create(name="Thread reviewers")
    group.permissions.add(old)

    MIGRATION.forwards(apps, EDITOR)

    ContentType.objects.clear_cache()
    assert labels() == {model: "threads" for model in MODELS}
    moved = Permission.objects.get(content_type__app_label="threads", codename="review_threadsuggestion")
    assert moved.pk == old.pk
    assert list(group.permissions.all()) == [moved]
    assert not ContentType.objects.filter(app_label="search", model__in=MODELS).exists()


def test_when_both_labels_exist_the_granted_rows_are_kept():
    # post_migrate ran between the two migrations and made empty "threads" rows.
    as_before_the_move()
    granted = Permission.objects.get(content_type__app_label="search", codename="add_thread")
    group = Group.objects.create(name="Thread editors")
    group.permissions.add(granted)
    ContentType.objects.create(app_label="threads", model="thread")

    MIGRATION.forwards(apps, EDITOR)

    assert labels()["thread"] == "threads"
    assert ContentType.objects.filter(model="thread").count() == 1
    assert list(group.permissions.values_list("pk", flat=True)) == [granted.pk]


def test_the_migration_reverses():
    MIGRATION.backwards(apps, EDITOR)
    assert labels() == {model: "search" for model in MODELS}
    MIGRATION.forwards(apps, EDITOR)
    assert labels() == {model: "threads" for model in MODELS}


def test_a_database_without_the_rows_is_left_alone():
    ContentType.objects.filter(model__in=MODELS).delete()
    MIGRATION.forwards(apps, EDITOR)
    assert labels() == {}
