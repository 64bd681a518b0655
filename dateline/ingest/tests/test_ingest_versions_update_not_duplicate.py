"""A newer version of the same original updates its incoming item; it never duplicates it."""

import json

import pytest

from dateline.ingest.models import IncomingItem
from dateline.ingest.services import ingest_bytes


def doc(version, headline, when):
    return json.dumps(
        {
            "uri": "urn:agency:story-1",
            "version": str(version),
            "versioncreated": when,
            "headlines": [{"value": headline}],
            "bodies": [{"contenttype": "text/plain", "value": f"Text of version {version}."}],
        }
    ).encode()


@pytest.mark.django_db
def test_newer_version_updates_older_is_ignored_same_is_unchanged():
    first = ingest_bytes(doc(1, "First take", "2026-10-28T01:00:00Z"), source="agency", origin="a.json")
    (item,) = first.created
    received = item.received_at
    newer = ingest_bytes(doc(2, "Second take", "2026-10-28T02:00:00Z"), source="agency", origin="b.json")
    assert [i.pk for i in newer.updated] == [item.pk] and not newer.created
    item.refresh_from_db()
    assert (item.headline, item.original_version, item.versions_received) == ("Second take", "2", 2)
    assert item.received_at == received and item.updated_at > received and item.origin == "b.json"
    assert item.body == ["Text of version 2."]
    older = ingest_bytes(doc(1, "First take", "2026-10-28T01:00:00Z"), source="agency")
    same = ingest_bytes(doc(2, "Second take", "2026-10-28T02:00:00Z"), source="agency")
    assert older.unchanged == 1 and same.unchanged == 1
    item.refresh_from_db()
    assert item.headline == "Second take"
    assert IncomingItem.objects.count() == 1


@pytest.mark.django_db
def test_the_same_id_from_another_source_is_another_item():
    ingest_bytes(doc(1, "Take", "2026-10-28T01:00:00Z"), source="agency")
    ingest_bytes(doc(1, "Take", "2026-10-28T01:00:00Z"), source="other agency")
    assert IncomingItem.objects.count() == 2


@pytest.mark.django_db
def test_feed_without_versions_orders_by_update_time(sample):
    atom = sample("agency_atom.xml")
    ingest_bytes(atom, source="atom")
    changed = atom.replace(
        b"2026-10-28T03:00:00Z</updated>\n    <author>", b"2026-10-28T04:00:00Z</updated>\n    <author>"
    ).replace(b"Central bank holds", b"Bank holds")
    report = ingest_bytes(changed, source="atom")
    assert len(report.updated) == 1
    assert IncomingItem.objects.get().headline == "Bank holds rates"


@pytest.mark.django_db
def test_provenance_is_kept(sample):
    (item,) = ingest_bytes(sample("agency_ninjs2.json"), source="Example Agency", origin="/in/a.json").created
    assert item.source == "Example Agency" and item.origin == "/in/a.json" and item.format == "ninjs2"
    assert item.original_id == "urn:newsml:example-agency.com:20261028:KOREA-TALKS" and item.original_version == "2"
    assert item.received_at is not None and item.status == "new" and item.story is None


@pytest.mark.django_db
def test_an_item_another_poller_stored_meanwhile_is_updated_not_duplicated(monkeypatch):
    from dateline.ingest import services

    ingest_bytes(doc(1, "First take", "2026-10-28T01:00:00Z"), source="agency")
    # This run read the queue before the other poller's row existed.
    real_filter = IncomingItem.objects.filter
    calls = []

    def blind_first_lookup(*args, **kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            return IncomingItem.objects.none()
        return real_filter(*args, **kwargs)

    monkeypatch.setattr(services.IncomingItem.objects, "filter", blind_first_lookup)
    report = ingest_bytes(
        json.dumps([json.loads(doc(2, "Second take", "2026-10-28T02:00:00Z"))]).encode(), source="agency"
    )
    monkeypatch.undo()
    assert not report.rejected and len(report.updated) == 1
    item = IncomingItem.objects.get()
    assert item.headline == "Second take" and item.versions_received == 2
