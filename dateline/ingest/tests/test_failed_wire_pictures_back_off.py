"""A wire picture whose fetch failed is not fetched again on every poll: the
next try waits DATELINE_PICTURE_RETRY_SECONDS, twice as long after each
further failure, and after DATELINE_PICTURE_TRIES tries Dateline gives up,
saying so. Polling again before a try is due fetches nothing and writes
nothing. A picture that is taken in at last forgets its failures."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone as django_timezone

from dateline.ingest.models import IncomingItem, IngestRejection, PictureFailure
from dateline.ingest.services import ingest_bytes
from dateline.photos.models import Photo

from .test_ingest_takes_pictures_in import ninjs, picture, story
from .test_lone_picture_items_reach_the_photo_desk import REUTERS, REUTERS_BASE

pytestmark = pytest.mark.django_db
FILED = REUTERS_BASE + "FILEDIMAGE"


@pytest.fixture
def clock(monkeypatch):
    """Django's clock, moved by hand."""

    class Clock:
        now = django_timezone.now()

        def advance(self, seconds):
            self.now += timedelta(seconds=seconds)

    found = Clock()
    monkeypatch.setattr(django_timezone, "now", lambda: found.now)
    return found


@pytest.fixture
def reuters_down(realwire, wire_server, image, settings):
    """The real Reuters picture item, its server answering 404 for every rendition but the thumbnail's host."""
    settings.DATELINE_PICTURE_RETRY_SECONDS = 300
    settings.DATELINE_PICTURE_TRIES = 3
    wire_server.serve(REUTERS_BASE + "ELSEWHERE", image())  # the host is up; the renditions are not there
    return realwire.read(REUTERS)


def fetches(wire_server):
    return sum(1 for path, _ in wire_server.requests if "LYNXMPEA6F0MS-" in path)


def test_a_failed_picture_waits_then_is_tried_again_with_a_longer_wait(reuters_down, wire_server, clock):
    first = ingest_bytes(reuters_down, source="Reuters pictures")
    (refused,) = first.photos_refused
    assert "the server answered 404 Not Found (try 1 of 3; the next after" in refused.reason
    tried = fetches(wire_server)
    assert tried == 3  # the three largest renditions, each once (ATTEMPTS)
    failure = PictureFailure.objects.get()
    assert (failure.tries, failure.next_try_at) == (1, clock.now + timedelta(seconds=300))

    # Polled again before the try is due: nothing fetched, nothing written.
    clock.advance(299)
    again = ingest_bytes(reuters_down, source="Reuters pictures")
    assert fetches(wire_server) == tried
    assert not again.photos_refused and IngestRejection.objects.count() == 1
    ((original_id, note),) = again.photos_waiting
    assert original_id == "tag_reuters.com_2014_newsml_LYNXMPEA6F0MS"
    assert note.startswith("picture not taken in: failed 1 try so far (last: the server answered 404 Not Found")
    assert "waiting to try again" in again.summary()
    assert PictureFailure.objects.get().tries == 1

    clock.advance(1)
    ingest_bytes(reuters_down, source="Reuters pictures")
    assert fetches(wire_server) == 2 * tried
    failure = PictureFailure.objects.get()
    assert (failure.tries, failure.next_try_at) == (2, clock.now + timedelta(seconds=600))


def test_after_the_last_try_dateline_gives_up_and_says_so(reuters_down, wire_server, clock):
    for _ in range(3):
        report = ingest_bytes(reuters_down, source="Reuters pictures")
        clock.advance(3600)
    (refused,) = report.photos_refused
    assert refused.reason.endswith("the server answered 404 Not Found (given up after 3 tries)")
    failure = PictureFailure.objects.get()
    assert failure.gave_up and failure.tries == 3
    tried = fetches(wire_server)

    clock.advance(30 * 86400)
    later = ingest_bytes(reuters_down, source="Reuters pictures")
    assert fetches(wire_server) == tried and PictureFailure.objects.get().tries == 3
    ((_, note),) = later.photos_waiting
    assert "given up after 3 tries (last: the server answered 404 Not Found)" in note
    assert not Photo.objects.exists()


def test_deleting_the_failure_tries_again_and_success_forgets_it(reuters_down, wire_server, image, clock):
    ingest_bytes(reuters_down, source="Reuters pictures")
    wire_server.serve(FILED, image())  # the partner fixed its server
    PictureFailure.objects.all().delete()  # as the admin site's delete does
    (photo,) = ingest_bytes(reuters_down, source="Reuters pictures").photos_created
    assert photo.source_key == "tag_reuters.com_2014_newsml_LYNXMPEA6F0MS"
    assert not PictureFailure.objects.exists()


def test_a_due_try_that_succeeds_forgets_the_failures(reuters_down, wire_server, image, clock):
    ingest_bytes(reuters_down, source="Reuters pictures")
    wire_server.serve(FILED, image())
    clock.advance(300)
    assert len(ingest_bytes(reuters_down, source="Reuters pictures").photos_created) == 1
    assert not PictureFailure.objects.exists()


def test_a_storys_failed_picture_backs_off_too(picture_server, settings, clock):
    settings.DATELINE_PICTURE_RETRY_SECONDS = 300
    gone = picture_server.url + "/gone.jpg"
    ingest_bytes(ninjs(story("urn:x:1", picture("urn:x:pic:1", gone, "Gone"))), source="Partner")
    assert picture_server.asked("/gone.jpg") == 1
    report = ingest_bytes(ninjs(story("urn:x:1", picture("urn:x:pic:1", gone, "Gone"), version="2")), source="Partner")
    assert picture_server.asked("/gone.jpg") == 1  # not fetched again before its try is due
    (item,) = report.updated
    assert any(
        note.startswith(f"Picture not taken in ({gone}): failed 1 try so far (last: the server answered 404")
        for note in item.desk_notes
    )
    assert IncomingItem.objects.get().versions_received == 2


def test_a_picture_the_batchs_deadline_cut_off_counts_no_try(picture_server, image, settings):
    settings.DATELINE_FETCH_DEADLINE = 1
    settings.DATELINE_POLL_WORKERS = 1  # one after the other: the second starts after the deadline
    slow = picture_server.serve("/slow.jpg", image(), delay=3)
    late = picture_server.serve("/late.jpg", image(color=(5, 5, 5)))
    docs = [
        {"uri": f"urn:x:pic:{n}", "type": "picture", "renditions": [{"name": "web", "href": href}]}
        for n, href in enumerate((slow, late))
    ]
    report = ingest_bytes(json.dumps(docs).encode(), source="Partner")
    reasons = {r.original_id: r.reason for r in report.photos_refused}
    assert "took longer than the 1 s a batch's pictures may take (try 1 of" in reasons["urn:x:pic:0"]
    assert reasons["urn:x:pic:1"].endswith("the batch's time for pictures ran out; the next poll tries again")
    assert picture_server.asked("/late.jpg") == 0
    # The slow picture's try counts; the one never tried is not held back.
    assert list(PictureFailure.objects.values_list("key", flat=True)) == ["urn:x:pic:0"]
