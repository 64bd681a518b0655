"""An upload that arrives while another connection is writing waits for it,
as production's SQLite (WAL, BEGIN IMMEDIATE, busy_timeout) and PostgreSQL
do, instead of failing with "database table is locked": the cause of the
several-files drop test failing under load was the test database (SQLite's
shared-cache memory database does not wait for locks), not the desk."""

import threading
import time

import pytest
from django.db import connection, transaction

from dateline.photos.models import Photo
from dateline.stories.models import Section

from .conftest import jpeg_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOLD_SECONDS = 1.5


def test_an_upload_during_another_write_waits_and_is_stored(live_server, page, sign_in_page, reporter):
    sign_in_page(page, reporter)
    page.goto(live_server.url + "/newsroom/photos/upload/")
    token = page.locator("input[name=csrfmiddlewaretoken]").first.get_attribute("value")
    holding, done = threading.Event(), threading.Event()

    def write_and_hold():
        # Another worker's write (a rendition thread, another upload) in its
        # own connection, open for a while.
        try:
            with transaction.atomic():
                Section.objects.filter(slug="economy").update(name="Economy")
                holding.set()
                time.sleep(HOLD_SECONDS)
        finally:
            connection.close()
            done.set()

    threading.Thread(target=write_and_hold, daemon=True).start()
    assert holding.wait(10)
    started = time.monotonic()
    response = page.request.post(
        live_server.url + "/newsroom/photos/upload/one/",
        multipart={"file": {"name": "harbour.jpg", "mimeType": "image/jpeg", "buffer": jpeg_bytes()}},
        headers={"X-CSRFToken": token, "Referer": live_server.url + "/newsroom/photos/upload/"},
    )
    assert response.status == 201, response.text()[:500]
    assert done.wait(10)
    assert time.monotonic() - started >= HOLD_SECONDS * 0.5  # it waited for the other write
    assert Photo.objects.count() == 1
