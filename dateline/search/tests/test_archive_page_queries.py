"""The archive's story lists are pinned to a fixed number of queries,
however many stories the day or month holds: each story's public headline
comes in the list's own query (it was one query per story)."""

from datetime import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dateline.core.timefmt import newsroom_zone

pytestmark = pytest.mark.django_db

ARCHIVE_LIST_QUERIES = 2  # a count and one page of stories


@pytest.mark.parametrize("path", ["/archive/2024/03/05/", "/archive/section/politics/2024/03/"])
@pytest.mark.parametrize("stories", [1, 6])
def test_archive_lists_do_not_query_per_story(client, make_story, path, stories):
    for n in range(stories):
        make_story(
            f"Party convention, day {n}", section="politics", at=datetime(2024, 3, 5, 9 + n, tzinfo=newsroom_zone())
        )
    client.get(path)  # the section menu is now in memory
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200 and "Party convention, day 0" in response.content.decode()
    assert len(queries) == ARCHIVE_LIST_QUERIES, [q["sql"] for q in queries]
