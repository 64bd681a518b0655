"""A photo's extended description (IPTC Extended Description
(Accessibility)) goes out with its association in ninjs 3.0 (and 2.1) as a
description of its own role, valid against the IPTC's schemas; a photo
without one sends none."""

import pytest

ROLE = "extendeddescription"


@pytest.mark.parametrize("version", ["2.1", "3.0"])
def test_the_extended_description_goes_out_as_a_description(api, make_story, wire_photo, assert_valid_ninjs, version):
    described = wire_photo(extended_description="A line chart of rainfall.\n\nIt climbs to 62 mm at 23:00.")
    plain = wire_photo(caption="Cranes at dawn.")
    story = make_story(photos=[described.pk, plain.pk])
    doc = api(f"/api/v1/items/{story.public_id}", ninjs=version).json()
    assert_valid_ninjs(doc, version)
    lead, gallery = doc["associations"]
    key = "contentType" if version == "3.0" else "contenttype"
    assert {"role": ROLE, key: "text/plain", "value": described.extended_description} in lead["descriptions"]
    assert [d["role"] for d in lead["descriptions"]] == ["caption", "alt", ROLE]
    assert ROLE not in [d["role"] for d in gallery["descriptions"]]
