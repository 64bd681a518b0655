"""Reading a photo's description from the file: the IPTC Photo Metadata
Standard's fields from IIM (the Photoshop APP13 block agencies have written
for decades) and XMP, and the camera's EXIF.

Where IIM and XMP both give a field, XMP wins, as the IPTC and the Metadata
Working Group's guidelines ask of readers, with the guidelines' one
exception: when the file carries Photoshop's digest of its IIM block
(resource 0x0425) and the digest no longer matches, the IIM was edited by a
tool that left the XMP behind, and IIM wins. EXIF (ImageDescription, Artist,
Copyright, DateTimeOriginal) fills only what neither gave.

IIM text is UTF-8 when record 1:90 says so (ESC % G); without it, text that
is valid UTF-8 is read as UTF-8 (most senders now write it without saying
so), anything else as Latin-1 (ISO 8859-1, IIM's historical default).

GPS positions and camera or lens serial numbers are never read into the
photo's fields: the original keeps them, readers and the desk do not.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from datetime import datetime, time
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml import ElementTree
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from PIL import Image

logger = logging.getLogger(__name__)

# The description a sender or the desk may give, by Photo field, with its length limit.
FIELDS: dict[str, int | None] = {
    "headline": 300,
    "caption": None,
    "alt_text": 400,
    # IPTC 2021.1 Extended Description (Accessibility): the longer account a
    # reader who cannot see the picture may ask for; no length limit.
    "extended_description": None,
    "creator": 200,
    "credit_line": 200,
    "copyright_notice": 300,
    "rights_usage": None,
    "date_created": None,
    "city": 120,
    "country": 120,
    "keywords": None,
}

# IIM (record 2) datasets -> field; repeatable ones are lists.
IIM_FIELDS = {
    (2, 5): "title",
    (2, 105): "headline",
    (2, 120): "caption",
    (2, 80): "creator",
    (2, 110): "credit_line",
    (2, 116): "copyright_notice",
    (2, 90): "city",
    (2, 101): "country",
    (2, 25): "keywords",
    (2, 55): "date",
    (2, 60): "time",
}
IIM_REPEATABLE = {(2, 25), (2, 80)}
# Fields whose line breaks are the writer's paragraphs, kept as sent.
MULTILINE = ("caption", "rights_usage", "extended_description")

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
}
# XMP property -> field
XMP_FIELDS = {
    ("dc", "title"): "title",
    ("photoshop", "Headline"): "headline",
    ("dc", "description"): "caption",
    ("dc", "creator"): "creator",
    ("photoshop", "Credit"): "credit_line",
    ("dc", "rights"): "copyright_notice",
    ("xmpRights", "UsageTerms"): "rights_usage",
    ("photoshop", "DateCreated"): "date_created",
    ("photoshop", "City"): "city",
    ("photoshop", "Country"): "country",
    ("dc", "subject"): "keywords",
    ("Iptc4xmpCore", "AltTextAccessibility"): "alt_text",
    ("Iptc4xmpCore", "ExtDescrAccessibility"): "extended_description",
}

# EXIF kept for the desk (base IFD and Exif IFD), by tag; never GPS (IFD
# 0x8825) nor serial numbers (BodySerialNumber 0xA431, LensSerialNumber 0xA435).
EXIF_BASE = {0x010F: "Make", 0x0110: "Model", 0x0131: "Software"}
EXIF_IFD = {
    0x9003: "DateTimeOriginal",
    0x9011: "OffsetTimeOriginal",
    0x829A: "ExposureTime",
    0x829D: "FNumber",
    0x8827: "ISO",
    0x920A: "FocalLength",
    0xA405: "FocalLengthIn35mmFilm",
    0x9204: "ExposureBiasValue",
    0x8822: "ExposureProgram",
    0x9209: "Flash",
    0xA433: "LensMake",
    0xA434: "LensModel",
}


def read(data: bytes) -> dict[str, Any]:
    """The Photo fields the file describes (only those it gives) and `exif`.
    Never raises: a damaged metadata block is skipped, not the photo."""
    iim: dict[str, Any] = {}
    xmp: dict[str, Any] = {}
    exif_fields: dict[str, Any] = {}
    exif: dict[str, Any] = {}
    iim_wins = False
    try:
        with Image.open(io.BytesIO(data)) as image:
            packet = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
            exif, exif_fields = read_exif(image.getexif())
    except Exception as error:  # the file itself was checked before; only metadata is at stake
        logger.info("photo metadata not read: %s", error)
        packet = None
    try:
        if packet:
            xmp = read_xmp(packet)
    except Exception as error:
        logger.info("photo XMP not read: %s", error)
    try:
        if data[:3] == b"\xff\xd8\xff":
            block, digest = photoshop_iptc(data)
            if block:
                iim = read_iim(block)
                iim_wins = digest is not None and digest != hashlib.md5(block).digest()
    except Exception as error:
        logger.info("photo IIM not read: %s", error)
    first, second = (iim, xmp) if iim_wins else (xmp, iim)
    merged = {**exif_fields, **second, **first}
    fields = _as_fields(merged)
    if exif:
        fields["exif"] = exif
    return fields


def _as_fields(values: dict[str, Any]) -> dict[str, Any]:
    values = dict(values)
    title = values.pop("title", "")
    if title and not values.get("headline"):
        values["headline"] = title
    date, clock = values.pop("date", ""), values.pop("time", "")
    if date and not values.get("date_created"):
        values["date_created"] = _iim_datetime(date, clock)
    return clean_description({k: v for k, v in values.items() if v not in ("", None, [])})


def clean_description(described: dict[str, Any]) -> dict[str, Any]:
    """A description (from a file or a sender) as Photo field values: text
    trimmed to its column, keywords a list of text, the date an aware
    datetime or None. Raises ValueError for a key that is not a description field."""
    clean: dict[str, Any] = {}
    for field, value in described.items():
        if field not in FIELDS:
            raise ValueError(f"{field} is not a field of a photo's description")
        if field == "keywords":
            items = [value] if isinstance(value, str) else list(value or [])
            clean[field] = list(dict.fromkeys(str(k).strip()[:100] for k in items if str(k).strip()))
        elif field == "date_created":
            clean[field] = _aware(value)
        else:
            text = " ".join(str(value or "").split()) if field not in MULTILINE else str(value or "")
            text = text.strip()
            limit = FIELDS[field]
            clean[field] = text[:limit] if limit else text
    return clean


def _aware(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        parsed = parse_datetime(value.strip().replace(" ", "T", 1))
        if parsed is None:
            day = parse_date(value.strip()[:10])
            parsed = datetime.combine(day, time()) if day else None
        value = parsed
    if not isinstance(value, datetime):
        return None
    # A time without an offset is the newsroom's local time.
    return value if timezone.is_aware(value) else timezone.make_aware(value)


# ---------------------------------------------------------------------------
# IIM


def photoshop_iptc(jpeg: bytes) -> tuple[bytes, bytes | None]:
    """The IIM block (8BIM resource 0x0404) of a JPEG's Photoshop APP13
    segments, and the digest Photoshop kept of it (0x0425), if any."""
    resources = b"".join(_app13_segments(jpeg))
    block, digest = b"", None
    pos = 0
    while pos + 12 <= len(resources):
        if resources[pos : pos + 4] != b"8BIM":
            break
        rid = int.from_bytes(resources[pos + 4 : pos + 6], "big")
        name_len = resources[pos + 6]
        pos += 6 + 1 + name_len
        pos += pos % 2  # the Pascal name is padded to an even length
        size = int.from_bytes(resources[pos : pos + 4], "big")
        body = resources[pos + 4 : pos + 4 + size]
        pos += 4 + size + (size % 2)
        if rid == 0x0404:
            block += body
        elif rid == 0x0425:
            digest = body
    return block, digest


def _app13_segments(jpeg: bytes) -> list[bytes]:
    found = []
    pos = 2
    while pos + 4 <= len(jpeg) and jpeg[pos] == 0xFF:
        marker = jpeg[pos + 1]
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no more metadata
            break
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        length = int.from_bytes(jpeg[pos + 2 : pos + 4], "big")
        segment = jpeg[pos + 4 : pos + 2 + length]
        if marker == 0xED and segment.startswith(b"Photoshop 3.0\x00"):
            found.append(segment[14:])
        pos += 2 + length
    return found


def read_iim(block: bytes) -> dict[str, Any]:
    """Record 2 datasets of an IIM block as field values (text decoded per 1:90)."""
    raw: list[tuple[tuple[int, int], bytes]] = []
    utf8 = False
    pos = 0
    while pos + 5 <= len(block) and block[pos] == 0x1C:
        record, dataset = block[pos + 1], block[pos + 2]
        size = int.from_bytes(block[pos + 3 : pos + 5], "big")
        pos += 5
        if size & 0x8000:  # extended dataset: the next n bytes hold the length
            count = size & 0x7FFF
            size = int.from_bytes(block[pos : pos + count], "big")
            pos += count
        value = block[pos : pos + size]
        pos += size
        if (record, dataset) == (1, 90):
            utf8 = value == b"\x1b%G"
        else:
            raw.append(((record, dataset), value))
    values: dict[str, Any] = {}
    for tag, value in raw:
        field = IIM_FIELDS.get(tag)
        if field is None:
            continue
        text = _iim_text(value, utf8).strip()
        if tag in IIM_REPEATABLE:
            values.setdefault(field, []).append(text)
        else:
            values[field] = text
    if "creator" in values:
        values["creator"] = ", ".join(c for c in values["creator"] if c)
    return values


def _iim_text(value: bytes, utf8: bool) -> str:
    if utf8:
        return value.decode("utf-8", "replace")
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def _iim_datetime(date: str, clock: str) -> datetime | None:
    """2:55 CCYYMMDD with 2:60 HHMMSS±HHMM."""
    match = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", date.strip())
    if not match:
        return None
    iso = "-".join(match.groups())
    clock_match = re.fullmatch(r"(\d{2})(\d{2})(\d{2})(?:([+-])(\d{2})(\d{2}))?", clock.strip())
    if clock_match:
        h, m, s, sign, oh, om = clock_match.groups()
        iso += f"T{h}:{m}:{s}" + (f"{sign}{oh}:{om}" if sign else "")
    return _aware(iso)


# ---------------------------------------------------------------------------
# XMP


def read_xmp(packet: bytes | str) -> dict[str, Any]:
    """The IPTC Core properties of an XMP packet, as simple attributes or
    as elements (rdf:Alt: x-default first; rdf:Seq/Bag: every item)."""
    if isinstance(packet, str):
        packet = packet.encode("utf-8")
    start = packet.find(b"<x:xmpmeta")
    if start < 0:
        start = packet.find(b"<rdf:RDF")
    end_tag = b"</x:xmpmeta>" if packet[start:].startswith(b"<x:xmpmeta") else b"</rdf:RDF>"
    end = packet.find(end_tag, start)
    if start < 0 or end < 0:
        return {}
    root = ElementTree.fromstring(packet[start : end + len(end_tag)])
    values: dict[str, Any] = {}
    for description in root.iter(f"{{{NS['rdf']}}}Description"):
        for (prefix, name), field in XMP_FIELDS.items():
            qname = f"{{{NS[prefix]}}}{name}"
            if qname in description.attrib:
                values.setdefault(field, description.attrib[qname].strip())
            element = description.find(qname)
            if element is not None and field not in values:
                items = _xmp_items(element)
                if field == "keywords":
                    values[field] = items
                elif field == "creator":
                    values[field] = ", ".join(items)
                elif items:
                    values[field] = items[0]
    return values


def _xmp_items(element: Element) -> list[str]:
    container = next(iter(element), None)
    if container is None:
        return [(element.text or "").strip()]
    items = list(container.iter(f"{{{NS['rdf']}}}li"))
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    items.sort(key=lambda li: 0 if li.get(lang) == "x-default" else 1)  # stable: x-default first
    return [(li.text or "").strip() for li in items if (li.text or "").strip()]


# ---------------------------------------------------------------------------
# EXIF


def read_exif(exif: Image.Exif) -> tuple[dict[str, Any], dict[str, Any]]:
    """(what the desk may see of the EXIF, the IPTC fields EXIF can fill)."""
    kept: dict[str, Any] = {}
    for tag, name in EXIF_BASE.items():
        if tag in exif:
            kept[name] = _plain(exif[tag])
    ifd = exif.get_ifd(0x8769)
    for tag, name in EXIF_IFD.items():
        if tag in ifd:
            kept[name] = _plain(ifd[tag])
    kept = {k: v for k, v in kept.items() if v not in ("", None)}
    fields: dict[str, Any] = {}
    if isinstance(exif.get(0x010E), str):
        fields["caption"] = exif[0x010E].strip()
    if isinstance(exif.get(0x013B), str):
        fields["creator"] = exif[0x013B].strip()
    if isinstance(exif.get(0x8298), str):
        fields["copyright_notice"] = exif[0x8298].strip().strip("\x00")
    taken = kept.get("DateTimeOriginal")
    if isinstance(taken, str) and re.fullmatch(r"\d{4}:\d{2}:\d{2} \d{2}:\d{2}:\d{2}", taken):
        iso = taken.replace(":", "-", 2).replace(" ", "T") + str(kept.get("OffsetTimeOriginal") or "")
        fields["date_created"] = iso
    return kept, {k: v for k, v in fields.items() if v}


def _plain(value: Any) -> Any:
    """An EXIF value as JSON: text, a number, or a fraction kept as text (1/250)."""
    if isinstance(value, bytes):
        return value.decode("ascii", "ignore").strip("\x00 ")
    if isinstance(value, str):
        return value.strip("\x00 ")
    if isinstance(value, int | float):
        return value
    numerator, denominator = getattr(value, "numerator", None), getattr(value, "denominator", None)
    if numerator is not None and denominator:
        if numerator < denominator and numerator == 1:
            return f"1/{denominator}"
        return round(numerator / denominator, 4)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return str(value)
