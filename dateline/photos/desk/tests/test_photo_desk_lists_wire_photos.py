"""The photo desk's list says which photos came from the wire, from which
source and under which id of the sender's, and filters by where photos came
from; the page's query count stays fixed (test_photo_desk_query_count.py)."""

import pytest

from dateline.photos.services import add_photo
from dateline.stories.actions import Actor

from .conftest import jpeg_bytes

pytestmark = pytest.mark.django_db
WIRE = Actor.system("feed:Reuters pictures", via="ingest")


@pytest.fixture
def photos(settings, tmp_path, reporter):
    settings.MEDIA_ROOT = tmp_path / "media"
    wire = add_photo(
        jpeg_bytes(),
        "filed.jpg",
        actor=WIRE,
        source="Reuters pictures",
        source_url="https://pictures.example/filed.jpg",
        source_key="tag_reuters.com_2014_newsml_LYNXMPEA6F0MS",
        described={"headline": "Assad sworn in"},
        from_wire=True,
    )
    desk = add_photo(
        jpeg_bytes(), "upload.jpg", actor=Actor.system("test-desk", via="desk"), described={"headline": "Desk upload"}
    )
    return wire, desk


def test_a_wire_photo_shows_its_source_and_the_senders_id(editor_client, photos):
    page = editor_client.get("/newsroom/photos/").content.decode()
    assert (
        "From the wire: Reuters pictures · sender's id <code>tag_reuters.com_2014_newsml_LYNXMPEA6F0MS</code>" in page
    )
    assert page.count("From the wire:") == 1  # the desk's upload says nothing of the kind


def test_the_list_filters_by_where_photos_came_from(editor_client, photos):
    wire, desk = photos
    from_wire = editor_client.get("/newsroom/photos/?origin=wire").content.decode()
    assert wire.public_id in from_wire and desk.public_id not in from_wire
    assert '<option value="wire" selected>' in from_wire
    uploaded = editor_client.get("/newsroom/photos/?origin=desk").content.decode()
    assert desk.public_id in uploaded and wire.public_id not in uploaded
    # An unknown value is no filter, not an error.
    anything = editor_client.get("/newsroom/photos/?origin=mars")
    assert anything.status_code == 200
    assert wire.public_id in anything.content.decode() and desk.public_id in anything.content.decode()


def test_the_photo_page_names_the_wire_and_the_senders_id(editor_client, photos):
    wire, _ = photos
    page = editor_client.get(f"/newsroom/photos/{wire.public_id}/").content.decode()
    assert (
        "from the wire: Reuters pictures (sender's id <code>tag_reuters.com_2014_newsml_LYNXMPEA6F0MS</code>)" in page
    )
