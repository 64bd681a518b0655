"""Fixtures for the thread tests: a suggestion reviewer and signed-in desk staff."""

import pytest


@pytest.fixture
def thread_reviewer(db, django_user_model):
    """A user allowed to review thread suggestions and nothing else (not the
    newsroom's editor role: see `editor_client` for that)."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reviewer", password="correct horse battery")
    user.user_permissions.add(Permission.objects.get(codename="review_threadsuggestion"))
    return user


@pytest.fixture
def staff_client(db):
    """A test client signed in as newly made staff of the given newsroom role."""
    from django.test import Client

    from dateline.newsroom.staff import create_staff

    def factory(role):
        client = Client()
        client.force_login(
            create_staff(f"{role}-user", role, "correct horse battery staple", name=role.title(), validate=False)
        )
        return client

    return factory


@pytest.fixture
def editor_client(staff_client):
    """A test client signed in as a desk editor (the newsroom's editor role)."""
    return staff_client("editor")
