"""Reading bytes as text, and small text helpers shared by the parsers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, tzinfo
from typing import TYPE_CHECKING

from django.utils import timezone
from django.utils.dateparse import parse_datetime

from dateline.core.text import NotText, decode_text

from .base import ParseError

if TYPE_CHECKING:
    from dateline.ingest.datelines import ParsedDateline

BOM = b"\xef\xbb\xbf"
_BLOCKS = re.compile(
    r"(?is)<\s*(p|div|br|li|h[1-6]|blockquote|section|article)\b[^>]*>|</\s*(p|div|li|h[1-6]|blockquote)\s*>"
)


def decode_utf8(data: bytes, what: str = "JSON") -> str:
    """Strict UTF-8 (a BOM is tolerated): anything else is refused, with where."""
    if data.startswith(BOM):
        data = data[len(BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"{what} must be UTF-8; byte {exc.start} ({data[exc.start : exc.start + 1]!r}) is not"
        ) from None


def read_text(data: bytes) -> str:
    """A text wire's bytes as text, by the rules every text import follows
    (`dateline.core.text.decode_text`); a refusal is the file's ParseError."""
    try:
        return decode_text(data)
    except NotText as exc:
        raise ParseError(str(exc)) from None


_SCRIPTS = re.compile(r"(?is)<(script|style|template)\b.*?</\1\s*>")
_TAGS = re.compile(r"<[^>]+>")


def paragraphs_from_html(markup: str) -> list[str]:
    """Split HTML into paragraph-sized fragments. They are still untrusted:
    the store sanitises every paragraph (clean_inline) before keeping it."""
    parts = _BLOCKS.split(_SCRIPTS.sub("", markup or ""))
    # re.split with groups interleaves the tag names; keep the text pieces.
    paragraphs = []
    for chunk in parts[::3]:
        if chunk and _TAGS.sub("", chunk).strip():
            paragraphs.append(" ".join(chunk.split()))
    return paragraphs


def paragraphs_from_plain(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n").replace("\r", "\n"))
    return [" ".join(b.split()) for b in blocks if b.strip()]


# ISO 8601 basic format, as NITF and NewsML 1.2 write it: 20140829T134951+0000.
_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(?:[.,]\d+)?(Z|[+-]\d{2}:?\d{2})?$")


def _extended(text: str) -> str:
    found = _BASIC.match(text)
    if not found:
        return text
    year, month, day, hour, minute, second, zone = found.groups()
    return f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}{zone or ''}"


def parse_time(value: object, zone: tzinfo | None = None) -> datetime | None:
    """ISO 8601. A time without a zone is in `zone`, the sender's when its
    item says it (see sender_zone), else UTC."""
    if not value:
        return None
    text = _extended(str(value).strip()).replace("Z", "+00:00")
    try:
        when = parse_datetime(text)
    except ValueError:
        when = None
    if when is None:
        raise ParseError(f"not a date and time: {str(value)[:40]!r}")
    if timezone.is_naive(when):
        when = when.replace(tzinfo=zone or UTC)
    return when


_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")


def has_zone(value: object) -> bool:
    return bool(value) and bool(_OFFSET.search(str(value).strip()))


def sender_zone(values: Iterable[object]) -> tzinfo | None:
    """The offset of the sender's clock, from the first of an item's times
    (in the order given: the item's own before its envelope's) that carries
    one; None when none does. NITF and NewsML 1.2 ask for a zone on every
    time, so a time sent without one is taken to be on the same clock as
    the item's other times."""
    for value in values:
        if has_zone(value):
            try:
                when = parse_time(value)
            except ParseError:
                continue
            if when is not None:
                return when.tzinfo
    return None


def zone_note(values: Iterable[object], zone: tzinfo | None) -> list[str]:
    """The desk's note when times without a zone had to be read as UTC."""
    bare = [str(v).strip() for v in values if v and not has_zone(v)]
    if not bare or zone is not None:
        return []
    return [f"Sent without a time zone, read as UTC: {', '.join(bare)}"]


def parse_date(value: object) -> date | None:
    """The date of an ISO 8601 time (or date), as parse_time reads it."""
    when = parse_time(value)
    return when.date() if when else None


def split_bylines(by: str) -> list[str]:
    """ "By Kim Eun-jung and Lee Ha-won" -> two names."""
    text = re.sub(r"(?i)^\s*by\s+", "", by or "").strip()
    text = re.sub(r",\s*(dpa|AP|Reuters|AFP|Yonhap)\s*$", "", text)
    names = re.split(r"\s*(?:,|\band\b|&)\s*", text)
    return [n.strip() for n in names if n.strip()]


_DATELINE_SPAN = re.compile(r'(?is)<span class="dateline">.*?</span>\s*')


def strip_dateline_markup(markup: str) -> str:
    """Dateline's own bodies open with the dateline in a span; drop it, as the
    dateline travels in its own fields."""
    return _DATELINE_SPAN.sub("", markup or "", count=1)


def split_dateline(paragraphs: list[str]) -> tuple[ParsedDateline | None, list[str]]:
    """Find a dateline opening the first paragraph ("SEOUL, Oct. 28 (Yonhap) --").
    Returns (ParsedDateline or None, paragraphs without it)."""
    if not paragraphs:
        return None, paragraphs
    try:
        from dateline.ingest.datelines import match_dateline
    except ImportError:  # the recogniser is optional for the structured formats
        return None, paragraphs
    found = match_dateline(paragraphs[0])
    if not found:
        return None, paragraphs
    dateline, rest = found
    return dateline, ([rest] if rest else []) + paragraphs[1:]
