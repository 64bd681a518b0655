"""Fixtures for search tests: stories published the way the newsroom does,
with the on-commit signals actually delivered so the index follows."""

import pytest

from dateline.search.backends import get_backend
from dateline.search.query import SearchQuery


@pytest.fixture
def search_ids():
    """Run a search and return the matching stories' headlines, best first."""
    from dateline.stories.models import Story

    def run(text="", **kwargs):
        results = get_backend().search(SearchQuery(text=text, **kwargs))
        by_id = dict(Story.objects.filter(pk__in=[h.story_id for h in results.hits]).values_list("pk", "headline"))
        return [by_id[h.story_id] for h in results.hits]

    return run



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
        client.force_login(create_staff(f"{role}-user", role, "correct horse battery staple",
                                        name=role.title(), validate=False))
        return client

    return factory


@pytest.fixture
def editor_client(staff_client):
    """A test client signed in as a desk editor (the newsroom's editor role)."""
    return staff_client("editor")
