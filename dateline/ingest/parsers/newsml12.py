"""NewsML 1.2 (IPTC, 2003): a NewsEnvelope and one or more NewsItems.

Each NewsItem is one story, with the pictures it carries; an item of
pictures and no text is one picture alone per picture, for the photo desk
(`newsml12_pictures` reads them). What the standard says each part is:

- Identification/NewsIdentifier: ProviderId, DateId and NewsItemId name the
  item through all its revisions (urn:newsml:provider:date:id); RevisionId
  is the version.
- NewsManagement: Status (Usable, Embargoed, Withheld, Canceled), Urgency,
  FirstCreated, ThisRevisionCreated; StatusWillChange says when an
  embargoed item becomes usable.
- NewsComponent: nested; the text is the ContentItem with MediaType Text of
  the component whose Role is Main (else the first text ContentItem), never
  a picture's caption (a text inside a picture's component or a component
  of Role Caption). Its
  NewsLines (HeadLine, ByLine, DateLine, CreditLine, SlugLine) and its
  metadata (DescriptiveMetadata Language, Location, DateLineDate, keywords;
  AdministrativeMetadata Provider, Creator, Source) apply to every component
  inside it, so the nearest one wins.
- ContentItem Format: NITF (inline <nitf>), XHTML (inline <html>), HTML or
  plain text in the DataContent.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from . import newsml12_pictures, register, wiretext
from .base import Entry, IngestedItem, IngestedPicture, Parsed, ParseError, Parser
from .newsml12_pictures import formal
from .nitf import child, children, nitf_to_html, text_of
from .pictures import PictureRef, unique
from .text import parse_date, parse_time, sender_zone, zone_note
from .wirelines import byline_names, match_wire_dateline, place_parts
from .xmlsafe import localname, parse_xml, root_name

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STATUS = {
    "usable": "usable",
    "embargoed": "usable",
    "withheld": "withheld",
    "canceled": "canceled",
    "cancelled": "canceled",
}


def _components(item):
    """Every NewsComponent of an item, outermost first, with its ancestors."""
    out = []

    def walk(el: etree._Element, ancestors: list[etree._Element]) -> None:
        for c in children(el, "NewsComponent"):
            out.append((c, ancestors + [c]))
            walk(c, ancestors + [c])

    walk(item, [])
    return out


def _text_content(item, pictures=()):
    """(ContentItem, the components from the outermost to its own); none
    inside a picture's component or a caption's."""
    candidates = []
    inside = {id(holder) for holder, _ in pictures}
    for component, chain in _components(item):
        if any(id(c) in inside or newsml12_pictures.role(c) == "caption" for c in chain):
            continue
        for content in children(component, "ContentItem"):
            if formal(child(content, "MediaType")).lower() == "text":
                main = any(formal(child(c, "Role")).lower() == "main" for c in chain)
                candidates.append((not main, len(candidates), content, chain))
    if not candidates:
        return None, []
    _, _, content, chain = min(candidates, key=lambda c: (c[0], c[1]))
    return content, chain


def _nearest(chain, *path):
    """The element at `path` in the nearest component that has it."""
    for component in reversed(chain):
        found = child(component, *path)
        if found is not None:
            return found
    return None


def _properties(chain, where, name):
    for component in reversed(chain):
        block = child(component, where)
        values = [p.get("Value", "") for p in children(block, "Property") if p.get("FormalName") == name]
        if values:
            return values
    return []


@register
class NewsML12Parser(Parser):
    name = "newsml12"
    label = "IPTC NewsML 1.2"
    priority = 22

    def sniff(self, data: bytes, filename: str = "") -> bool:
        return root_name(data) == "NewsML"

    def parse(self, data: bytes) -> Parsed:
        root = parse_xml(data)
        if localname(root) != "NewsML":
            raise ParseError(f"expected a NewsML 1.2 document, found <{localname(root)}>")
        items = children(root, "NewsItem")
        if not items:
            raise ParseError("the NewsML document holds no NewsItem")
        envelope = child(root, "NewsEnvelope")
        return self.read_each(items, lambda item: read_item(item, envelope), lambda item: _identity(item)[0])


def _identity(item):
    identifier = child(item, "Identification", "NewsIdentifier")
    provider, date_id, item_id = (text_of(child(identifier, n)) for n in ("ProviderId", "DateId", "NewsItemId"))
    revision = text_of(child(identifier, "RevisionId"))
    if provider and item_id:
        return f"urn:newsml:{provider}:{date_id}:{item_id}", revision
    public = text_of(child(identifier, "PublicIdentifier"))
    if public and revision and public.endswith(":" + revision):
        public = public[: -len(revision) - 1]
    return public, revision


def read_item(item: etree._Element, envelope: etree._Element | None) -> Entry | list[Entry]:
    original_id, revision = _identity(item)
    management = child(item, "NewsManagement")
    components = _components(item)
    pictures = newsml12_pictures.holders(components)
    content, chain = _text_content(item, pictures)
    if content is None:
        if pictures:
            return _lone_pictures(item, envelope, pictures)
        raise ParseError("a NewsML 1.2 item with no text ContentItem and no picture (other media are not stories)")
    desk_notes: list[str] = []
    lines = lambda name: text_of(_nearest(chain, "NewsLines", name))  # noqa: E731
    body, source_text = _body(content, desk_notes, lines("HeadLine"))
    desk_notes += body.desk_notes

    status = formal(child(management, "Status")).lower() or "usable"
    embargo = None
    will_change = child(management, "StatusWillChange")
    first, revised = text_of(child(management, "FirstCreated")), text_of(child(management, "ThisRevisionCreated"))
    release = text_of(child(will_change, "DateAndTime"))
    # A time without a zone is on the clock of the item's other times (then
    # the envelope's): NewsML 1.2 asks for a zone on each.
    dateline_date = text_of(_nearest(chain, "DescriptiveMetadata", "DateLineDate"))
    zone = sender_zone([first, revised, release, dateline_date, text_of(child(envelope, "DateAndTime"))])
    desk_notes += zone_note([first, revised, release], zone)
    if will_change is not None and formal(child(will_change, "FutureStatus")).lower() == "usable":
        embargo = parse_time(release or None, zone)
    pubstatus = STATUS.get(status, "usable")
    if status == "embargoed" and embargo is None:
        pubstatus = "withheld"
    urgency = formal(child(management, "Urgency")) or formal(child(envelope, "Priority"))

    language = formal(_nearest(chain, "DescriptiveMetadata", "Language")) or item.get(XML_LANG, "")
    credit = (
        lines("CreditLine")
        or formal(_nearest(chain, "AdministrativeMetadata", "Source", "Party"))
        or formal(_nearest(chain, "AdministrativeMetadata", "Provider", "Party"))
    )
    bylines = (
        byline_names(lines("ByLine"))
        or body.bylines
        or [
            n
            for n in (
                formal(p)
                for c in children(_nearest(chain, "AdministrativeMetadata"), "Creator")
                for p in children(c, "Party")
            )
            if n
        ]
    )
    city, country = _place(chain)
    keywords = _properties(chain, "DescriptiveMetadata", "Keyword") + [
        text_of(k) for k in children(_nearest(chain, "NewsLines"), "KeywordLine") if text_of(k)
    ]

    parsed = IngestedItem(
        original_id=original_id,
        original_version=revision,
        headline=lines("HeadLine"),
        paragraphs=body.items,
        markup=True,
        bylines=bylines,
        dateline_city=city,
        dateline_country=country,
        first_created=parse_time(first or None, zone),
        version_created=parse_time(revised or None, zone),
        language=language,
        urgency=int(urgency) if urgency.isdigit() and 1 <= int(urgency) <= 9 else None,
        keywords=keywords,
        slugline=lines("SlugLine"),
        pubstatus=pubstatus,
        desk_notes=desk_notes,
        credit=credit,
        dateline_text=lines("DateLine"),
        embargo_until=embargo,
        source_text=source_text,
    )
    if dateline_date:
        parsed.dateline_date = parse_date(dateline_date)
    # The DateLine as written; the text's own opening dateline (lifted by the
    # reader, so it is shown once) when the NewsLines have none.
    parsed.dateline_text = parsed.dateline_text or body.dateline_text
    found = match_wire_dateline(parsed.dateline_text + " ") if parsed.dateline_text else None
    place, agency = (found[1], found[2]) if found else (body.place, body.agency)
    city, country = place_parts(place)
    parsed.dateline_city = parsed.dateline_city or city
    parsed.dateline_country = parsed.dateline_country or country
    parsed.dateline_agency = agency
    # The story's pictures: their own headline and caption, never the story's.
    story = {id(c) for c in chain}
    parsed.pictures = unique(
        [
            _keyed(
                newsml12_pictures.picture(holder, path, own=[c for c in path if id(c) not in story]),
                original_id,
                holder,
            )
            for holder, path in pictures
        ]
    )
    return parsed


def _keyed(picture: PictureRef, original_id: str, holder: etree._Element) -> PictureRef:
    """The picture's id: the item's with its component's Duid (unique in the
    document, the same through revisions), else the picture's address."""
    duid = holder.get("Duid", "").strip()
    picture.source_key = f"{original_id}#{duid}" if duid and original_id else ""
    return picture


def _lone_pictures(item, envelope, pictures) -> list[Entry]:
    """An item of pictures and no text: each picture alone, for the photo
    desk. One picture takes the item's id; several, the item's id with
    their component's Duid (else their place)."""
    original_id, revision = _identity(item)
    management = child(item, "NewsManagement")
    first, revised = text_of(child(management, "FirstCreated")), text_of(child(management, "ThisRevisionCreated"))
    zone = sender_zone([first, revised, text_of(child(envelope, "DateAndTime"))])
    status = formal(child(management, "Status")).lower() or "usable"
    out: list[Entry] = []
    for n, (holder, path) in enumerate(pictures, 1):
        picture = newsml12_pictures.picture(holder, path, own=path)
        picture.city, picture.country = _place(path)
        picture.keywords = _properties(path, "DescriptiveMetadata", "Keyword")
        key = original_id if len(pictures) == 1 else f"{original_id}#{holder.get('Duid', '').strip() or n}"
        picture.source_key = key
        out.append(
            IngestedPicture(
                original_id=key,
                picture=picture,
                original_version=revision,
                first_created=parse_time(first or None, zone),
                version_created=parse_time(revised or None, zone),
                pubstatus=STATUS.get(status, "usable") if status != "embargoed" else "usable",
                desk_notes=zone_note([first, revised], zone),
            )
        )
    return out


def _place(chain) -> tuple[str, str]:
    """(city, country) from the nearest Location; a country given as an ISO code is left out."""
    city = next(iter(_location(chain, "City")), "")
    country = next(iter(c for c in _location(chain, "Country") if not (c.isupper() and len(c) <= 3)), "")
    return city, country


def _location(chain, name):
    for component in reversed(chain):
        metadata = child(component, "DescriptiveMetadata")
        for location in children(metadata, "Location"):
            values = [p.get("Value", "") for p in children(location, "Property") if p.get("FormalName") == name]
            if values:
                return values
    # Some senders put City and Country as plain properties of the metadata.
    return _properties(chain, "DescriptiveMetadata", name)


def _body(content, desk_notes, headline):
    """(the body through the shared wire reader, the text as received) of a text ContentItem."""
    data = child(content, "DataContent")
    if data is None:
        raise ParseError("the text ContentItem carries no DataContent (text by reference is not fetched)")
    encoding = formal(child(content, "Encoding"))
    if encoding and encoding.lower() not in ("", "none"):
        raise ParseError(f"the text ContentItem is encoded ({encoding}); Dateline reads inline text only")
    fmt = formal(child(content, "Format")).lower()
    inline = [el for el in data if isinstance(el.tag, str)]
    nitf = next((el for el in data.iter() if localname(el) == "nitf"), None)
    if nitf is not None:
        part = next((el for el in nitf.iter() if localname(el) == "body.content"), None)
        part = part if part is not None else nitf
        return wiretext.from_html(nitf_to_html(part, desk_notes), headline=headline), _flat(part)
    if inline:
        # XHTML: the body element's content (or the inline elements as they are).
        body = next((el for el in inline[0].iter() if localname(el) == "body"), inline[0])
        markup = nitf_to_html(body, desk_notes) if fmt.startswith("nitf") else _xhtml(body)
        return wiretext.from_html(markup, headline=headline), _flat(body)
    text = data.text or ""
    if "html" in fmt or (text.lstrip().startswith("<") and ">" in text):
        received = " ".join(lxml_html.fromstring(f"<div>{text}</div>").itertext()) if text.strip() else ""
        return wiretext.from_html(text, headline=headline), " ".join(received.split())
    return wiretext.from_text(text, headline=headline), " ".join(text.split())


def _flat(el) -> str:
    return " ".join(" ".join(el.itertext()).split())


def _xhtml(el) -> str:
    copy = etree.fromstring(etree.tostring(el))
    for node in copy.iter():
        if isinstance(node.tag, str):
            node.tag = localname(node)
    etree.cleanup_namespaces(copy)
    return etree.tostring(copy, encoding="unicode", method="html")
