"""The media middleware serves renditions as files, cached for a year, and
never an original (which may carry GPS positions and serial numbers), nor
anything reached by a path trick."""

import pytest

from dateline.photos.services import add_photo, ensure_renditions

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo(jpeg, system_actor, media):
    return ensure_renditions(add_photo(jpeg((700, 500)), actor=system_actor))


def test_a_rendition_is_served_as_an_immutable_file(client, photo, media, django_assert_num_queries):
    info = photo.renditions["16x9/640.webp"]
    with django_assert_num_queries(0):
        response = client.get("/media/" + info["name"])
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == (media / info["name"]).read_bytes()
    assert int(response["Content-Length"]) == info["bytes"]
    assert "Set-Cookie" not in response
    # The key a withdrawal purges, so the cache in front lets the file go.
    assert response["xkey"] == response["Surrogate-Key"] == f"photo-files-{photo.public_id}"


def test_head_answers_without_a_body(client, photo):
    response = client.head("/media/" + photo.renditions["original/320.jpeg"]["name"])
    assert response.status_code == 200 and response.content == b""
    assert response["Content-Type"] == "image/jpeg"


def test_an_original_is_never_served(client, photo, media):
    assert (media / photo.original.name).exists()
    assert client.get("/media/" + photo.original.name).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "renditions/{id}/{key}/../../../{original}",
        "renditions/{id}/{key}/..%2F..%2F..%2F{original}",
        "renditions/{id}/{key}/%2e%2e/%2e%2e/%2e%2e/{original}",
        "renditions/{id}/{key}/original-320.jpg/../../../../{original}",
        "renditions/{id}/{key}\\..\\..\\..\\{original}",
        "renditions/{id}/{key}/original-320.jpg%00.png",
        "renditions/{id}/{key}/",
        "renditions/{id}/{key}/original-99999.jpg",
        "/{media}/{original}",
        "renditions/{id}/{key}/Original-320.JPG",
    ],
)
def test_path_tricks_get_nothing(client, photo, media, path):
    url = "/media/" + path.format(
        id=photo.public_id, key=photo.renditions_key, original=photo.original.name, media=str(media).lstrip("/")
    )
    response = client.get(url)
    assert response.status_code == 404
    assert photo.original.read() not in (response.content or b"")


def test_only_get_and_head(client, photo):
    assert client.post("/media/" + photo.renditions["original/320.jpeg"]["name"]).status_code == 405


def test_other_paths_pass_through(client, photo):
    assert client.get("/").status_code == 200
