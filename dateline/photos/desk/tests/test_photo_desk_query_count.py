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


# Every desk page: the session, its sign-out generation, the user, their
# own and their groups' permissions, and their groups for the shell's role.
SHELL = 6


def test_the_photo_list(editor_client, reporter, make_photo):
    make_photo(reporter)
    # The count and one page of photos, with who uploaded each in the same query.
    assert queries(editor_client, "/newsroom/photos/") == SHELL + 2
    for _ in range(5):
        make_photo(reporter, caption="Rain picture")
    assert queries(editor_client, "/newsroom/photos/") == SHELL + 2
    assert queries(editor_client, "/newsroom/photos/?q=picture&status=draft") == SHELL + 2
    assert queries(editor_client, "/newsroom/photos/?origin=desk&status=draft") == SHELL + 2


def test_the_edit_page(editor_client, make_photo):
    photo = make_photo()
    assert queries(editor_client, f"/newsroom/photos/{photo.public_id}/") == SHELL + 1


def test_the_upload_page(editor_client):
    assert queries(editor_client, "/newsroom/photos/upload/") == SHELL


def test_the_story_editor_with_photos(editor_client, draft, make_photo):
    few = [make_photo() for _ in range(2)]
    editor_client.post(
        f"/newsroom/story/{draft.public_id}/", form_data(draft, photos=" ".join(p.public_id for p in few))
    )
    path = f"/newsroom/story/{draft.public_id}/"
    with_two = queries(editor_client, path)
    draft.refresh_from_db()
    more = few + [make_photo() for _ in range(4)]
    editor_client.post(path, form_data(draft, photos=" ".join(p.public_id for p in more)))
    assert queries(editor_client, path) == with_two
