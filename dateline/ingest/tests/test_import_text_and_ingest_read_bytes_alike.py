"""`import-text` and `ingest` read a file's bytes by the same rules: a
Windows-1252 page is taken in by both with the same letters, and what cannot
be text is refused by both for the same reason."""

import pytest
from django.core.management import CommandError, call_command

from dateline.ingest.models import IncomingItem
from dateline.ingest.services import ingest_bytes
from dateline.stories.models import Story

pytestmark = pytest.mark.django_db

PAGE = """Café owners protest “unfair” rent rises

National 09:15 March 3, 2024

By Zoë Brontë

PARIS, March 3 (Dateline) -- Café owners marched on Sunday against rent rises of up to 40 €, a rise the city's façade programme made worse.

The protesters’ next step is a strike, their union said.
"""
# “ ” ’ € are Windows-1252's own bytes (0x93, 0x94, 0x92, 0x80): Latin-1 has controls there.
WINDOWS_1252 = PAGE.encode("cp1252")


def import_text(tmp_path, data):
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    call_command("import-text", str(path))
    return Story.objects.get()


def test_a_windows_1252_page_reads_the_same_in_both(tmp_path, sections):
    story = import_text(tmp_path, WINDOWS_1252)
    report = ingest_bytes(WINDOWS_1252, source="Partner", filename="page.txt")
    assert not report.rejected, [r.reason for r in report.rejected]
    item = IncomingItem.objects.get()
    assert item.format == "pasted"
    assert story.headline == item.headline == "Café owners protest “unfair” rent rises"
    assert story.body == item.body
    assert "40 €" in item.body[0] and "façade" in item.body[0] and "protesters’ next step" in item.body[1]
    assert story.bylines == item.bylines == ["Zoë Brontë"]


@pytest.mark.parametrize(
    "data, reason",
    [
        (PAGE.encode() + b"\n\nCaf\xe9 mixed in.\n", "not text: mixed encodings"),
        (
            "서울 도서관 연장 운영\n\n서울 도서관이 시험 기간 동안 자정까지 문을 연다.\n".encode("cp949"),
            "not text: neither UTF-8",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not text: the data contains NUL bytes"),
    ],
    ids=["mixed", "korean-code-page", "binary"],
)
def test_what_cannot_be_text_is_refused_by_both_for_the_same_reason(tmp_path, sections, data, reason):
    with pytest.raises(CommandError) as refused:
        import_text(tmp_path, data)
    assert reason in str(refused.value)
    report = ingest_bytes(data, source="Partner", filename="page.txt", format="pasted")
    [rejection] = report.rejected
    assert reason in rejection.reason
    assert not Story.objects.exists() and not IncomingItem.objects.exists()
