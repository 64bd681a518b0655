"""A picture item that arrives alone (a partner's photo wire: no story in the
message carries it) becomes an unpublished photo on the photo desk, marked
as from the wire with its source and the sender's id, described by what the
sender says (over what the file embeds, only where the sender says it), its
best rendition fetched through the address policy. It is no story: nothing
lands in the Incoming queue. Alt text is never made up from the caption."""

import json
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from dateline.ingest.models import IncomingItem, IngestRejection, WirePicture
from dateline.ingest.services import ingest_bytes
from dateline.photos.actions import PhotoError, PublishPhoto
from dateline.photos.models import Photo
from dateline.photos.tests.conftest import iim_block, with_app13
from dateline.stories.actions import Actor

pytestmark = pytest.mark.django_db

REUTERS = "newsml-g2/tag_reuters.com_2014_newsml_LYNXMPEA6F0MS_version_2"
REUTERS_BASE = (
    "http://content.reuters.com/auth-server/content/tag_reuters.com_2014_newsml_LYNXMPEA6F0MS_2/"
    "tag_reuters.com_2014_binary_LYNXMPEA6F0MS-"
)
REUTERS_RENDITIONS = ("THUMBNAIL", "VIEWIMAGE", "BASEIMAGE", "FILEDIMAGE")
AAP_ORIGINAL = "http://localhost:5000/api/upload-raw/599faa331d41c8fdc696d8b4.jpg"


def serve_reuters(wire_server, image):
    for n, name in enumerate(REUTERS_RENDITIONS):
        wire_server.serve(REUTERS_BASE + name, image(color=(n, 10, 10)))


def test_a_newsml_g2_picture_item_alone_becomes_a_draft_photo_from_the_wire(realwire, wire_server, image):
    serve_reuters(wire_server, image)
    report = ingest_bytes(realwire.read(REUTERS), source="Reuters pictures", origin=REUTERS)

    (photo,) = report.photos_created
    photo.refresh_from_db()
    # The largest rendition (rend:filedImage, 1500x1128) is the one fetched, once.
    assert [wire_server.asked(REUTERS_BASE + name) for name in REUTERS_RENDITIONS] == [0, 0, 0, 1]
    assert (photo.status, photo.from_wire, photo.source, photo.source_key) == (
        Photo.Status.DRAFT,
        True,
        "Reuters pictures",
        "tag_reuters.com_2014_newsml_LYNXMPEA6F0MS",
    )
    assert photo.source_url == REUTERS_BASE + "FILEDIMAGE"
    assert photo.headline.startswith("Still image from video shows Syria's President Bashar al-Assad")
    assert photo.caption.startswith("A still image taken from video shows Syria's President")
    assert photo.caption.endswith("REUTERS/Syria TV via Reuters TV")
    assert (photo.creator, photo.credit_line, photo.city) == ("REUTERS TV", "Reuters", "Bangalore")
    assert photo.copyright_notice.startswith("(c) Copyright Thomson Reuters 2014.")
    # No contentCreated and nothing in the file: the item's firstCreated dates it.
    assert photo.date_created == datetime(2014, 7, 16, 12, 30, 52, tzinfo=UTC)
    assert photo.alt_text == ""  # the caption says the news, not what the picture shows

    record = WirePicture.objects.get()
    assert (record.source, record.original_id, record.original_version, record.photo) == (
        "Reuters pictures",
        "tag_reuters.com_2014_newsml_LYNXMPEA6F0MS",
        "2",
        photo,
    )
    assert not IncomingItem.objects.exists() and not report.rejected
    assert report.summary() == (
        "0 new, 0 updated, 0 unchanged, 0 rejected; photos: 1 new, 0 updated, 0 unchanged, 0 refused"
    )


def test_an_editor_must_write_the_alt_text_before_publishing_it(realwire, wire_server, image):
    serve_reuters(wire_server, image)
    (photo,) = ingest_bytes(realwire.read(REUTERS), source="Reuters pictures").photos_created
    with pytest.raises(PhotoError, match="Add alt text before publishing"):
        PublishPhoto(photo, actor=Actor.system("test")).execute()


def test_a_ninjs_1_picture_item_keeps_the_superdesk_fields(realwire, wire_server, image):
    wire_server.serve(AAP_ORIGINAL, image(1200, 800))
    report = ingest_bytes(realwire.read("ninjs/sd_ninjs3.json"), source="AAP photos")
    (photo,) = report.photos_created
    photo.refresh_from_db()
    assert wire_server.asked(AAP_ORIGINAL) == 1  # "original", 6016x4016, the largest of six
    assert photo.source_key == "20170825001315282180" and photo.from_wire
    assert (photo.headline, photo.caption) == (
        "German Air Force Museum",
        "A Casa 2.111, a Spanish reconstruction of the Heinkel He 111",
    )
    assert (photo.creator, photo.credit_line) == ("A3576/_Maurizio Gambarini", "AAP")
    assert (photo.copyright_notice, photo.rights_usage) == ("Copyright", "Usage")
    assert photo.keywords == ["arts, culture and entertainment"]
    assert photo.date_created == datetime(2017, 8, 18, 2, 57, 43, tzinfo=UTC)
    # The sender's point of interest (x 3368 of 6016, y 1646 of 4016) is the focal point.
    assert photo.focal_x == pytest.approx(3368 / 6016, abs=0.01)
    assert photo.focal_y == pytest.approx(1646 / 4016, abs=0.01)
    assert WirePicture.objects.get().original_version == "3"


def ninjs3_picture(uri, href, **extra) -> dict:
    return {
        "uri": uri,
        "type": "picture",
        "version": "1",
        "versionCreated": "2026-11-30T01:00:00Z",
        "headlines": [{"role": "main", "value": "Harbour at dawn"}],
        "descriptions": [{"role": "caption", "contentType": "text/plain", "value": "Ships wait outside the harbour."}],
        "renditions": [{"name": "web", "href": href, "contentType": "image/jpeg", "width": 800, "height": 600}],
        **extra,
    }


def test_the_iptc_ninjs_3_photo_only_example_reaches_the_photo_desk(standards_dir, wire_server, image):
    big = "http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg"
    wire_server.serve(big, image(429, 281))
    data = (standards_dir / "ninjs/examples/doc-3.1_006_photo_only.json").read_bytes()
    (photo,) = ingest_bytes(data, source="AP photos").photos_created
    assert (photo.headline, photo.creator) == ("Costa Concordia cruise ship", "Paulo Santalucia")
    assert photo.caption.startswith("The Costa Concordia cruise ship lies on its side")
    assert photo.source_key == "http://ninjs.example.com/newsitems/20130709simpPh123"


def test_the_senders_alt_text_is_kept_and_its_values_win_only_where_given(wire_server, image):
    # The file says caption, credit and city (IPTC IIM); the sender says caption and alt text.
    embedded = with_app13(image(), iim_block([(120, "The file's own caption"), (110, "File Credit"), (90, "Busan")]))
    href = wire_server.serve("http://photos.example/harbour.jpg", embedded)
    doc = ninjs3_picture(
        "urn:example:pic:1",
        href,
        descriptions=[
            {"role": "caption", "value": "Ships wait outside the harbour."},
            {"role": "alt", "value": "Three container ships at anchor under a pale sky"},
        ],
    )
    (photo,) = ingest_bytes(json.dumps(doc).encode(), source="Partner").photos_created
    photo.refresh_from_db()
    assert photo.caption == "Ships wait outside the harbour."
    assert photo.alt_text == "Three container ships at anchor under a pale sky"
    assert (photo.credit_line, photo.city) == ("File Credit", "Busan")  # the sender gave none
    PublishPhoto(photo, actor=Actor.system("test")).execute()  # alt text given: the desk may publish it


def test_one_bad_picture_never_stops_the_batch_and_leaves_nothing_stored(wire_server, image, settings):
    good = wire_server.serve("http://photos.example/good.jpg", image())
    missing = "http://photos.example/missing.jpg"
    wire_server.serve("http://photos.example/other.jpg", image(color=(9, 9, 9)))  # the host is known
    data = json.dumps(
        [
            ninjs3_picture("urn:example:pic:gone", missing),
            {"uri": "urn:example:pic:none", "type": "picture", "renditions": []},
            ninjs3_picture("urn:example:pic:good", good),
        ]
    ).encode()
    report = ingest_bytes(data, source="Partner")
    assert [p.source_key for p in report.photos_created] == ["urn:example:pic:good"]
    reasons = {r.original_id: r.reason for r in report.photos_refused}
    assert reasons["urn:example:pic:gone"].startswith(
        f"picture not taken in ({missing}): the server answered 404 Not Found"
    )
    assert "no rendition of a kept type" in reasons["urn:example:pic:none"]
    assert set(IngestRejection.objects.values_list("original_id", flat=True)) == set(reasons)
    assert Photo.objects.count() == 1 and WirePicture.objects.count() == 1
    assert len(list(Path(settings.MEDIA_ROOT).glob("originals/*/*"))) == 1  # the failed ones left no file


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Partner Photos</title><link>https://photos.example/</link><description>x</description>
<item><title>Harbour at dawn</title><guid>https://photos.example/p/1</guid>
  <pubDate>Mon, 30 Nov 2026 01:00:00 GMT</pubDate>
  <media:content url="{href}" type="image/jpeg" width="800" height="600">
    <media:description>Ships wait outside the harbour.</media:description>
    <media:credit role="photographer">Park Soo-min</media:credit>
  </media:content>
</item>
<item><title>Harbour reopens</title><guid>https://photos.example/s/2</guid>
  <description>The harbour reopened on Monday after a week of storms.</description>
  <media:content url="{href}" type="image/jpeg" width="800" height="600"/>
</item>
<item><title>A teaser</title><guid>https://photos.example/s/3</guid>
  <media:thumbnail url="{thumb}" width="140" height="90"/>
</item>
</channel></rss>"""


def test_an_rss_item_that_is_only_a_picture_goes_to_the_photo_desk(wire_server, image):
    href = wire_server.serve("http://photos.example/dawn.jpg", image())
    thumb = wire_server.serve("http://photos.example/thumb.jpg", image(140, 90))
    report = ingest_bytes(RSS.format(href=href, thumb=thumb).encode(), source="Partner Photos")
    (photo,) = report.photos_created
    assert photo.source_key == "https://photos.example/p/1"
    assert (photo.headline, photo.caption, photo.creator) == (
        "Harbour at dawn",
        "Ships wait outside the harbour.",
        "Park Soo-min",
    )
    # The item with text is a story carrying the picture; a thumbnail alone
    # only previews an article elsewhere: refused for its missing body, as before.
    (story,) = report.created
    assert story.original_id == "https://photos.example/s/2" and story.photos == [photo.pk]
    (refused,) = report.rejected
    assert refused.original_id == "https://photos.example/s/3" and "missing a body" in refused.reason


def test_the_ingest_command_counts_the_photos_and_names_the_refused(realwire, wire_server, image, tmp_path):
    serve_reuters(wire_server, image)
    reuters = tmp_path / "reuters.xml"
    reuters.write_bytes(realwire.read(REUTERS))
    out, err = StringIO(), StringIO()
    call_command("ingest", str(reuters), "--source", "Reuters pictures", stdout=out, stderr=err)
    assert out.getvalue() == (
        f"{reuters}: 0 new, 0 updated, 0 unchanged, 0 rejected; photos: 1 new, 0 updated, 0 unchanged, 0 refused\n"
    )
    assert err.getvalue() == ""

    gone = tmp_path / "gone.json"
    gone.write_bytes(json.dumps(ninjs3_picture("urn:example:pic:gone", REUTERS_BASE + "GONE")).encode())
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="nothing taken in: 1 rejected") as raised:
        call_command("ingest", str(gone), "--source", "Reuters pictures", stdout=out, stderr=err)
    assert raised.value.returncode == 1
    assert "photos: 0 new, 0 updated, 0 unchanged, 1 refused" in out.getvalue()
    assert err.getvalue().startswith(
        f"{gone} [urn:example:pic:gone]: photo refused: picture not taken in ({REUTERS_BASE}GONE): "
        "the server answered 404 Not Found"
    )


def test_poll_feeds_prints_the_photos_too(realwire, wire_server, image, picture_server):
    from dateline.ingest.models import Feed

    serve_reuters(wire_server, image)
    url = picture_server.serve("/pictures.xml", realwire.read(REUTERS), "application/xml")
    Feed.objects.create(name="Reuters pictures", url=url)
    out = StringIO()
    call_command("poll-feeds", stdout=out, stderr=StringIO())
    assert out.getvalue() == (
        "Reuters pictures: 0 new, 0 updated, 0 unchanged, 0 rejected; photos: 1 new, 0 updated, 0 unchanged, 0 refused\n"
    )
    assert Photo.objects.get().source == "Reuters pictures"
