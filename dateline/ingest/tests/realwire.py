"""Checking real agency files: what was stored, and that no word was lost.

The per-file tests (one module per folder of the realwire sample) use these
helpers so each states only what the standard and the file say must hold:

    items = realwire.ingest("newsml-g2/dpa_g2_embargoed.xml")   # {original id: (parsed, stored)}
    parsed, stored = items["urn:..."]
    expect(stored, headline="...", first="Eine Ausstellung", last="zu sehen sein", words=248, ...)
    assert_no_words_lost(parsed, stored)
    assert_not_public(stored, "+49 30", "Szameitat.Sabrina@dpa.com")
"""

from __future__ import annotations

from pathlib import Path

from dateline.core.html import item_text
from dateline.core.words import body_words, missing_words, words
from dateline.ingest import parsers
from dateline.ingest.models import IncomingItem
from dateline.ingest.parsers import BadEntry, IngestedItem


class RealWire:
    def __init__(self, root: Path):
        self.root = root

    def path(self, name) -> Path:
        return self.root / name

    def read(self, name) -> bytes:
        return self.path(name).read_bytes()

    def parse(self, name, data: bytes | None = None) -> list[IngestedItem | BadEntry]:
        data = self.read(name) if data is None else data
        return parsers.detect(data, Path(name).name).parse(data)

    def ingest(self, name, *, data: bytes | None = None, source="realwire", feed=None):
        """Parse and store one file; returns (report, {original id: (parsed entry, IncomingItem)})."""
        from dateline.ingest.services import ingest_bytes

        data = self.read(name) if data is None else data
        report = ingest_bytes(data, source=source, origin=name, filename=Path(name).name, feed=feed)
        stored = {i.original_id: i for i in IncomingItem.objects.filter(source=source)}
        pairs = {}
        try:
            entries = self.parse(name, data)
        except parsers.ParseError:
            entries = []  # refused whole: the report says why
        for entry in entries:
            if isinstance(entry, IngestedItem) and entry.original_id.strip()[:500] in stored:
                pairs[entry.original_id.strip()[:500]] = (entry, stored[entry.original_id.strip()[:500]])
        return report, pairs

    def only(self, name, **kwargs):
        """Ingest a file that holds one story; returns (report, parsed, stored)."""
        report, pairs = self.ingest(name, **kwargs)
        assert len(pairs) == 1, (
            f"{name}: expected one stored story, got {len(pairs)}; {report.summary()}: "
            + "; ".join(r.reason for r in report.rejected)
        )
        parsed, stored = next(iter(pairs.values()))
        return report, parsed, stored


def public_text(stored) -> str:
    """Every word a reader could see of the body."""
    return " ".join(item_text(item) for item in stored.body)


def desk_text(stored) -> str:
    return " ".join([stored.ednote, *stored.desk_notes])


def stored_words(stored) -> list[str]:
    """Every word kept anywhere: the public body and what only the desk sees."""
    kept = body_words(stored.body)
    for text in (stored.headline, stored.dateline_text, " ".join(stored.bylines), desk_text(stored)):
        kept += words(text)
    return kept


def assert_no_words_lost(parsed: IngestedItem, stored):
    """Every word of the body as received is kept: in the stored body, or in a
    field only the desk sees (notes, dateline, bylines) when it was not for readers."""
    assert parsed.source_text.strip(), "the parser must say what body it received (IngestedItem.source_text)"
    lost = missing_words(words(parsed.source_text), stored_words(stored))
    assert not lost, f"words lost: {dict(lost.most_common(20))}"


def assert_not_public(stored, *fragments):
    text = public_text(stored)
    html = " ".join(stored.body)
    for fragment in fragments:
        assert fragment not in text and fragment not in html, f"{fragment!r} is in the public body"


def expect(
    stored,
    *,
    headline=None,
    first=None,
    last=None,
    words_stored=None,
    dateline=None,
    bylines=None,
    urgency=None,
    embargo=...,
    first_created=None,
    version_created=None,
    credit=None,
    slugline=None,
):
    """Assert what must be stored; each argument left out is not checked
    (embargo=None states that there is no embargo)."""
    text = public_text(stored)
    if headline is not None:
        assert stored.headline == headline
    if first is not None:
        assert text.startswith(first), f"body starts {text[:80]!r}"
    if last is not None:
        assert text.rstrip().endswith(last), f"body ends {text[-80:]!r}"
    if words_stored is not None:
        assert len(body_words(stored.body)) == words_stored
    if dateline is not None:
        assert stored.dateline_text == dateline
        if dateline:
            assert dateline.strip() not in text, "the dateline is shown once, in its field"
    if bylines is not None:
        assert stored.bylines == bylines
    if urgency is not None:
        assert stored.urgency == urgency
    if embargo is not ...:  # None is a statement too: no embargo
        assert stored.embargo_until == embargo
    if first_created is not None:
        assert stored.first_created == first_created
    if version_created is not None:
        assert stored.version_created == version_created
    if credit is not None:
        assert stored.credit == credit
    if slugline is not None:
        assert stored.slugline == slugline
