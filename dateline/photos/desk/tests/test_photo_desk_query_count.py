"""The photo desk's pages, and the story editor with photos, cost a fixed
number of queries however many photos there are."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import form_data


def queries(client, path):
    client.get(path)  # warm: the section menu memo, presence rows
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    return len(ctx.captured_queries)


def test_the_photo_list(editor_client, reporter, make_photo):
    make_photo(reporter)
    assert queries(editor_client, "/newsroom/photos/") == 6
    for _ in range(5):
        make_photo(reporter)
    # Session, user, groups' permissions, count, page, and the photos' uploaders in the same query.
    assert queries(editor_client, "/newsroom/photos/") == 6
    assert queries(editor_client, "/newsroom/photos/?q=picture&status=draft") == 6


def test_the_edit_page(editor_client, make_photo):
    photo = make_photo()
    assert queries(editor_client, f"/newsroom/photos/{photo.public_id}/") == 5


def test_the_upload_page(editor_client):
    assert queries(editor_client, "/newsroom/photos/upload/") == 4


def test_the_story_editor_with_photos(editor_client, draft_story, make_photo):
    few = [make_photo() for _ in range(2)]
    editor_client.post(
        f"/newsroom/story/{draft_story.public_id}/", form_data(draft_story, photos=" ".join(p.public_id for p in few))
    )
    path = f"/newsroom/story/{draft_story.public_id}/"
    with_two = queries(editor_client, path)
    draft_story.refresh_from_db()
    more = few + [make_photo() for _ in range(4)]
    editor_client.post(path, form_data(draft_story, photos=" ".join(p.public_id for p in more)))
    assert queries(editor_client, path) == with_two
