"""The page script's upload: one request per file, answered with JSON for
that file, so the page shows each result as it finishes."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from dateline.photos.models import Photo

from .conftest import SVG, jpeg_bytes

URL = "/newsroom/photos/upload/one/"


def test_a_good_file_is_added_and_described_in_json(reporter_client):
    response = reporter_client.post(URL, {"file": SimpleUploadedFile("harbour.jpg", jpeg_bytes(), "image/jpeg")})
    assert response.status_code == 201
    body = response.json()
    photo = Photo.objects.get()
    assert body["ok"] is True
    assert body["results"] == [
        {
            "ok": True,
            "file": "harbour.jpg",
            "existing": False,
            "message": f"Added as {photo.public_id}.",
            "public_id": photo.public_id,
            "edit_url": f"/newsroom/photos/{photo.public_id}/",
            "width": 900,
            "height": 600,
        }
    ]


def test_a_refused_file_gets_its_reason_in_json(reporter_client):
    response = reporter_client.post(URL, {"file": SimpleUploadedFile("logo.svg", SVG, "image/svg+xml")})
    assert response.status_code == 400
    result = response.json()["results"][0]
    assert result["ok"] is False and result["file"] == "logo.svg"
    assert "SVG" in result["error"]
    assert not Photo.objects.exists()


def test_a_file_over_the_cap_is_that_file_s_error_not_a_413(reporter_client, settings):
    settings.DATELINE_PHOTO_MAX_BYTES = 100_000
    # Far above FILE_UPLOAD_MAX_MEMORY_SIZE too: it would go to a temporary file.
    big = SimpleUploadedFile("big.jpg", b"\xff\xd8\xff" + b"\1" * 3_000_000, "image/jpeg")
    response = reporter_client.post(URL, {"file": big})
    assert response.status_code == 400
    result = response.json()["results"][0]
    assert result == {
        "ok": False,
        "file": "big.jpg",
        "error": "This file is larger than 100 KB, the largest photo the desk takes.",
    }


def test_no_file_is_a_400_in_json(reporter_client):
    response = reporter_client.post(URL, {})
    assert response.status_code == 400
    assert response.json()["error"] == "No file was sent."


def test_the_script_s_request_needs_the_csrf_token(reporter):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reporter)
    refused = client.post(URL, {"file": SimpleUploadedFile("a.jpg", jpeg_bytes(), "image/jpeg")})
    assert refused.status_code == 403
    client.get("/newsroom/photos/upload/")  # the page sets the CSRF cookie the script sends back
    token = client.cookies["csrftoken"].value
    accepted = client.post(
        URL, {"file": SimpleUploadedFile("a.jpg", jpeg_bytes(), "image/jpeg")}, HTTP_X_CSRFTOKEN=token
    )
    assert accepted.status_code == 201
    assert Photo.objects.count() == 1
