"""The upload form without scripts: several files in one post, each added or
refused with its reason, one bad file never stopping the others."""

from django.core.files.uploadedfile import SimpleUploadedFile

from dateline.photos.models import Photo

from .conftest import SVG, jpeg_bytes


def test_each_file_is_added_or_refused_with_its_reason(reporter_client, reporter, settings):
    settings.DATELINE_PHOTO_MAX_BYTES = 200_000
    files = [
        SimpleUploadedFile("harbour.jpg", jpeg_bytes(), "image/jpeg"),
        SimpleUploadedFile("drawing.svg", SVG, "image/svg+xml"),
        SimpleUploadedFile("huge.jpg", b"\xff\xd8\xff" + b"\0" * 300_000, "image/jpeg"),
        SimpleUploadedFile("market.jpg", jpeg_bytes(), "image/jpeg"),
    ]
    response = reporter_client.post("/newsroom/photos/upload/", {"files": files})

    assert response.status_code == 200
    page = response.content.decode()
    added = list(Photo.objects.order_by("pk"))
    # The two pictures are in, as drafts by the reporter, whatever came between them.
    assert len(added) == 2
    assert all(p.status == Photo.Status.DRAFT and p.created_by_id == reporter.pk for p in added)
    for photo in added:
        assert f"Added as {photo.public_id}." in page
        assert f"/newsroom/photos/{photo.public_id}/" in page
    # Each refusal is named with its file and its reason.
    assert "drawing.svg" in page and "SVG" in page
    assert "huge.jpg" in page and "larger than" in page
    assert page.count("Not added.") == 2


def test_the_same_picture_again_is_named_not_duplicated(reporter_client):
    data = jpeg_bytes()
    reporter_client.post("/newsroom/photos/upload/", {"files": [SimpleUploadedFile("a.jpg", data, "image/jpeg")]})
    response = reporter_client.post(
        "/newsroom/photos/upload/", {"files": [SimpleUploadedFile("again.jpg", data, "image/jpeg")]}
    )
    photo = Photo.objects.get()
    assert f"Already in the archive as {photo.public_id}." in response.content.decode()


def test_nothing_chosen_or_only_bad_files_is_a_400_that_says_so(reporter_client):
    empty = reporter_client.post("/newsroom/photos/upload/", {})
    assert empty.status_code == 400
    assert "Choose one or more photos" in empty.content.decode()
    bad = reporter_client.post(
        "/newsroom/photos/upload/", {"files": [SimpleUploadedFile("notes.txt", b"hello", "text/plain")]}
    )
    assert bad.status_code == 400
    assert "notes.txt" in bad.content.decode()
    assert not Photo.objects.exists()


def test_more_files_than_the_limit_is_a_clear_400_not_an_error_page(reporter_client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    files = [SimpleUploadedFile(f"{n}.jpg", jpeg_bytes(), "image/jpeg") for n in range(3)]
    response = reporter_client.post("/newsroom/photos/upload/", {"files": files})
    assert response.status_code == 400
    assert "Send at most 2 files at once" in response.content.decode()
    assert not Photo.objects.exists()


def test_the_form_needs_its_csrf_token(reporter):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(reporter)
    response = client.post(
        "/newsroom/photos/upload/", {"files": [SimpleUploadedFile("a.jpg", jpeg_bytes(), "image/jpeg")]}
    )
    assert response.status_code == 403
    assert not Photo.objects.exists()


def test_the_form_names_the_formats_the_photo_core_accepts(reporter_client):
    # One list for the page and the refusals: HEIC, when its decoder is
    # installed, is named on the form as it is accepted on arrival.
    from dateline.photos.imaging import ACCEPTED

    page = reporter_client.get("/newsroom/photos/upload/").content.decode()
    assert f"<p>{ACCEPTED}, up to" in page
