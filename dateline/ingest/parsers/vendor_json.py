"""Agencies' own JSON formats that are not ninjs, known by their documented structure.

- dpa digitalwires (`"format": "digitalwires@…"`; one entry, or an API answer
  `{"entries": [...]}`) is read: it carries the whole story in documented
  fields, with the text for editors kept apart (`notepad.nonpublic_html`,
  `ednotes`) and the dateline marked in the HTML.
- AP Media API answers (`api_version` and `data.item` / `data.items`) are
  refused by name: they describe an item and link to its NITF or ANPA
  rendition, but carry no story text. The rendition is what to ingest.

Both sniff before ninjs, whose parser takes any other JSON.
"""

from __future__ import annotations

import json
import re

from lxml import html as lxml_html

from . import register, wiretext
from .base import BadEntry, IngestedItem, Parsed, ParseError, Parser
from .text import decode_utf8, parse_time
from .wirelines import byline_names

_DIGITALWIRES = re.compile(rb'"format"\s*:\s*"digitalwires')
_AP_ENVELOPE = re.compile(rb'"api_version"\s*:')
_AP_ITEM = re.compile(rb'"altids"\s*:\s*\{[^{}]*"itemid"\s*:')
_DATELINE = re.compile(r"^\s*(?P<city>[^()]+?)\s*\((?P<agency>[^()]+)\)\s*[-–—:]*\s*$")


def _json(data: bytes, what: str):
    try:
        return json.loads(decode_utf8(data, what))
    except json.JSONDecodeError as exc:
        raise ParseError(f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None


def _is_json(data: bytes) -> bool:
    return data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def _html_text(markup) -> str:
    if not markup:
        return ""
    return " ".join(" ".join(lxml_html.fromstring(f"<div>{markup}</div>").itertext()).split())


# --------------------------------------------------------------- AP Media API


def _ap_items(value) -> list[dict]:
    data = value.get("data") if isinstance(value, dict) else None
    if isinstance(data, dict):
        if isinstance(data.get("item"), dict):
            return [data["item"]]
        if isinstance(data.get("items"), list):
            return [i.get("item", i) for i in data["items"] if isinstance(i, dict)]
    if isinstance(value, dict) and isinstance(value.get("altids"), dict):
        return [value]
    return []


@register
class APMediaParser(Parser):
    name = "ap-media"
    label = "AP Media API JSON (refused: it carries no story text)"
    priority = 5

    def sniff(self, data: bytes, filename: str = "") -> bool:
        head = data[:200_000]
        return _is_json(data) and bool(_AP_ENVELOPE.search(head) or _AP_ITEM.search(head))

    def parse(self, data: bytes) -> Parsed:
        items = _ap_items(_json(data, "AP Media API JSON"))
        if not items:
            raise ParseError("AP Media API JSON, not ninjs: an answer with no item in it (nothing to take in)")
        out: Parsed = []
        for item in items:
            altids = item.get("altids")
            altids = altids if isinstance(altids, dict) else {}
            renditions = item.get("renditions")
            renditions = renditions if isinstance(renditions, dict) else {}
            texts = [str(key) for key, r in renditions.items() if isinstance(r, dict) and r.get("type") == "text"]
            name = item.get("headline") or item.get("title") or altids.get("itemid", "")
            kind = str(item.get("type") or "item")
            out.append(
                BadEntry(
                    f"AP Media API JSON, not ninjs: {kind} item {name!r} (itemid {altids.get('itemid', '?')}) "
                    "describes a story but carries no text"
                    + (
                        f"; its text is in the renditions it links to ({', '.join(texts)}): download the NITF one "
                        "and take that in"
                        if texts
                        else ""
                    ),
                    str(item.get("uri") or altids.get("itemid") or ""),
                )
            )
        return out


# ----------------------------------------------------------- dpa digitalwires


def _entries(value) -> list:
    if isinstance(value, dict) and isinstance(value.get("entries"), list):
        return value["entries"]
    if isinstance(value, list):
        return value
    return [value]


@register
class DigitalwiresParser(Parser):
    name = "dpa-digitalwires"
    label = "dpa digitalwires JSON"
    priority = 6

    def sniff(self, data: bytes, filename: str = "") -> bool:
        return _is_json(data) and bool(_DIGITALWIRES.search(data[:200_000]))

    def parse(self, data: bytes) -> Parsed:
        return self.read_each(
            _entries(_json(data, "digitalwires JSON")),
            read_digitalwires,
            lambda entry: entry.get("urn", "") if isinstance(entry, dict) else "",
        )


def _desk_notes(entry) -> list[str]:
    notes = []
    for note in entry.get("ednotes") or []:
        if isinstance(note, dict) and str(note.get("ednote") or "").strip():
            role = str(note.get("role") or "note").split(":")[-1]
            notes.append(f"{role}: {' '.join(str(note['ednote']).split())}")
    notepad = entry.get("notepad") if isinstance(entry.get("notepad"), dict) else {}
    if not notes:
        notes += [_html_text(notepad.get(k)) for k in ("public_html", "nonpublic_html") if notepad.get(k)]
    return [n for n in notes if n]


def read_digitalwires(entry: object) -> IngestedItem:
    if not isinstance(entry, dict):
        raise ParseError("an entry is not a JSON object")
    article = str(entry.get("article_html") or "")
    boxes = [str(entry.get(k)) for k in ("infobox_html", "linkbox_html") if entry.get(k)]
    headline = " ".join(str(entry.get("headline") or "").split())
    # The article marks its dateline (<span class="dateline">): the reader
    # takes it out of the text into its field.
    body = wiretext.from_html(article + "".join(boxes), headline=headline)
    dateline_text = " ".join(str(entry.get("dateline") or "").split()) or body.dateline_text
    found = _DATELINE.match(dateline_text)
    language = str(entry.get("language") or "")
    byline = str(entry.get("byline") or "")
    urgency = entry.get("urgency")
    return IngestedItem(
        original_id=str(entry.get("urn") or entry.get("entry_id") or ""),
        original_version=str(entry.get("version") or ""),
        headline=headline,
        paragraphs=body.items,
        markup=True,
        bylines=byline_names(byline),
        dateline_city=found["city"] if found else "",
        dateline_agency=found["agency"] if found else "",
        first_created=parse_time(entry.get("content_created")),
        version_created=parse_time(entry.get("version_created") or entry.get("updated")),
        language=language,
        urgency=int(urgency) if isinstance(urgency, int) and 1 <= urgency <= 9 else None,
        keywords=[
            str(n)
            for key in ("dpasubject_names", "geosubject_names", "keyword_names")
            for n in entry.get(key) or []
            if str(n).strip()
        ],
        pubstatus=str(entry.get("pubstatus") or "usable"),
        desk_notes=_desk_notes(entry) + body.desk_notes,
        credit=str(entry.get("creditline") or ""),
        dateline_text=dateline_text,
        embargo_until=parse_time(entry.get("embargoed")),
        source_text=" ".join(_html_text(m) for m in [article, *boxes]),
    )
