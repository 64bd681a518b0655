"""A parser's failure is one recorded rejection with a readable reason; the batch, the file list and the wire go on."""

import json

import pytest
from django.core.management import CommandError, call_command

from dateline.ingest import parsers
from dateline.ingest.models import IncomingItem, IngestRejection
from dateline.ingest.services import ingest_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def broken_ninjs(monkeypatch):
    """The ninjs 2 parser fails on any document that names a 'boom' slugline, as a bug would."""
    real = parsers.REGISTRY["ninjs2"].read

    def read(doc):
        if doc.get("slugline") == "boom":
            raise KeyError("renditions")
        return real(doc)

    monkeypatch.setattr(parsers.REGISTRY["ninjs2"], "read", read)


def _doc(uri, slug="ok"):
    return json.dumps(
        {
            "uri": uri,
            "slugline": slug,
            "headlines": [{"role": "main", "value": "Talks end"}],
            "bodies": [{"role": "main", "contenttype": "text/plain", "value": "They ended."}],
        }
    )


def test_an_unexpected_error_in_one_item_rejects_that_item_only(broken_ninjs):
    data = f"[{_doc('urn:a')}, {_doc('urn:b', 'boom')}, {_doc('urn:c')}]".encode()
    report = ingest_bytes(data, source="wire")
    assert sorted(i.original_id for i in report.created) == ["urn:a", "urn:c"]
    [rejection] = report.rejected
    assert rejection.original_id == "urn:b"
    assert "KeyError" in rejection.reason and "renditions" in rejection.reason


def test_an_unexpected_error_in_a_whole_file_is_a_rejection_not_a_traceback(monkeypatch):
    def explode(data):
        raise AttributeError("'NoneType' object has no attribute 'text'")

    monkeypatch.setattr(parsers.REGISTRY["ninjs2"], "parse", explode)
    report = ingest_bytes(_doc("urn:x").encode(), source="wire")
    assert not report.created
    assert report.rejected[0].reason.startswith("could not be read (AttributeError:")
    assert IngestRejection.objects.filter(source="wire").count() == 1


def test_ingest_goes_on_past_a_failing_file_and_its_exit_code_says_something_was_rejected(tmp_path, monkeypatch):
    def explode(data):
        raise ValueError("bug")

    good, bad = tmp_path / "good.xml", tmp_path / "bad.json"
    good.write_text(
        '<rss version="2.0"><channel><title>t</title><item><guid>g1</guid><title>Talks end</title>'
        "<description>They ended.</description></item></channel></rss>"
    )
    bad.write_text(_doc("urn:bad"))
    monkeypatch.setattr(parsers.REGISTRY["ninjs2"], "parse", explode)
    with pytest.raises(CommandError, match="1 rejected; the rest was taken in") as exited:
        call_command("ingest", str(bad), str(good), "--source", "wire")
    assert exited.value.returncode == 2
    assert IncomingItem.objects.filter(source="wire", original_id="g1").exists()
