"""The "All stories" desk and the New story page cost a fixed number of
queries, however large the archive (bench/ measures the time at 100,000)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import write_draft

PAGES = [
    "/newsroom/all/",
    "/newsroom/all/?q=harbour",
    "/newsroom/all/?q=harbour&status=published&section=economy",
    "/newsroom/all/?date_from=2020-01-01&urgency=3&page=2",
]


def queries(client, path):
    client.get(path)  # warm: presence rows and the section menu memo
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    return len(ctx.captured_queries)


def test_the_desk_does_not_grow_with_the_archive(editor_client, reporter, sections, indexed_story):
    def add(n):
        for i in range(n):
            indexed_story(f"Harbour story {i}", section="economy", urgency=3, body=["The harbour reopened."])
            write_draft(reporter, sections["economy"], f"Harbour draft {i}", ["The harbour plan."], urgency=3)

    add(2)
    few = {path: queries(editor_client, path) for path in PAGES}
    add(60)
    many = {path: queries(editor_client, path) for path in PAGES}
    assert many == few
    # Session, user, permissions, the search backend's own statements, the
    # unpublished matches, the count and the page, presence, the filters'
    # choice lists. PostgreSQL's search adds its transaction settings.
    assert max(few.values()) <= (15 if connection.vendor == "sqlite" else 18), few


def test_the_new_story_page_is_pinned(reporter_client, reporter):
    # 11 for the form and the shell, and the photo box's newest photos (one
    # query however many: test_new_story_page_query_count.py pins it exactly).
    assert queries(reporter_client, "/newsroom/story/new/") <= 12
