"""Plain-text hygiene shared by every app: one definition of the characters
that never belong in stored or indexed text, and one way to read bytes as
text (`decode_text`)."""

import codecs
import re

# C0 controls other than tab, line feed and carriage return; DEL; the C1
# controls (0x80-0x9F: in real text they are Windows-1252 bytes decoded as
# Latin-1, never characters anyone typed).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# The same and the layout controls too (tab, newlines).
_CONTROL_AND_LAYOUT = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Zero-width characters, bidirectional controls and the byte-order mark:
# invisible, and they split or join words a reader sees as one.
_INVISIBLE = "\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff"
_CONTROL_INVISIBLE = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{_INVISIBLE}]")
_ALL = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_INVISIBLE}]")


def strip_control(text: str, *, layout: bool = False, invisible: bool = False, replace: str = "") -> str:
    """Remove control characters. `layout=True` removes tabs and newlines
    too; `invisible=True` also zero-width and bidirectional controls.
    `replace` puts something (a space, for search) in their place."""
    pattern = {
        (False, False): _CONTROL,
        (True, False): _CONTROL_AND_LAYOUT,
        (False, True): _CONTROL_INVISIBLE,
        (True, True): _ALL,
    }[(layout, invisible)]
    return pattern.sub(replace, text)


# ------------------------------------------------------------------ bytes

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_UTF8_NAMES = {"utf-8", "utf8", "utf_8", "u8"}
# Declared single-byte encodings that any bytes "decode" in: a file declared
# in one of them may really be UTF-8, which the declaration cannot show.
SINGLE_BYTE = frozenset(
    ["iso-8859-1", "iso8859-1", "iso_8859-1", "latin-1", "latin1", "l1", "windows-1252", "cp1252", "us-ascii", "ascii"]
)
# A UTF-8 sequence of two to four bytes: text in an 8-bit code page practically
# never forms one ("Ã©" would have to follow a letter), so their presence says UTF-8.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NON_ASCII = re.compile(rb"[\x80-\xff]")
_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]{3,}")


class NotText(ValueError):
    """Bytes that cannot be read as text. The message is one line and starts
    with "not text: "."""


def decode_text(data: bytes, *, declared: str = "") -> str:
    """Bytes to text by one rule set, for every file Dateline takes in as text:

    1. a byte-order mark (UTF-8, UTF-16) says the encoding;
    2. a declared charset (`declared`: an XML or HTTP declaration) is used
       when the bytes fit it; a single-byte declaration over bytes that are
       all valid UTF-8 sequences is UTF-8 (text in Latin-1 never forms them);
    3. UTF-8;
    4. Windows-1252, for a legacy 8-bit file, also when it was declared UTF-8
       and is not: only if no byte forms a UTF-8 sequence (a mix of both is
       refused: one of the two would be garbled) and it reads as Western
       text (8-bit letters among ASCII ones; a file in another code page,
       Cyrillic or Korean, is refused rather than turned into wrong letters).

    Refused with NotText: NUL bytes (a binary file), bad UTF-16, an unknown
    declared encoding, mixed encodings, and text that is mostly controls."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _printable(data[len(bom) :].decode(encoding))
            except UnicodeDecodeError as exc:
                raise NotText(f"not text: invalid {encoding.upper()} ({exc.reason})") from None
    if b"\x00" in data:
        raise NotText("not text: the data contains NUL bytes (binary file?)")
    name = declared.strip().lower()
    if name and name not in _UTF8_NAMES:
        if name in SINGLE_BYTE and utf8_in_disguise(data):
            return _printable(data.decode("utf-8"))
        try:
            return _printable(data.decode(name))
        except LookupError:
            raise NotText(f"not text: it declares an unknown encoding, {declared!r}") from None
        except UnicodeDecodeError as exc:
            raise NotText(
                f"not text: it is declared {declared}, but byte {exc.start} ({data[exc.start : exc.start + 1]!r}) "
                f"is not {declared}"
            ) from None
    try:
        return _printable(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        # UTF-8 sequences aside (some occur by chance in other code pages), what is left must be Western.
        if _not_western(_UTF8_SEQUENCE.sub(b"", data)):
            raise NotText("not text: neither UTF-8 nor Western 8-bit text (Windows-1252); save it as UTF-8") from None
        if _UTF8_SEQUENCE.search(data):
            raise NotText(
                f"not text: mixed encodings, UTF-8 text with a byte that is not UTF-8 at {exc.start}"
            ) from None
    return _printable(data.decode("cp1252", errors="strict") if _decodes(data, "cp1252") else data.decode("latin-1"))


def _not_western(data: bytes) -> bool:
    """In Western text an 8-bit byte is a letter among ASCII ones ("Caf\xe9",
    "a\xe7\xe3o"); in Cyrillic, Greek or Korean code pages whole words are 8-bit."""
    eight_bit = len(_NON_ASCII.findall(data))
    return bool(eight_bit) and 2 * sum(map(len, _NON_ASCII_RUN.findall(data))) > eight_bit


def utf8_in_disguise(data: bytes) -> bool:
    """True when 8-bit bytes are all valid UTF-8 sequences, whatever was
    declared: text in Latin-1 or Windows-1252 practically never forms them."""
    return bool(_UTF8_SEQUENCE.search(data)) and _decodes(data, "utf-8")


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _printable(text: str) -> str:
    # Controls (but tab and line ends) and the replacement character a broken
    # conversion left behind are not text.
    if "\x00" in text or len(_CONTROL.findall(text)) + text.count("\ufffd") > len(text) * 0.1:
        raise NotText("not text: mostly non-printable characters")
    return text
