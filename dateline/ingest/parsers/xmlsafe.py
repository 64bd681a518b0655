"""Parsing untrusted XML: no entity expansion, no external resources, no network.

defusedxml first refuses any document with a DOCTYPE: that is where entity
expansion (billion laughs, quadratic blow-up), external entities (XXE) and
external DTDs live, and none of the news formats Dateline reads needs one.
lxml then parses with entity resolution and network access off, and with
its limits on tree size left in place.
"""

import codecs
import re

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET
from lxml import etree

from dateline.core.text import SINGLE_BYTE, NotText, decode_text, utf8_in_disguise

from .base import ParseError

_PARSER_OPTIONS = dict(
    resolve_entities=False,
    no_network=True,
    huge_tree=False,
    load_dtd=False,
    dtd_validation=False,
    remove_comments=True,
    remove_pis=True,
)


_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


def utf8_despite_declaration(data: bytes) -> bool:
    """True when a document declared in a single-byte encoding is in fact
    UTF-8 ("Ã¥" for "å" otherwise)."""
    found = _DECLARED.match(data[:200])
    return found is not None and found.group(1).decode("ascii").lower() in SINGLE_BYTE and utf8_in_disguise(data)


def check_encoding(data: bytes) -> bytes:
    """The document, readable in its declared encoding (UTF-8 if none is
    declared), or a plain refusal instead of a parser's "invalid token".

    A document declared (or defaulting to) UTF-8 whose bytes are 8-bit
    Western text with no UTF-8 sequence in them is read as Windows-1252, by
    the rule every text import follows (`dateline.core.text.decode_text`),
    and handed on as UTF-8; a mix of the two is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    found = _DECLARED.match(data[:200])
    declared = found.group(1).decode("ascii") if found else "utf-8"
    try:
        data.decode(declared)
        return data
    except LookupError:
        raise ParseError(f"XML declares an unknown encoding: {declared!r}") from None
    except UnicodeDecodeError as exc:
        wrong = ParseError(
            f"wrong encoding: the XML is declared {declared}, but byte {exc.start} "
            f"({data[exc.start : exc.start + 1]!r}) is not {declared}"
        )
    if codecs.lookup(declared).name != "utf-8":
        raise wrong
    try:
        text = decode_text(data, declared="utf-8")
    except NotText:
        raise wrong from None
    if found:
        text = text[: found.start(1)] + "utf-8" + text[found.end(1) :]
    return text.encode("utf-8")


def parse_xml(data: bytes) -> etree._Element:
    # Blank lines before the XML declaration are common in real feeds and
    # harmless; parsers refuse them, so they go.
    if data[:1] in (b" ", b"\n", b"\r", b"\t") and data.lstrip(b" \r\n\t").startswith(b"<?xml"):
        data = data.lstrip(b" \r\n\t")
    data = check_encoding(data)
    try:
        SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ParseError(
            f"unsafe XML refused ({type(exc).__name__}): news documents may not carry a DOCTYPE, entities or external references"
        ) from None
    except SafeET.ParseError as exc:
        raise ParseError(f"malformed XML: {exc}") from None
    except (UnicodeError, LookupError) as exc:
        raise ParseError(f"XML in a wrong or unknown encoding: {exc}") from None
    options = dict(_PARSER_OPTIONS, encoding="utf-8") if utf8_despite_declaration(data) else _PARSER_OPTIONS
    try:
        return etree.fromstring(data, etree.XMLParser(**options))
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"malformed XML: {exc}") from None


def localname(el: etree._Element) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def root_name(data: bytes) -> str:
    """The root element's local name, read from the first few kilobytes only."""
    head = data[:8192]
    start = 0
    while True:
        lt = head.find(b"<", start)
        if lt < 0 or lt + 1 >= len(head):
            return ""
        nxt = head[lt + 1 : lt + 2]
        if nxt in (b"?", b"!"):
            start = lt + 2
            continue
        end = lt + 1
        while end < len(head) and head[end : end + 1] not in (b" ", b">", b"/", b"\n", b"\r", b"\t"):
            end += 1
        return head[lt + 1 : end].decode("ascii", "replace").rsplit(":", 1)[-1]
