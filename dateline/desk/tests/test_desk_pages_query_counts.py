"""The shell and the desk pages it wraps cost a fixed number of queries,
however many rows they list."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

# Each page's queries, shell included (session, user, permissions, role).
PAGES = {
    "/feedback/inbox/": 10,
    "/newsroom/incoming/?status=all": 9,
    "/threads/manage/": 7,
    "/newsroom/staff/": 8,
    "/newsroom/audit/": 8,
}


def queries(client, path):
    client.get(path)  # warm: the section menu memo, presence rows
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    return len(ctx.captured_queries)


@pytest.fixture
def add_rows(make_story):
    """Add `n` rows to every list above."""
    from pathlib import Path

    from dateline.feedback.models import Feedback
    from dateline.feedback.services import new_token
    from dateline.ingest.services import ingest_bytes
    from dateline.newsroom.audit import record
    from dateline.newsroom.staff import create_staff
    from dateline.threads.services import create_thread

    sample = Path(__file__).resolve().parents[2] / "ingest" / "tests" / "wire_samples" / "agency_ninjs2.json"
    counter = {"n": 0}

    def add(n):
        for _ in range(n):
            counter["n"] += 1
            i = counter["n"]
            story = make_story(f"Story {i}")
            Feedback.objects.create(
                story=story,
                version=story.live,
                message=f"Report {i}",
                category=Feedback.Category.TYPO,
                submission_token=new_token(),
            )
            ingest_bytes(
                sample.read_bytes()
                .replace(b'"uri"', f'"x{i}":1,"uri"'.encode(), 1)
                .replace(b"urn:newsml", f"urn:newsml:{i}".encode(), 1),
                source=f"Agency {i}",
            )
            create_thread(f"Thread {i}", stories=[story])
            record("test.row", username=f"user{i}")
            create_staff(f"person{i}", "reporter", "correct horse battery staple", validate=False)

    return add


@pytest.mark.parametrize("path", PAGES)
def test_desk_pages_do_not_grow_with_their_lists(client_as, add_rows, path):
    client = client_as("chief")
    add_rows(2)
    few = queries(client, path)
    add_rows(8)
    many = queries(client, path)
    assert many == few, f"{path}: {few} queries with 2 rows, {many} with 10"
    assert few == PAGES[path], f"{path}: {few} queries, pinned at {PAGES[path]}"
