"""IPTC ninjs 1.x (as Superdesk, the BBC and others send it).

ninjs 1.x is flat where 2.x has lists: one `headline`, one `byline`, the
body as `body_html` (1.1+), `body_xhtml` (1.0) or `body_text`, `located`
for the place it comes from, `embargoed` for the time it may be published.
It is known by that structure (or a `$schema` naming ninjs 1), never by the
file name. A file may hold one item, an array, or an API page that wraps
them (`{"items": [...]}`, `{"item": [...]}`).

Mapping (the 1.x names, then Superdesk's additions):

- uri (else guid, else id), version, versioncreated, firstcreated,
  embargoed, pubstatus, urgency, language, headline, slugline;
- body_html / body_xhtml / body_text: the body (the HTML one when both are
  there); description_text is a summary, not body text;
- byline: the bylines (split on "and", never on commas, which carry titles
  and affiliations); without one, the names of `authors` whose role is
  writer or author;
- located: the dateline's place; subject, place and keywords: keywords;
- source (else copyrightholder): the credit; ednote: the editor's note (desk);
- associations: pictures (type picture, with renditions) travel with the
  story (`pictures`, the `featuremedia` one first); other media Dateline
  does not carry are named in the desk notes with their captions.
- type picture: a picture item alone, for the photo desk
  (dateline.ingest.parsers.lone_pictures); graphic, video or audio: not a
  story, refused by name.
"""

from __future__ import annotations

import json
import re

from . import register, wiretext
from .base import IngestedItem, IngestedPicture, Parsed, ParseError, Parser
from .lone_pictures import is_picture_item, ninjs_picture_item
from .pictures import ninjs_pictures
from .text import decode_utf8, parse_time
from .wireconventions import Body
from .wirelines import place_parts

MEDIA_TYPES = {"picture", "graphic", "video", "audio"}
_V1_KEYS = re.compile(rb'"(?:headline|body_html|body_text|body_xhtml)"\s*:')
_V2_KEYS = re.compile(rb'"(?:headlines|bodies)"\s*:')
_SCHEMA_V1 = re.compile(rb'"\$schema"\s*:\s*"[^"]*ninjs[^"]*?[-_/]1[._]\d')
_BY = re.compile(r"^\s*by\s+", re.I)


def documents(data: bytes) -> list:
    text = decode_utf8(data, "ninjs")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    if isinstance(value, dict):
        for wrapper in ("items", "item"):
            if isinstance(value.get(wrapper), list):
                return value[wrapper]
        return [value]
    if isinstance(value, list):
        return value
    raise ParseError("ninjs must be a JSON object or an array of objects")


def looks_like_ninjs1(data: bytes) -> bool:
    head = data[:200_000]
    if _SCHEMA_V1.search(head):
        return True
    return bool(_V1_KEYS.search(head)) and not _V2_KEYS.search(head)


@register
class Ninjs1Parser(Parser):
    name = "ninjs1"
    label = "IPTC ninjs 1.x"
    priority = 9

    def sniff(self, data: bytes, filename: str = "") -> bool:
        stripped = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        return stripped[:1] in (b"{", b"[") and looks_like_ninjs1(data)

    def parse(self, data: bytes) -> Parsed:
        return self.read_each(documents(data), read_ninjs1, _id)


def _id(doc) -> str:
    return str(doc.get("uri") or doc.get("guid") or doc.get("id") or "") if isinstance(doc, dict) else ""


def _names(values) -> list[str]:
    return [str(v.get("name", "")).strip() for v in values or [] if isinstance(v, dict) and v.get("name")]


def _bylines(doc) -> list[str]:
    byline = _BY.sub("", str(doc.get("byline") or "")).strip()
    if byline:
        return [name.strip() for name in re.split(r"\s+(?:and|&)\s+", byline) if name.strip()]
    return [
        str(a.get("name", "")).strip()
        for a in doc.get("authors") or []
        if isinstance(a, dict) and a.get("name") and str(a.get("role", "")).lower() in ("writer", "author")
    ]


def _body(doc, headline) -> Body:
    markup = doc.get("body_html") or doc.get("body_xhtml")
    if markup:
        return wiretext.from_html(str(markup), headline=headline)
    return wiretext.from_text(str(doc.get("body_text") or ""), headline=headline)


def _associations(doc, carried) -> list[str]:
    values = doc.get("associations") or {}
    entries = values.values() if isinstance(values, dict) else values
    keys = {picture.source_key for picture in carried}
    notes = []
    for entry in entries:
        if not isinstance(entry, dict) or (entry.get("uri") or entry.get("guid")) in keys:
            continue
        what = str(entry.get("type") or "item")
        caption = " ".join(
            str(entry.get(k) or "") for k in ("headline", "description_text", "byline") if entry.get(k)
        ).strip()
        notes.append(f"Associated {what} (not carried): {caption}" if caption else f"Associated {what} (not carried)")
    return notes


def _urgency(value):
    if value in (None, ""):
        return None
    number = int(value)
    if not 1 <= number <= 9:
        raise ParseError(f"urgency must be 1 to 9, not {value}")
    return number


def read_ninjs1(doc: object) -> IngestedItem | IngestedPicture:
    if not isinstance(doc, dict):
        raise ParseError("an entry is not a JSON object")
    if is_picture_item(doc):
        return ninjs_picture_item(doc, _id(doc))
    kind = str(doc.get("type") or "text").lower()
    if kind in MEDIA_TYPES:
        raise ParseError(
            f"a ninjs 1.x {kind} item, not a text story: Dateline takes in stories and pictures, not {kind} items"
        )
    headline = " ".join(str(doc.get("headline") or "").split())
    body = _body(doc, headline)
    city, country = place_parts(body.place)
    pictures = ninjs_pictures(doc)
    item = IngestedItem(
        original_id=_id(doc),
        original_version=str(doc.get("version") or ""),
        headline=headline,
        paragraphs=body.items,
        markup=True,
        bylines=_bylines(doc) or body.bylines,
        dateline_city=str(doc.get("located") or "") or city,
        dateline_country=country,
        dateline_agency=body.agency,
        dateline_text=body.dateline_text,
        first_created=parse_time(doc.get("firstcreated")),
        version_created=parse_time(doc.get("versioncreated")),
        language=str(doc.get("language") or ""),
        urgency=_urgency(doc.get("urgency")),
        keywords=_names(doc.get("subject"))
        + _names(doc.get("place"))
        + [str(k) for k in doc.get("keywords") or [] if isinstance(k, str) and k.strip()],
        slugline=str(doc.get("slugline") or ""),
        ednote=str(doc.get("ednote") or ""),
        pubstatus=str(doc.get("pubstatus") or "usable"),
        desk_notes=body.desk_notes + _associations(doc, pictures),
        pictures=pictures,
        credit=str(doc.get("source") or doc.get("copyrightholder") or ""),
        embargo_until=parse_time(doc.get("embargoed")),
        source_text=body.source_text,
    )
    return item
