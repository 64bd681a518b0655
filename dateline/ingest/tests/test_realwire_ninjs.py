"""Real ninjs 2.x / 3.x documents (the IPTC's 3.0 examples from dpa, Business
Wire and UEFA): what each must store. ninjs 1.x (Superdesk, BBC) is read and
tested with the 1.x mapping."""

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from .realwire import assert_no_words_lost, expect

pytestmark = pytest.mark.django_db
FOLDER = "ninjs/"
CEST = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    "name",
    [
        "iptc30_20231004-UEFA-ChampionLeague.json",
        "iptc30_businesswire-newsml-20130731006140.json",
        "iptc30_dpa_text.json",
    ],
)
def test_every_word_is_kept(realwire, name):
    report, pairs = realwire.ingest(FOLDER + name)
    assert pairs and not report.rejected, [r.reason for r in report.rejected]
    for parsed, stored in pairs.values():
        assert_no_words_lost(parsed, stored)


def test_dpa_ninjs3_text(realwire):
    _, parsed, stored = realwire.only(FOLDER + "iptc30_dpa_text.json")
    # "by": "Von Christian Hollmann, dpa": the name, not the German "Von" nor the agency.
    expect(
        stored,
        headline="Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?",
        first="Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren».",
        last="die richtige Auslegung der Bestimmungen kommen.",
        words_stored=437,
        bylines=["Christian Hollmann"],
        credit="dpa",
        urgency=4,
        embargo=None,
        dateline="",
        version_created=datetime(2019, 5, 10, 16, 2, 28, tzinfo=CEST),
    )
    assert stored.original_version == "2" and stored.language == "de"
    assert all("<section" not in item and "&lt;" not in item for item in stored.body)


def test_business_wire_release(realwire):
    _, _, stored = realwire.only(FOLDER + "iptc30_businesswire-newsml-20130731006140.json")
    expect(
        stored,
        headline="Lunch Taking a Toll? Let Applebee’s® Industrial Strength Lunch Decoy Stand In",
        first="With more Applebee’s® Lunch Combos than ever",
        last="sold out in weeks last summer.",
        words_stored=49,
        version_created=datetime(2013, 7, 31, 15, 32, tzinfo=UTC),
    )
    assert "<sup>®</sup>" in stored.body[0]


def test_uefa_event_text_from_its_description(realwire):
    _, _, stored = realwire.only(FOLDER + "iptc30_20231004-UEFA-ChampionLeague.json")
    expect(
        stored,
        headline="Champions League 2023/2024 - Group E - Atlético de Madrid-Feyenoord",
        first="Feyenoord met Atlético de Madrid",
        words_stored=23,
    )


def _future(days=3):
    return (datetime.now(UTC) + timedelta(days=days)).replace(microsecond=0)


def test_embargo_fields_of_both_versions(realwire):
    until = _future()
    v2 = json.dumps(
        {
            "uri": "urn:x:2",
            "embargoed": until.isoformat(),
            "headlines": [{"role": "main", "value": "Held"}],
            "bodies": [{"role": "main", "contenttype": "text/plain", "value": "Not yet."}],
        }
    )
    v3 = json.dumps(
        {
            "uri": "urn:x:3",
            "embargoedUntil": until.isoformat(),
            "headlines": [{"role": "main", "value": "Held"}],
            "bodies": [{"role": "main", "contentType": "text/plain", "value": "Not yet."}],
        }
    )
    for number, data in enumerate((v2, v3)):
        report, pairs = realwire.ingest("ninjs/embargo.json", data=data.encode(), source=f"wire {number}")
        ((_, stored),) = pairs.values()
        assert stored.embargo_until == until
