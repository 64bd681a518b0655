"""IPTC ninjs 2.x (lowercase names) and 3.x (camelCase names).

A file may hold one document, a JSON array of them, or a page of the
subscriber API ({"items": [...]}), so Dateline can take in its own feed.
A document whose `type` is "picture" is a picture item alone, for the photo
desk (dateline.ingest.parsers.lone_pictures), whatever text it carries.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from typing import Any

from . import register, wiretext
from .base import IngestedItem, IngestedPicture, Parsed, ParseError, Parser
from .lone_pictures import is_picture_item, ninjs_picture_item
from .pictures import ninjs_pictures
from .text import decode_utf8, parse_date, parse_time
from .wireconventions import Body
from .wirelines import byline_names, place_parts
from .xmlsafe import localname, parse_xml

V3_MARKERS = (
    "versionCreated",
    "firstCreated",
    "pubStatus",
    "altIds",
    "edNote",
    "contentCreated",
    "contentType",
    "embargoedUntil",
    "copyrightHolder",
    "infoSources",
)
HTML_TYPES = {"text/html", "application/xhtml+xml", "body_xhtml", "xhtml"}
NITF_TYPES = {"application/nitf+xml", "text/vnd.iptc.nitf", "application/vnd.iptc.nitf+xml", "nitf"}


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

    def sniff(self, data: bytes, filename: str = "") -> bool:
        if not _looks_like_ninjs(data):
            return False
        is_v3 = any(f'"{marker}"'.encode() in data[:200_000] for marker in V3_MARKERS)
        return is_v3 == (self.major == "3")

    def parse(self, data: bytes) -> Parsed:
        def read(doc: object) -> IngestedItem | IngestedPicture:
            if not isinstance(doc, dict):
                raise ParseError("an entry is not a JSON object")
            if is_picture_item(doc):
                return ninjs_picture_item(doc, str(doc.get("uri", "")))
            return self.read(doc)

        return self.read_each(_documents(data), read, lambda doc: doc.get("uri", "") if isinstance(doc, dict) else "")

    def key(self, name: str, v3: bool | None = None) -> str:
        if not (self.major == "3" if v3 is None else v3):
            return name.lower()
        return {
            "contenttype": "contentType",
            "versioncreated": "versionCreated",
            "firstcreated": "firstCreated",
            "contentcreated": "contentCreated",
            "pubstatus": "pubStatus",
            "ednote": "edNote",
            "infosources": "infoSources",
            "altids": "altIds",
            "copyrightholder": "copyrightHolder",
            "embargoed": "embargoedUntil",
        }.get(name, name)

    def read(self, doc: dict[str, Any]) -> IngestedItem:
        # Each document is read by its own naming, so a batch may mix 2.x and 3.x.
        v3 = any(marker in doc for marker in V3_MARKERS) or (
            self.major == "3" and not any(marker.lower() in doc for marker in V3_MARKERS)
        )

        def k(name: str) -> str:
            return self.key(name, v3)

        headlines = doc.get("headlines") or []
        headline = next((h.get("value", "") for h in headlines if h.get("role") == "main"), "")
        headline = headline or (headlines[0].get("value", "") if headlines else "") or doc.get("title", "")
        # A text item may travel with its text in a description only (NTB does this).
        bodies = doc.get("bodies") or [d for d in doc.get("descriptions") or [] if d.get("role") in ("text", "body")]
        headline = " ".join(str(headline).split())
        body = self.body(bodies, k, headline)
        people = [p.get("name", "") for p in doc.get("people") or [] if p.get("rel") == "author" and p.get("name")]
        places = {p.get("rel"): p.get("name", "") for p in doc.get("places") or []}
        sources = {s.get("role"): s.get("name", "") for s in doc.get(k("infosources")) or []}
        subjects = doc.get("subjects") or []
        ednote = " ".join(str(doc.get(k("ednote"), "")).split())
        credit = (
            sources.get("dateline-agency")
            or str(doc.get(k("copyrightholder")) or "")
            or next((s for role, s in sources.items() if s and "source" in str(role)), "")
            or body.agency
        )
        item = IngestedItem(
            original_id=str(doc.get("uri", "")),
            original_version=str(doc.get("version", "")),
            headline=headline,
            paragraphs=body.items,
            markup=True,
            sanitised=True,
            bylines=people or byline_names(str(doc.get("by", ""))) or body.bylines,
            dateline_city=places.get("dateline-city") or str(doc.get("located", "")),
            dateline_country=places.get("dateline-country", ""),
            dateline_agency=sources.get("dateline-agency", "") or body.agency,
            first_created=parse_time(doc.get(k("firstcreated"))),
            version_created=parse_time(doc.get(k("versioncreated"))),
            language=str(doc.get("language", "")),
            urgency=_urgency(doc.get("urgency")),
            keywords=[s.get("name", "") for s in subjects if s.get("rel") != "section" and s.get("name")],
            section_name=next((s.get("name", "") for s in subjects if s.get("rel") == "section"), ""),
            slugline=str(doc.get("slugline", "")),
            ednote=ednote,
            pubstatus=str(doc.get(k("pubstatus"), "usable")),
            desk_notes=([f"Editor's note: {ednote}"] if ednote else []) + body.desk_notes,
            credit=credit,
            dateline_text=body.dateline_text,
            # 2.x says "embargoed", 3.x "embargoedUntil"; either may arrive under the other's naming.
            embargo_until=parse_time(doc.get("embargoedUntil") or doc.get("embargoed")),
            source_text=body.source_text,
            pictures=ninjs_pictures(doc),
        )
        created = doc.get(k("contentcreated"))
        if created and item.dateline_city:
            item.dateline_date = parse_date(created)
        if not item.dateline_city:
            item.dateline_city, item.dateline_country = place_parts(body.place)
        return item

    def body(self, bodies: list[Any], k: Callable[[str], str], headline: str = "") -> Body:
        """HTML first, then plain text, then NITF (parsed, never shown as markup)."""

        def of_type(types: Collection[str]) -> dict[str, Any] | None:
            return next(
                (b for b in bodies if isinstance(b, dict) and str(b.get(k("contenttype"), "")).lower() in types), None
            )

        html = of_type(HTML_TYPES)
        if html is not None:
            return wiretext.from_html(str(html.get("value", "")), headline=headline)
        plain = of_type({"text/plain", "text", ""})
        if plain is not None:
            return wiretext.from_text(str(plain.get("value", "")), headline=headline)
        nitf = of_type(NITF_TYPES)
        if nitf is not None:
            root = parse_xml(str(nitf.get("value", "")).encode("utf-8"))
            found = next((n for n in root.iter() if localname(n) == "body.content"), root)
            return wiretext.from_element(found, headline=headline)
        first = next((b for b in bodies if isinstance(b, dict)), None)
        if first is None:
            return Body()
        raise ParseError(f"a body of type {first.get(k('contenttype'), '')!r}, which Dateline does not read")


def _urgency(value):
    if value in (None, ""):
        return None
    number = int(value)
    if not 1 <= number <= 9:
        raise ParseError(f"urgency must be 1 to 9, not {value}")
    return number


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
