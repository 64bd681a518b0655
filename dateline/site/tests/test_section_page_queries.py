"""The section page's query count is pinned: a count and one page of rows,
whatever the size of the section or the page asked for."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

SECTION_QUERIES = 2


@pytest.mark.parametrize("page", ["", "?page=2"])
def test_section_page_makes_a_count_and_one_read(client, make_story, settings, page):
    settings.DATELINE_PAGE_SIZE = 3
    for n in range(7):
        make_story(headline=f"Sports story {n}", section="sports")
    client.get("/section/sports/")  # the section menu is now in memory
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/section/sports/{page}")
    assert response.status_code == 200
    assert len(queries) == SECTION_QUERIES, [q["sql"] for q in queries]
