"""IPTC ninjs 2.x (lowercase names) and 3.x (camelCase names).

A file may hold one document, a JSON array of them, or a page of the
subscriber API ({"items": [...]}), so Dateline can take in its own feed.
"""

import json
from datetime import date

from . import register
from .base import BadEntry, IngestedItem, ParseError, Parser
from .text import (
    decode_utf8, paragraphs_from_html, paragraphs_from_plain, parse_time, split_bylines, split_dateline,
    strip_dateline_markup,
)

V3_MARKERS = ("versionCreated", "firstCreated", "pubStatus", "altIds", "edNote", "contentCreated")
HTML_TYPES = {"text/html", "application/xhtml+xml", "body_xhtml", "xhtml"}


def _documents(data: bytes):
    text = decode_utf8(data, "ninjs")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    if isinstance(value, dict) and isinstance(value.get("items"), list):
        value = value["items"]
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise ParseError("ninjs must be a JSON object or an array of objects")
    return value


def _looks_like_ninjs(data: bytes) -> bool:
    # Any JSON is taken for ninjs (the only JSON format Dateline reads), so a
    # document that lacks its uri is refused as "missing an id", not as an
    # unknown format.
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] in (b"{", b"[")


class NinjsParser(Parser):
    major = "2"
    label = "IPTC ninjs 2.x"

    def sniff(self, data, filename=""):
        if not _looks_like_ninjs(data):
            return False
        is_v3 = any(f'"{marker}"'.encode() in data[:200_000] for marker in V3_MARKERS)
        return is_v3 == (self.major == "3")

    def parse(self, data):
        def read(doc):
            if not isinstance(doc, dict):
                raise ParseError("an entry is not a JSON object")
            return self.read(doc)

        return self.read_each(_documents(data), read, lambda doc: doc.get("uri", "") if isinstance(doc, dict) else "")

    def key(self, name, v3=None):
        if not (self.major == "3" if v3 is None else v3):
            return name.lower()
        return {"contenttype": "contentType", "versioncreated": "versionCreated", "firstcreated": "firstCreated",
                "contentcreated": "contentCreated", "pubstatus": "pubStatus", "ednote": "edNote",
                "infosources": "infoSources", "altids": "altIds"}.get(name, name)

    def read(self, doc) -> IngestedItem:
        # Each document is read by its own naming, so a batch may mix 2.x and 3.x.
        v3 = any(marker in doc for marker in V3_MARKERS) or (
            self.major == "3" and not any(marker.lower() in doc for marker in V3_MARKERS))

        def k(name):
            return self.key(name, v3)

        headlines = doc.get("headlines") or []
        headline = next((h.get("value", "") for h in headlines if h.get("role") == "main"), "")
        headline = headline or (headlines[0].get("value", "") if headlines else "") or doc.get("title", "")
        # A text item may travel with its text in a description only (NTB does this).
        bodies = doc.get("bodies") or [d for d in doc.get("descriptions") or [] if d.get("role") in ("text", "body")]
        paragraphs, markup = self.body(bodies, k)
        people = [p.get("name", "") for p in doc.get("people") or [] if p.get("rel") == "author" and p.get("name")]
        places = {p.get("rel"): p.get("name", "") for p in doc.get("places") or []}
        sources = {s.get("role"): s.get("name", "") for s in doc.get(k("infosources")) or []}
        subjects = doc.get("subjects") or []
        item = IngestedItem(
            original_id=str(doc.get("uri", "")),
            original_version=str(doc.get("version", "")),
            headline=" ".join(str(headline).split()),
            paragraphs=paragraphs,
            markup=markup,
            bylines=people or split_bylines(str(doc.get("by", ""))),
            dateline_city=places.get("dateline-city") or str(doc.get("located", "")),
            dateline_country=places.get("dateline-country", ""),
            dateline_agency=sources.get("dateline-agency", ""),
            first_created=parse_time(doc.get(k("firstcreated"))),
            version_created=parse_time(doc.get(k("versioncreated"))),
            language=str(doc.get("language", "")),
            urgency=_urgency(doc.get("urgency")),
            keywords=[s.get("name", "") for s in subjects if s.get("rel") != "section" and s.get("name")],
            section_name=next((s.get("name", "") for s in subjects if s.get("rel") == "section"), ""),
            slugline=str(doc.get("slugline", "")),
            ednote=str(doc.get(k("ednote"), "")),
            pubstatus=str(doc.get(k("pubstatus"), "usable")),
        )
        created = doc.get(k("contentcreated"))
        if created and item.dateline_city:
            item.dateline_date = _date(created)
        if not item.dateline_city:
            dateline, rest = split_dateline(item.paragraphs)
            if dateline:
                item.dateline_city, item.dateline_country = dateline.city.title(), dateline.country
                item.dateline_agency, item.paragraphs = dateline.agency, rest
        return item

    def body(self, bodies, k):
        html = next((b for b in bodies if str(b.get(k("contenttype"), "")).lower() in HTML_TYPES), None)
        if html is not None:
            return paragraphs_from_html(strip_dateline_markup(str(html.get("value", "")))), True
        plain = next(iter(bodies), None)
        if plain is None:
            return [], False
        return paragraphs_from_plain(str(plain.get("value", ""))), False


def _urgency(value):
    if value in (None, ""):
        return None
    number = int(value)
    if not 1 <= number <= 9:
        raise ParseError(f"urgency must be 1 to 9, not {value}")
    return number


def _date(value) -> date | None:
    when = parse_time(value)
    return when.date() if when else None


@register
class Ninjs2Parser(NinjsParser):
    name = "ninjs2"
    priority = 11


@register
class Ninjs3Parser(NinjsParser):
    name = "ninjs3"
    major = "3"
    label = "IPTC ninjs 3.x"
    priority = 10
