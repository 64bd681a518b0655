"""Language tags are stored in canonical BCP 47, whatever spelling the wire used."""

import json

import pytest

from dateline.ingest.models import IncomingItem
from dateline.ingest.services import ingest_bytes


@pytest.mark.parametrize(
    "sent, stored",
    [
        ("fi-FI", "fi-FI"),
        ("nb_NO", "nb-NO"),
        ("EN-gb", "en-GB"),
        ("eng", "en"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("x-default", ""),
        ("", ""),
    ],
)
def test_language_is_stored_as_canonical_bcp47(db, sent, stored):
    doc = {
        "uri": f"urn:test:{sent or 'none'}",
        "language": sent,
        "headlines": [{"role": "main", "value": "Exports rise"}],
        "bodies": [{"role": "main", "contenttype": "text/plain", "value": "Exports rose 5 percent in October."}],
    }
    report = ingest_bytes(json.dumps(doc).encode(), source="Test wire", format="ninjs2")
    assert not report.rejected, [r.reason for r in report.rejected]
    assert IncomingItem.objects.get(original_id=doc["uri"]).language == stored
