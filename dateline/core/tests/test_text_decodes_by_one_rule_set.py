"""Bytes become text by one rule set wherever Dateline takes a file in as
text: a byte-order mark, then a declared charset, then UTF-8, then
Windows-1252 for a Western 8-bit file; anything else is refused in one line
that starts "not text: "."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dateline
from dateline.core.text import NotText, decode_text

TEXT = "SEOUL — Café owners and the 서울 library\u00a0agree.\r\n\r\nThey met on Thursday.\n"
WESTERN = "“Ça va”, dit-il. Ação em São Paulo; Grüße aus Köln — 5 € je Stück."


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),
        lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
        lambda s: b"\xff\xfe" + s.encode("utf-16-le"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-be-bom", "utf-16-le-bom"],
)
def test_utf8_and_text_with_a_byte_order_mark_are_read_as_sent(encode):
    assert decode_text(encode(TEXT)) == TEXT


def test_a_western_8_bit_file_is_read_as_windows_1252():
    # 0x93/0x94 and 0x80 are Windows-1252's quotes and euro sign; Latin-1 has controls there.
    assert decode_text(WESTERN.encode("cp1252")) == WESTERN


def test_a_file_declared_utf8_that_is_8_bit_is_read_as_windows_1252():
    assert decode_text(WESTERN.encode("cp1252"), declared="UTF-8") == WESTERN


def test_a_declared_single_byte_charset_is_used():
    assert decode_text("Grüße".encode("iso-8859-1"), declared="ISO-8859-1") == "Grüße"
    assert decode_text("Привет".encode("koi8-r"), declared="koi8-r") == "Привет"


def test_utf8_declared_as_latin_1_is_read_as_utf8():
    # Every accented letter would otherwise become two wrong ones ("GrÃ¼ÃŸe").
    assert decode_text("Grüße".encode(), declared="iso-8859-1") == "Grüße"


@pytest.mark.parametrize(
    "data, declared, reason",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "", "NUL bytes"),
        (b"%PDF-1.7\n\x00\x00binary", "", "NUL bytes"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "", "NUL bytes"),
        (bytes(range(1, 32)) * 10, "", "mostly non-printable"),
        (b"\xff\xfe\x41", "", "invalid UTF-16"),  # a BOM and a truncated code unit
        ("Café opens".encode() + b" na\xefve", "", "mixed encodings"),
        ("Library hours\n\n서울 도서관".encode("cp949"), "", "neither UTF-8 nor Western"),
        ("Москва, 3 июня".encode("cp1251"), "", "neither UTF-8 nor Western"),
        (b"Caf\xe9", "klingon", "unknown encoding, 'klingon'"),
        (b"\xff x", "shift_jis", "is declared shift_jis, but byte 0"),
    ],
)
def test_what_cannot_be_text_is_refused_in_one_line(data, declared, reason):
    with pytest.raises(NotText) as refused:
        decode_text(data, declared=declared)
    message = str(refused.value)
    assert message.startswith("not text: ") and reason in message and "\n" not in message


def test_not_text_is_a_value_error():
    assert issubclass(NotText, ValueError)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_text_without_nul_or_a_one_line_refusal(data):
    try:
        text = decode_text(data)
    except NotText as exc:
        assert str(exc).startswith("not text: ") and "\n" not in str(exc)
    else:
        assert "\x00" not in text


def test_there_is_one_text_decoder_and_one_control_character_class_in_the_code():
    # A second decoder is how import-text and ingest came to read the same
    # bytes differently; a second control-character class, how they came to
    # strip different characters.
    package = Path(dateline.__file__).parent
    sources = {
        str(path.relative_to(package)): path.read_text(encoding="utf-8")
        for path in sorted(package.rglob("*.py"))
        if "tests" not in path.parts
    }
    decoders = [name for name, text in sources.items() if re.search(r"^\s*def decode_(?:text|bytes)\(", text, re.M)]
    controls = [name for name, text in sources.items() if "\\x00-\\x08" in text or "\\x00-\\x1f" in text]
    assert decoders == ["core/text.py"]
    assert controls == ["core/text.py"]
