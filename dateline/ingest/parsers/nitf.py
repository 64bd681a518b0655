"""NITF 3.x documents (News Industry Text Format, IPTC), with or without the
NITF namespace.

What the standard says each part is, and where Dateline keeps it:

- head/docdata: doc-id@id-string is the document's id (du-key@version its
  version), urgency@ed-urg the urgency (1 most urgent), date.issue the time
  of issue, date.release the time it may be released (an embargo when it is
  later than the issue), ed-msg@info a message to editors (desk only),
  key-list/keyword the keywords, series the part of a series (desk only).
- body.head: hedline/hl1 the headline, byline (person, without byttl, the
  title), dateline (location, story.date, or text), distributor the credit.
  The abstract is a summary, not body text.
- body.content: paragraphs, hl2 subheads, tables, lists, block quotes (bq)
  and preformatted text become body items through the shared wire reader
  (`wiretext`, which also applies the agency conventions); media
  captions and credits describe a picture Dateline does not carry, and notes
  marked non-publishable (note type="npa") are for editors, so both go to
  the desk notes. body.end/tagline closes the body.
"""

from __future__ import annotations

import hashlib

from lxml import etree

from dateline.core.html import escape_text

from . import register, wiretext
from .base import IngestedItem, Parsed, ParseError, Parser
from .furniture import is_sign_off
from .text import parse_date, parse_time, sender_zone, zone_note
from .wirelines import byline_names, match_wire_dateline, place_parts
from .xmlsafe import localname, parse_xml, root_name

# NITF elements kept as the HTML element of the same name.
_HTML = {
    "p",
    "a",
    "em",
    "br",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "ul",
    "ol",
    "li",
    "q",
    "sub",
    "sup",
    "col",
    "colgroup",
}
# NITF elements that are HTML elements under another name.
_RENAMED = {
    "hl1": "h2",
    "hl2": "h2",
    "bq": "blockquote",
    "block": "div",
    "nitf-table": "div",
    "dl": "div",
    "dt": "p",
    "dd": "p",
    "fn": "p",
    "body.content": "div",
    "body.end": "div",
    "tagline": "p",
    "note": "div",
}
# NITF elements with nothing for readers in them.
_DROPPED = {
    "hr",
    "nitf-table-metadata",
    "pronounce",
    "alt-code",
    "nitf-colgroup",
    "nitf-col",
    "media-reference",
    "media-object",
    "media-metadata",
}


def child(el: etree._Element | None, *names: str) -> etree._Element | None:
    """The first descendant along a path of local names, or None (namespace-blind)."""
    for name in names:
        if el is None:
            return None
        el = next((c for c in el if localname(c) == name), None)
    return el


def children(el: etree._Element | None, name: str) -> list[etree._Element]:
    return [c for c in el if localname(c) == name] if el is not None else []


def text_of(el: etree._Element | None) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _pre_to_paragraphs(pre):
    """Preformatted text (results, line-ups) keeps its lines: blank lines end
    a paragraph, single line breaks become <br>."""
    text = "".join(pre.itertext()).replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b for b in text.split("\n\n") if b.strip()]
    holder = etree.Element("div")
    for block in blocks:
        p = etree.SubElement(holder, "p")
        lines = [" ".join(line.split()) for line in block.split("\n") if line.strip()]
        p.text = lines[0] if lines else ""
        for line in lines[1:]:
            br = etree.SubElement(p, "br")
            br.tail = line
    holder.tail = pre.tail
    return holder


def nitf_to_html(content: etree._Element, desk_notes: list[str]) -> str:
    """An NITF body part (body.content, or a whole <nitf>) as an HTML string;
    what belongs to editors is appended to `desk_notes` instead."""
    tree = etree.fromstring(etree.tostring(content))
    for el in list(tree.iter()):
        if not isinstance(el.tag, str):
            continue
        el.tag = localname(el)
    etree.cleanup_namespaces(tree)
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None and el is not tree:
            continue
        name = el.tag
        if name == "media":
            caption = " ".join(text_of(c) for c in children(el, "media-caption") if text_of(c))
            producer = " ".join(text_of(c) for c in children(el, "media-producer") if text_of(c))
            if caption or producer:
                desk_notes.append("Picture: " + " ".join(x for x in (caption, producer) if x))
            _remove(el)
        elif name == "note" and el.get("type") == "npa":
            desk_notes.append("Note: " + text_of(el))
            _remove(el)
        elif name == "pre":
            el.getparent().replace(el, _pre_to_paragraphs(el))
        elif name == "br":
            _unwrap_line(el)
        elif name in _DROPPED:
            _remove(el)
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        name = el.tag
        attributes = dict(el.attrib)
        el.attrib.clear()
        if name in _HTML:
            keep = {"a": ("href",), "th": ("colspan", "rowspan"), "td": ("colspan", "rowspan")}.get(name, ())
            el.attrib.update({k: v for k, v in attributes.items() if k in keep})
        elif name in _RENAMED:
            el.tag = _RENAMED[name]
        else:
            # Inline NITF (person, org, location, money, num, chron, classifier,
            # virtloc, copyrite, lang ...): their text runs on in the line.
            el.tag = "span"
    if tree.tag not in ("div",):
        tree.tag = "div"
    return etree.tostring(tree, encoding="unicode", method="html")


def _unwrap_line(br):
    """A line break inside a sentence (the line before ends without
    punctuation, the next starts in lower case) or closing a paragraph is the
    sender's wrapping, not a break readers should see."""
    previous = br.getprevious()
    before = (previous.tail if previous is not None else br.getparent().text) or ""
    after = br.tail or ""
    following = br.getnext()
    closing = not after.strip() and following is None
    wrapped = before.rstrip()[-1:].isalnum() and after.lstrip()[:1].islower()
    if closing or wrapped:
        br.tail = " " + after.lstrip() if after.strip() else after
        _remove(br)


def _remove(el):
    """Remove an element, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _doc_id(root) -> str:
    doc_id = child(child(child(root, "head"), "docdata"), "doc-id")
    return doc_id.get("id-string", "") if doc_id is not None else ""


def _time(el, zone=None, attribute="norm"):
    return parse_time(el.get(attribute), zone) if el is not None and el.get(attribute) else None


def _norm(el, attribute="norm") -> str:
    return (el.get(attribute) or "").strip() if el is not None else ""


def _times(root) -> list[str]:
    """Every time the document gives, its own dates first: the clock they
    share says the zone of one sent without it."""
    head = child(root, "head")
    docdata = child(head, "docdata")
    named = [_norm(child(docdata, name)) for name in ("date.issue", "date.release", "date.expire")]
    dates = [_norm(el) for el in root.iter() if localname(el) == "story.date"]
    return [t for t in [*named, *dates, _norm(child(head, "pubdata"), "date.publication")] if t]


def _written_dateline(dateline) -> str:
    """The dateline's text as written for readers: a story.date whose text is
    only its machine value (norm) is not written text."""
    copy = etree.fromstring(etree.tostring(dateline))
    for date in [d for d in copy.iter() if localname(d) == "story.date"]:
        if text_of(date) == (date.get("norm") or "").strip():
            _remove(date)
    return text_of(copy)


def _bylines(body_head, desk_notes) -> list[str]:
    names = []
    for byline in children(body_head, "byline"):
        people = [text_of(p) for p in byline.iter() if localname(p) == "person" and text_of(p)]
        if people:
            names += people
            continue
        # The byline's own text, without its title (byttl: "AP Business Writer").
        copy = etree.fromstring(etree.tostring(byline))
        for title in [c for c in copy.iter() if localname(c) == "byttl"]:
            _remove(title)
        names += byline_names(text_of(copy))
    # Editors' initials in the byline ("gr/bp") sign a transmission; they name nobody.
    desk_notes += [f"Byline as sent: {name}" for name in names if is_sign_off(name)]
    return [name for name in names if not is_sign_off(name)]


@register
class NITFParser(Parser):
    name = "nitf"
    label = "IPTC NITF 3.x"
    priority = 25

    def sniff(self, data: bytes, filename: str = "") -> bool:
        return root_name(data) == "nitf"

    def parse(self, data: bytes) -> Parsed:
        root = parse_xml(data)
        if localname(root) != "nitf":
            raise ParseError(f"expected an NITF document, found <{localname(root)}>")
        return self.read_each([root], lambda nitf: read_nitf(nitf, data), _doc_id)


def read_nitf(root: etree._Element, data: bytes = b"") -> IngestedItem:
    head, body = child(root, "head"), child(root, "body")
    docdata = child(head, "docdata")
    body_head = child(body, "body.head")
    desk_notes: list[str] = []

    doc_id = child(docdata, "doc-id")
    du_key = child(docdata, "du-key")
    original_id = (doc_id.get("id-string", "") if doc_id is not None else "").strip()
    headline = text_of(child(body_head, "hedline", "hl1")) or text_of(child(head, "title"))
    # A time without a zone is on the clock of the document's other times.
    zone = sender_zone(_times(root))
    issued = _time(child(docdata, "date.issue"), zone)
    if not original_id:
        # No registered id: one made from the source, the issue time and the
        # headline, so the same document taken in twice is stored once.
        source = (doc_id.get("regsrc", "") if doc_id is not None else "") or "nitf"
        seed = f"{source}|{issued.isoformat() if issued else ''}|{headline}".encode()
        original_id = f"{source}:{hashlib.sha256(seed or data).hexdigest()[:20]}"

    ed_msg = child(docdata, "ed-msg")
    if ed_msg is not None and ed_msg.get("info", "").strip():
        desk_notes.append("Editor's message: " + " ".join(ed_msg.get("info").split()))
    series = child(docdata, "series")
    if series is not None and any(series.get(a) for a in ("series.name", "series.part", "series.totalpart")):
        part, total = series.get("series.part", ""), series.get("series.totalpart", "")
        desk_notes.append(
            "Series: "
            + " ".join(
                x
                for x in (series.get("series.name", ""), f"part {part}" if part else "", f"of {total}" if total else "")
                if x
            )
        )

    urgency_el = child(docdata, "urgency")
    urgency = (urgency_el.get("ed-urg", "") if urgency_el is not None else "").strip()
    release = _time(child(docdata, "date.release"), zone)
    desk_notes += zone_note([_norm(child(docdata, "date.issue")), _norm(child(docdata, "date.release"))], zone)
    status = docdata.get("management-status", "usable") if docdata is not None else "usable"

    content = child(body, "body.content")
    html = nitf_to_html(content, desk_notes) if content is not None else ""
    # The tagline ("X contributed to this report") closes the text for readers.
    tagline = [text_of(t) for t in children(child(body, "body.end"), "tagline") if text_of(t)]
    html += "".join(f"<p>{escape_text(t)}</p>" for t in tagline)
    text = wiretext.from_html(html, headline=headline)
    desk_notes += text.desk_notes
    source_text = " ".join([" ".join(" ".join(content.itertext()).split()) if content is not None else "", *tagline])

    # The dateline: its location (city, country) and date, else its text.
    dateline_el = child(body_head, "dateline")
    city = country = written = ""
    dateline_date = None
    if dateline_el is not None:
        location = child(dateline_el, "location")
        written = _written_dateline(dateline_el)
        if location is not None:
            city = text_of(child(location, "city")) or ("" if len(location) else text_of(location))
            country = text_of(child(location, "country"))
        story_date = child(dateline_el, "story.date")
        if story_date is not None and story_date.get("norm"):
            dateline_date = parse_date(story_date.get("norm"))
    agency = text.agency
    if not city and written:
        found = match_wire_dateline(written + " ")
        place = (
            found[1]
            if found
            else (written if len(written.split()) <= 3 and not any(ch.isdigit() for ch in written) else "")
        )  # a bare place name ("Oslo") is the city
        city, country = place_parts(place)
        agency = agency or (found[2] if found else "")
    if not city and text.place:
        city, country = place_parts(text.place)
    distributor = text_of(child(body_head, "distributor"))

    item = IngestedItem(
        original_id=original_id,
        original_version=(du_key.get("version", "") if du_key is not None else "").lstrip("0") or "",
        headline=headline,
        paragraphs=text.items,
        markup=True,
        bylines=_bylines(body_head, desk_notes),
        dateline_city=city.title() if city.isupper() else city,
        dateline_country=country,
        # The distributor is the agency that sends the story out under its dateline.
        dateline_agency=agency or (distributor if city else ""),
        dateline_date=dateline_date,
        first_created=issued,
        version_created=issued,
        language=root.get("baselang", "") or root.get("{http://www.w3.org/XML/1998/namespace}lang", ""),
        urgency=int(urgency) if urgency.isdigit() and 1 <= int(urgency) <= 9 else None,
        keywords=[k.get("key", "") for k in children(child(docdata, "key-list"), "keyword") if k.get("key")],
        slugline=(du_key.get("key", "") if du_key is not None else ""),
        pubstatus={"embargoed": "withheld", "canceled": "canceled"}.get(status, "usable"),
        desk_notes=desk_notes,
        credit=distributor,
        # The dateline as the source wrote it: the text's own, else the element's.
        dateline_text=text.dateline_text or written,
        embargo_until=release if release and (issued is None or release > issued) else None,
        source_text=source_text,
    )
    return item
