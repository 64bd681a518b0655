"""The article page is the hottest path: its query count is pinned."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dateline.site.menu import forget_sections

pytestmark = pytest.mark.django_db

MAX_ARTICLE_QUERIES = 3


def test_article_page_stays_within_query_budget(client, make_story):
    story = make_story()
    client.get("/")  # warm the section menu cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    assert len(queries) <= MAX_ARTICLE_QUERIES, [q["sql"] for q in queries]


def test_article_page_with_cold_cache_stays_within_budget(client, make_story):
    story = make_story()
    cache.clear()
    forget_sections()
    with CaptureQueriesContext(connection) as queries:
        client.get(story.get_absolute_url())
    assert len(queries) <= MAX_ARTICLE_QUERIES + 1, [q["sql"] for q in queries]


def test_home_page_query_count_does_not_grow_with_stories(client, make_story):
    for n in range(3):
        make_story(headline=f"Story {n}")
    client.get("/")
    with CaptureQueriesContext(connection) as few:
        client.get("/")
    for n in range(15):
        make_story(headline=f"More {n}", section="sports" if n % 2 else "economy")
    with CaptureQueriesContext(connection) as many:
        client.get("/")
    assert len(many) <= len(few) + 8  # at most one fallback per section without recent stories
    assert len(many) <= 10
