"""An Incoming row joins its dateline and bylines with a middle dot only when
it has both: a wire item with no byline (many agencies' items) shows its
dateline alone, not a dateline trailed by a dangling separator."""

import json
import re

from django.contrib.auth.models import Permission

from dateline.ingest.services import ingest_bytes


def item(uri, bylines=None):
    doc = {
        "uri": uri,
        "type": "text",
        "version": "1",
        "firstCreated": "2026-11-30T05:00:00Z",
        "versionCreated": "2026-11-30T05:00:00Z",
        "pubStatus": "usable",
        "headlines": [{"role": "main", "value": f"Typhoon nears the coast {uri[-1]}"}],
        "bodies": [
            {
                "role": "main",
                "contentType": "text/html",
                "value": "<p>BUSAN, Nov. 30 (Partner) -- Ferries were cancelled.</p>",
            }
        ],
    }
    if bylines:
        doc["by"] = bylines
    return json.dumps({"$schema": "https://www.iptc.org/std/ninjs/ninjs-schema_3.0.json", **doc}).encode()


def row_lines(client):
    page = client.get("/newsroom/incoming/").content.decode()
    rows = re.findall(r"<tr>\s*<td>(.*?)</td>", page, re.S)
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in rows]


def test_rows_without_bylines_have_no_trailing_separator(client, django_user_model, db):
    ingest_bytes(item("urn:example:a"), source="Example Agency", origin="/wire/a.json")
    ingest_bytes(item("urn:example:b", "Han Ji-woo"), source="Example Agency", origin="/wire/b.json")
    user = django_user_model.objects.create_user("desk", password="correct horse battery")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="ingest", codename="view_incomingitem"))
    client.force_login(user)
    lines = row_lines(client)
    unsigned = next(line for line in lines if "coast a" in line)
    signed = next(line for line in lines if "coast b" in line)
    assert "BUSAN" in unsigned and not unsigned.rstrip().endswith("·")
    assert "·" not in unsigned
    assert "BUSAN" in signed and signed.endswith("· Han Ji-woo")
