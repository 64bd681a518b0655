"""Photos cost the article page at most one query (all its photos in one
in_bulk), and nothing when the version has none; the home and section pages
load every card's photo in one query whatever the number of cards."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def count(client, path):
    client.get(path)  # warm the section menu and compiled templates
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries), [q["sql"] for q in queries]


def test_article_with_photos_costs_exactly_one_more_query(client, published, photo_story):
    without = published(headline="Markets close higher")
    story, _ = photo_story
    base, _ = count(client, without.get_absolute_url())
    with_photos, sql = count(client, story.get_absolute_url())
    assert with_photos == base + 1, sql
    assert sum('"photos_photo"' in q for q in sql) == 1


def test_article_without_photos_asks_nothing_about_photos(client, published):
    story = published()
    _, sql = count(client, story.get_absolute_url())
    assert not any('"photos_photo"' in q for q in sql), sql


def test_home_loads_every_cards_photo_in_one_query(client, published, make_photo):
    published(headline="First", photos=[make_photo().pk])
    few, _ = count(client, "/")
    for n in range(6):
        published(headline=f"Story {n}", photos=[make_photo().pk, make_photo().pk])
    many, sql = count(client, "/")
    assert many == few, sql
    assert sum('"photos_photo"' in q for q in sql) == 1


def test_section_page_loads_every_cards_photo_in_one_query(client, published, make_photo):
    for n in range(4):
        published(headline=f"Story {n}", section="economy", photos=[make_photo().pk])
    _, sql = count(client, "/section/economy/")
    assert sum('"photos_photo"' in q for q in sql) == 1


def test_home_without_any_photo_asks_nothing_about_photos(client, published):
    published()
    _, sql = count(client, "/")
    assert not any('"photos_photo"' in q for q in sql), sql
