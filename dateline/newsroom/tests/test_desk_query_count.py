"""The desk's list and editor pages cost a fixed number of queries, however
many stories and revisions there are."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from dateline.stories.actions import Actor, CreateStory

from .conftest import form_data


def _queries(client, path):
    client.get(path)  # warm: first visits create presence rows and fill the section menu memo
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    return len(ctx.captured_queries)


def test_list_queries_do_not_grow_with_the_number_of_stories(editor_client, reporter, section, reporter_client):
    def add(n):
        for i in range(n):
            story = CreateStory(actor=Actor(reporter), section=section, headline=f"Story {i}", body=["x"]).execute()
            reporter_client.post(f"/newsroom/story/{story.public_id}/workflow/", {"action": "submit"})

    add(2)
    few = _queries(editor_client, "/newsroom/list/submitted/")
    add(20)
    many = _queries(editor_client, "/newsroom/list/submitted/")
    assert many == few


def test_editor_queries_do_not_grow_with_revisions(editor_client, draft):
    few = _queries(editor_client, f"/newsroom/story/{draft.public_id}/")
    for n in range(15):
        draft.refresh_from_db()
        editor_client.post(f"/newsroom/story/{draft.public_id}/", form_data(draft, headline=f"Headline {n}"))
    many = _queries(editor_client, f"/newsroom/story/{draft.public_id}/")
    assert many == few
