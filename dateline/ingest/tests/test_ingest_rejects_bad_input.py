"""Bad input is refused with a readable, recorded reason; the rest of the
batch goes on and nothing is partly written."""

import json

import pytest

from dateline.ingest.models import IncomingItem, IngestRejection
from dateline.ingest.services import ingest_bytes

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>x</title><item><title>&lol3;</title><guid>1</guid>
<description>boom</description></item></channel></rss>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE item [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1"><itemMeta/><contentMeta>
<headline>&xxe;</headline></contentMeta></newsItem>"""

XXE_NETWORK = b"""<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd">
<rss version="2.0"><channel><title>x</title></channel></rss>"""


def ninjs(uri, headline="A headline", body="<p>Text.</p>", **extra):
    return {
        "uri": uri,
        "headlines": [{"value": headline}],
        "bodies": [{"contenttype": "text/html", "value": body}],
        **extra,
    }


def only_reason(report):
    assert not report.created and not report.updated
    (rejection,) = report.rejected
    assert IngestRejection.objects.filter(pk=rejection.pk).exists()
    return rejection.reason


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data, words",
    [
        (b'{"uri": "urn:x", "headlines": [', "malformed JSON at line 1"),
        (b"<rss version='2.0'><channel><title>x</title>", "malformed XML"),
        (b'{"uri": "urn:x", "headlines": [{"value": "Caf\xe9"}]}', "must be UTF-8; byte"),
        (BOMB, "unsafe XML refused"),
        (XXE, "unsafe XML refused"),
        (
            # UTF-8 and Latin-1 in one document: one of the two would be garbled.
            "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Café</title>".encode()
            + b"<description>Caf\xe9</description></channel></rss>",
            "wrong encoding: the XML is declared utf-8, but byte",
        ),
        (b"<?xml version='1.0' encoding='klingon'?><rss/>", "unknown encoding: 'klingon'"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "not a format Dateline reads"),
    ],
)
def test_unreadable_input_is_rejected_with_a_reason(data, words):
    reason = only_reason(ingest_bytes(data, source="test"))
    assert words in reason
    assert IncomingItem.objects.count() == 0


@pytest.mark.django_db
def test_external_dtd_is_never_fetched_and_is_refused():
    report = ingest_bytes(XXE_NETWORK, source="test")
    # defusedxml refuses the external reference before anything could load it.
    assert "unsafe XML refused" in only_reason(report)


@pytest.mark.django_db
def test_mixed_encodings_in_a_text_wire_are_refused():
    data = "\x01a0001 r a BC-Test\x02Caf\u00e9 opens\nBy Kim\nSEOUL -- Text.\x03".encode("utf-8") + b" na\xefve\x04"
    assert "mixed encodings" in only_reason(ingest_bytes(data, source="test"))


@pytest.mark.django_db
def test_legacy_single_byte_text_wire_is_read_as_windows_1252():
    data = b"\x01a0001 r a BC-Cafe\x02Caf\xe9 opens downtown\nSEOUL (Example) -- The caf\xe9 opened.\x03\x04"
    report = ingest_bytes(data, source="test")
    assert report.created[0].headline == "Caf\u00e9 opens downtown"


@pytest.mark.django_db
def test_files_over_the_size_limit_are_refused(settings):
    settings.DATELINE_INGEST_MAX_BYTES = 1000
    data = json.dumps(ninjs("urn:big", body="<p>" + "x" * 2000 + "</p>")).encode()
    assert "too large" in only_reason(ingest_bytes(data, source="test"))


@pytest.mark.django_db
def test_a_bad_item_does_not_stop_the_batch():
    batch = [
        ninjs("urn:good:1"),
        ninjs("urn:no-headline", headline=""),
        {"headlines": [{"value": "No uri"}]},
        ninjs("urn:no-body", body="<script>only a script</script>"),
        ninjs("urn:bad-urgency", urgency=42),
        ninjs("urn:bad-time", versioncreated="yesterday"),
        "not an object",
        ninjs("urn:good:2"),
    ]
    report = ingest_bytes(json.dumps(batch).encode(), source="test")
    assert sorted(i.original_id for i in report.created) == ["urn:good:1", "urn:good:2"]
    reasons = {r.original_id: r.reason for r in IngestRejection.objects.all()}
    assert reasons["urn:no-headline"] == "missing a headline"
    assert "missing a body" in reasons["urn:no-body"]
    assert "urgency must be 1 to 9" in reasons["urn:bad-urgency"]
    assert "not a date and time" in reasons["urn:bad-time"]
    assert reasons[""] == "missing an id, a body"
    assert IngestRejection.objects.count() == 6
    assert IncomingItem.objects.count() == 2


@pytest.mark.django_db
def test_a_database_failure_on_one_item_leaves_nothing_of_it(monkeypatch):
    from django.db import DatabaseError

    from dateline.ingest import services

    real = services.publish_incoming
    calls = []

    def failing(item, feed):
        calls.append(item.original_id)
        if item.original_id == "urn:two":
            raise DatabaseError("disk full")
        return real(item, feed)

    from dateline.ingest.models import Feed

    feed = Feed.objects.create(name="auto", url="/dev/null", auto_publish=True)
    monkeypatch.setattr(services, "publish_incoming", failing)
    report = ingest_bytes(
        json.dumps([ninjs("urn:one"), ninjs("urn:two"), ninjs("urn:three")]).encode(), source="auto", feed=feed
    )
    assert calls == ["urn:one", "urn:two", "urn:three"]
    assert sorted(IncomingItem.objects.values_list("original_id", flat=True)) == ["urn:one", "urn:three"]
    assert "could not be stored: disk full" in report.rejected[0].reason


@pytest.mark.django_db
def test_xml_in_its_declared_single_byte_encoding_is_read():
    data = (
        "<?xml version='1.0' encoding='iso-8859-1'?><rss version='2.0'><channel><title>x</title>"
        "<item><guid>cafe-1</guid><title>Caf\u00e9 opens</title><description>Text.</description></item>"
        "</channel></rss>"
    ).encode("latin-1")
    (item,) = ingest_bytes(data, source="test").created
    assert item.headline == "Caf\u00e9 opens"
