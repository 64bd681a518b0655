"""A story with a lead photo and a gallery, sent as ninjs 2.1, ninjs 3.0 and
NewsML-G2 (each valid against the IPTC's schema) and taken in again from a
partner's server, keeps its pictures: the same order, captions, credits,
alt text and extended descriptions, every rendition listed, and the largest
one fetched and stored."""

import functools
import http.server
import json
import threading

import pytest
from lxml import etree

from dateline.ingest.parsers import detect
from dateline.ingest.polling import ingest_source
from dateline.photos.models import Photo
from dateline.wire import pictures
from dateline.wire.newsml import to_newsml_document_bytes
from dateline.wire.ninjs import to_ninjs

from .conftest import _QuietHandler


@pytest.fixture
def site_server(tmp_path, settings):
    """Serve tmp_path (MEDIA_ROOT is tmp_path/media) on 127.0.0.1 as our own
    site, so the renditions' absolute URLs point at it."""
    handler = functools.partial(_QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.DATELINE_SITE_URL = f"http://127.0.0.1:{server.server_address[1]}"
    settings.MEDIA_URL = "/media/"
    yield tmp_path
    server.shutdown()
    server.server_close()


def ninjs21(story) -> bytes:
    return json.dumps(to_ninjs(story, story.live, "2.1")).encode()


def ninjs30(story) -> bytes:
    return json.dumps(to_ninjs(story, story.live, "3.0")).encode()


def newsml(story) -> bytes:
    return to_newsml_document_bytes(story, story.live)[0]


@pytest.fixture
def valid(assert_valid_ninjs, newsml_schema):
    """Checks what went out against the IPTC's schema of its format."""

    def check(data: bytes, export) -> None:
        if export is newsml:
            root = etree.fromstring(data)
            assert newsml_schema.validate(root), newsml_schema.error_log
        else:
            assert_valid_ninjs(json.loads(data), "2.1" if export is ninjs21 else "3.0")

    return check


@pytest.mark.parametrize("export, name", [(ninjs21, "story.json"), (ninjs30, "story3.json"), (newsml, "story.xml")])
def test_round_trip_keeps_captions_credits_and_renditions(site_server, make_story, wire_photo, valid, export, name):
    lead = wire_photo(
        caption="Ships wait outside the port & harbour.",
        headline="Busan port",
        alt_text="Three container ships at anchor under a grey sky.",
        extended_description="Seen from the breakwater.\nThe nearest ship's deck is stacked with red containers.",
    )
    gallery = wire_photo(
        caption="Cranes at dawn.",
        credit_line="Example Agency",
        creator="Lee Ji-ho",
        alt_text="Gantry cranes against an orange sky.",
        width=1800,
    )
    story = make_story(photos=[lead.pk, gallery.pk])
    data = export(story)
    valid(data, export)
    (site_server / name).write_bytes(data)

    # What went out lists every rendition made; what comes back reads them all.
    (parsed,) = detect(data, name).parse(data)
    for sent, ref in zip((lead, gallery), parsed.pictures, strict=True):
        went_out = {(r.href, r.width, r.height, r.content_type) for r in pictures.renditions(sent)}
        came_back = {(r["href"], r["width"], r["height"], r["contentType"]) for r in ref.renditions}
        assert came_back == went_out

    report = ingest_source(f"{pictures.absolute('/')}{name}", source=f"Ourselves {name}")
    (item,) = report.created
    taken = [Photo.objects.get(pk=pk) for pk in item.photos]
    assert len(taken) == 2 and all(p.pk not in (lead.pk, gallery.pk) for p in taken)
    for sent, back in zip((lead, gallery), taken, strict=True):
        for field in ("caption", "credit_line", "creator", "headline", "alt_text", "extended_description"):
            assert getattr(back, field) == getattr(sent, field), field
        # The largest rendition sent is the one fetched and stored.
        largest = pictures.renditions(sent)[0]
        assert (back.width, back.height) == (largest.width, largest.height)
        stored = back.original.read()
        assert stored == (site_server / largest.href.split("/", 3)[3]).read_bytes()
        assert back.source_url == largest.href and back.source_key == pictures.photo_uri(sent)
