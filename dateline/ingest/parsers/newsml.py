"""NewsML-G2 newsItems (alone, or in a newsMessage's itemSet).

Text items are stories. Picture items (itemClass icls:picture) go with the
story a packageItem (or the message's only text item) joins them to; a
picture item no story carries is a picture alone, for the photo desk.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import register, wiretext
from .base import IngestedItem, IngestedPicture, Parsed, ParseError, Parser
from .pictures import MAX_PICTURES, PictureRef, multiline, unique
from .text import parse_date, parse_time
from .wireconventions import Body
from .wirelines import byline_names, match_wire_dateline, place_parts
from .xmlsafe import localname, parse_xml, root_name

if TYPE_CHECKING:
    from lxml import etree

NAR = "http://iptc.org/std/nar/2006-10-01/"
NS = {"g": NAR}


def _text(el, path):
    found = el.find(path, NS)
    return " ".join(("".join(found.itertext())).split()) if found is not None else ""


def _time(el, path):
    return parse_time(_text(el, path)) if el.find(path, NS) is not None else None


@register
class NewsMLParser(Parser):
    name = "newsml"
    label = "IPTC NewsML-G2 newsItem"
    priority = 20

    def sniff(self, data: bytes, filename: str = "") -> bool:
        return root_name(data) in (
            "newsItem",
            "newsMessage",
            "packageItem",
            "conceptItem",
            "planningItem",
            "knowledgeItem",
            "catalogItem",
        )

    def parse(self, data: bytes) -> Parsed:
        root = parse_xml(data)
        if localname(root) in ("packageItem", "conceptItem", "planningItem", "knowledgeItem", "catalogItem"):
            raise ParseError(f"a NewsML-G2 {localname(root)}, not a news item: it carries no story text")
        if localname(root) == "newsItem":
            items = [root]
        elif localname(root) == "newsMessage":
            items = root.findall("g:itemSet/g:newsItem", NS)
        else:
            raise ParseError(f"expected a NewsML-G2 newsItem, found <{localname(root)}>")
        if not items:
            raise ParseError("the newsMessage holds no newsItem")
        pictures = {el.get("guid", ""): el for el in items if _item_class(el) == "picture" and el.get("guid")}
        attached, notes = _attach(root, items, pictures)
        carried = {guid for guids in attached.values() for guid in guids}
        entries = self.read_each(
            [el for el in items if el.get("guid", "") not in carried],
            lambda el: lone_picture(el) if _item_class(el) == "picture" else self.read(el),
            lambda el: el.get("guid", ""),
        )
        for entry in entries:
            if not isinstance(entry, IngestedItem):
                continue
            refs = []
            for guid in attached.get(entry.original_id, []):
                try:
                    refs.append(picture_ref(pictures[guid]))
                except Exception as exc:  # noqa: BLE001  an odd picture never costs its story
                    entry.desk_notes.append(f"Picture {guid} could not be read ({type(exc).__name__})")
            entry.pictures = unique(refs)
            entry.desk_notes += notes.get(entry.original_id, [])
        return entries

    def read(self, el: etree._Element) -> IngestedItem:
        meta, content = el.find("g:itemMeta", NS), el.find("g:contentMeta", NS)
        item_class = meta.find("g:itemClass", NS) if meta is not None else None
        item_class = item_class.get("qcode", "") if item_class is not None else ""
        if item_class and item_class.split(":")[-1] != "text":
            raise ParseError(f"a NewsML-G2 {item_class.split(':')[-1]} item (itemClass {item_class}), not a text story")
        if meta is None or content is None:
            raise ParseError("a newsItem without itemMeta or contentMeta (an empty placeholder): no story to take in")
        pub = meta.find("g:pubStatus", NS)
        pubstatus = (pub.get("qcode", "") if pub is not None else "stat:usable").split(":")[-1] or "usable"
        located = content.find("g:located", NS)
        city = country = ""
        if located is not None:
            city = _text(located, "g:name")
            for broader in located.findall("g:broader", NS):
                if broader.get("type", "").endswith("country"):
                    country = _text(broader, "g:name")
        agency = next(
            (_text(s, "g:name") for s in content.findall("g:infoSource", NS) if s.get("role", "").endswith("dateline")),
            "",
        )
        desk_notes = []
        bylines = []
        for creator in content.findall("g:creator", NS):
            name = _text(creator, "g:name") or creator.get("literal", "")
            if _is_person_name(name):
                bylines.append(name)
            elif name:
                # Account ids and desk codes ("tholl.gregor", "VR-COM") name who
                # filed it inside the agency, not a byline readers should see.
                desk_notes.append(f"Filed by: {name}")
        by = _text(content, "g:by")
        if by:
            # The byline as written names the people ("Von Marco Krefting und Sunrita Sen, dpa").
            bylines = [n for n in byline_names(by) if _is_person_name(n)] or bylines
        headline = _text(content, "g:headline")
        body = self.body(el, headline)
        credit = _credit(el, content, meta, agency or body.agency)
        bylines = [b for b in bylines if b.casefold() != credit.casefold()]
        language = content.find("g:language", NS)
        urgency = _text(content, "g:urgency")
        subjects = content.findall("g:subject", NS)
        section = next((_text(s, "g:name") for s in subjects if s.get("literal", "").startswith("section:")), "")
        keywords = [k for k in (" ".join((kw.text or "").split()) for kw in content.findall("g:keyword", NS)) if k]
        keywords += [
            _text(s, "g:name")
            for s in subjects
            if not s.get("literal", "").startswith("section:") and _text(s, "g:name")
        ]
        dateline_date = next(
            (_text(d, ".") for d in content.findall("g:description", NS) if d.get("role") == "drol:datelineDate"), ""
        )
        for note in meta.findall("g:edNote", NS):
            text = " ".join(" ".join(note.itertext()).split())
            if text:
                role = note.get("role", "").split(":")[-1]
                desk_notes.append(f"Editor's note ({role}): {text}" if role else f"Editor's note: {text}")
        desk_notes += body.desk_notes
        embargo = _embargo(meta)
        item = IngestedItem(
            original_id=el.get("guid", ""),
            original_version=el.get("version", ""),
            headline=headline,
            paragraphs=body.items,
            markup=True,
            sanitised=True,
            bylines=bylines or body.bylines,
            dateline_city=city,
            dateline_country=country,
            dateline_agency=agency or body.agency,
            first_created=_time(meta, "g:firstCreated") or _time(content, "g:contentCreated"),
            version_created=_time(meta, "g:versionCreated"),
            language=(language.get("tag", "") if language is not None else "")
            or el.get("{http://www.w3.org/XML/1998/namespace}lang", ""),
            urgency=int(urgency) if urgency.isdigit() and 1 <= int(urgency) <= 9 else None,
            keywords=keywords,
            section_name=section,
            slugline=_text(content, "g:slugline"),
            pubstatus=pubstatus,
            # The short notes, as the desk's one-line view; every note whole is in desk_notes.
            ednote=" ".join(n.split(": ", 1)[-1] for n in desk_notes if n.startswith("Editor's note"))[:500],
            desk_notes=desk_notes,
            credit=credit,
            dateline_text=body.dateline_text,
            embargo_until=embargo,
            source_text=body.source_text,
        )
        if embargo is False:
            item.embargo_until = None
            item.pubstatus = "withheld"
            item.desk_notes.insert(0, "Embargoed until further notice (an embargo without a time).")
        if dateline_date:
            item.dateline_date = parse_date(dateline_date + "T00:00:00+00:00")
        written = _text(content, "g:dateline")
        if not item.dateline_text and written and (whole := match_wire_dateline(written + " ")):
            # The sender wrote a whole dateline in its place ("Berlin (dpa) - ").
            item.dateline_text = whole[0]
        if not item.dateline_city:
            item.dateline_city, item.dateline_country = place_parts(body.place or written)
        return item

    def body(self, el: etree._Element, headline: str = "") -> Body:
        inline = el.find("g:contentSet/g:inlineXML", NS)
        if inline is not None:
            root = next((n for n in inline.iter() if localname(n) in ("body", "body.content")), None)
            if root is None:
                root = next((n for n in inline if isinstance(n.tag, str)), inline)
            return wiretext.from_element(root, headline=headline)
        data = el.find("g:contentSet/g:inlineData", NS)
        if data is not None:
            return wiretext.from_text(data.text or "", headline=headline)
        return Body()


_MONTH = re.compile(r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s")
_ACCOUNT = re.compile(r"^[\w.-]+$")


def _is_person_name(name: str) -> bool:
    """ "Kim Eun-jung" is a name; "tholl.gregor", "VR-COM" and "dpa" are not."""
    name = " ".join((name or "").split())
    if (
        not name
        or _ACCOUNT.match(name)
        and (any(ch in name for ch in "._0123456789") or name.isupper() or name.islower())
    ):
        return False
    return any(ch.isalpha() for ch in name)


def _embargo(meta):
    """The embargo's end; False for an embargo without a time ("until further notice")."""
    found = meta.find("g:embargoed", NS)
    if found is None:
        return None
    text = " ".join("".join(found.itertext()).split())
    return parse_time(text) if text else False


def _credit(el, content, meta, agency):
    """Whose story it is: the creditline, else the dateline's agency, else the provider."""
    credit = _text(content, "g:creditline").strip(" -–—")
    if credit:
        return credit
    if agency:
        return agency
    provider = meta.find("g:provider", NS)
    if provider is not None:
        name = _text(provider, "g:name") or provider.get("literal", "") or provider.get("qcode", "").split(":")[-1]
        if name:
            return name
    holder = el.find("g:rightsInfo/g:copyrightHolder", NS)
    return _text(holder, "g:name") if holder is not None else ""


def _item_class(el: Any) -> str:
    found = el.find("g:itemMeta/g:itemClass", NS)
    return (found.get("qcode", "") if found is not None else "").split(":")[-1]


def _attach(root: Any, items: list, pictures: dict) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Which picture items of the message go with which story: ({text guid:
    [picture guids]}, {text guid: [desk notes]}).

    A packageItem says it (NewsML-G2's way of linking items): the pictures
    it references go with the text items it references, in its order, the
    first being the lead. A picture it references that the message does not
    carry is named in the desk notes. Without a package, a message holding
    exactly one text item carries its picture items for that story."""
    texts = [el.get("guid", "") for el in items if _item_class(el) in ("text", "")]
    attached: dict[str, list[str]] = {}
    notes: dict[str, list[str]] = {}
    packages = root.findall("g:itemSet/g:packageItem", NS) if localname(root) == "newsMessage" else []
    for package in packages:
        refs = package.findall(".//g:itemRef", NS)
        story_ids = [r.get("residref", "") for r in refs if r.get("residref", "") in texts]
        picture_refs = [r for r in refs if r.get("residref", "") not in texts and _ref_class(r) in ("picture", "")]
        for story_id in story_ids:
            for ref in picture_refs:
                guid = ref.get("residref", "")
                if guid in pictures:
                    attached.setdefault(story_id, []).append(guid)
                elif _ref_class(ref) == "picture":
                    title = _text(ref, "g:title")
                    notes.setdefault(story_id, []).append(
                        f"Associated picture (not carried in this message): {title or guid or ref.get('href', '')}"
                    )
    if not packages and len(texts) == 1 and pictures:
        attached[texts[0]] = list(pictures)
    return {k: v[:MAX_PICTURES] for k, v in attached.items()}, notes


def _ref_class(ref: Any) -> str:
    found = ref.find("g:itemClass", NS)
    return (found.get("qcode", "") if found is not None else "").split(":")[-1]


CAPTION = ("caption",)
ALT = ("alt", "alttext", "alternativetext", "alternative")
EXTENDED = ("extendeddescription", "extdescraccessibility")


def picture_ref(el: Any) -> PictureRef:
    """A NewsML-G2 picture newsItem: its description and each remoteContent."""
    content = el.find("g:contentMeta", NS)
    content = content if content is not None else el
    descriptions: dict[str, str] = {}
    extended = ""
    for description in content.findall("g:description", NS):
        role = description.get("role", "").split(":")[-1].lower()
        if role in EXTENDED:
            # Paragraphs: keep the sender's line breaks.
            extended = extended or multiline("".join(description.itertext()))
            continue
        descriptions.setdefault(role, " ".join("".join(description.itertext()).split()))
    caption = next((v for k, v in descriptions.items() if k in CAPTION), "") or descriptions.get("", "")
    caption = caption or descriptions.get("summary", "")
    creators = [_text(c, "g:name") or c.get("literal", "") for c in content.findall("g:creator", NS)]
    holder = el.find("g:rightsInfo/g:copyrightHolder", NS)
    picture = PictureRef(
        caption=caption,
        headline=_text(content, "g:headline"),
        credit=_text(content, "g:creditline")
        or (_text(holder, "g:name") or holder.get("literal", "") if holder is not None else ""),
        creator=_text(content, "g:by") or ", ".join(c for c in creators if c),
        copyright=_text(el, "g:rightsInfo/g:copyrightNotice"),
        usage_terms=_text(el, "g:rightsInfo/g:usageTerms"),
        alt_text=next((v for k, v in descriptions.items() if k in ALT), ""),
        extended_description=extended,
        source_key=el.get("guid", ""),
    )
    for remote in el.findall("g:contentSet/g:remoteContent", NS):
        picture.add(
            remote.get("href", ""),
            width=remote.get("width"),
            height=remote.get("height"),
            kind=remote.get("contenttype", ""),
            name=remote.get("rendition", ""),
            size=remote.get("size"),
            hash="".join(remote.findtext("g:hash", "", NS).split()),
        )
    return picture


def lone_picture(el: Any) -> IngestedPicture:
    """A picture newsItem no story carries: the photo desk's, with what
    contentMeta says of it (located, contentCreated, keywords and named
    subjects) over picture_ref's description and renditions."""
    meta, content = el.find("g:itemMeta", NS), el.find("g:contentMeta", NS)
    if meta is None or content is None:
        raise ParseError("a picture newsItem without itemMeta or contentMeta (an empty placeholder)")
    picture = picture_ref(el)
    located = content.find("g:located", NS)
    if located is not None:
        picture.city = _text(located, "g:name") or located.get("literal", "")
        for broader in located.findall("g:broader", NS):
            # The IPTC concept type says which broader place is the country.
            if broader.get("type", "").lower().endswith("country"):
                picture.country = picture.country or _text(broader, "g:name")
    picture.date_created = _time(content, "g:contentCreated")
    picture.keywords = [k for k in (" ".join((kw.text or "").split()) for kw in content.findall("g:keyword", NS)) if k]
    picture.keywords += [_text(s, "g:name") for s in content.findall("g:subject", NS) if _text(s, "g:name")]
    pub = meta.find("g:pubStatus", NS)
    notes = [" ".join(" ".join(n.itertext()).split()) for n in meta.findall("g:edNote", NS)]
    return IngestedPicture(
        original_id=el.get("guid", ""),
        picture=picture,
        original_version=el.get("version", ""),
        first_created=_time(meta, "g:firstCreated"),
        version_created=_time(meta, "g:versionCreated"),
        pubstatus=(pub.get("qcode", "") if pub is not None else "stat:usable").split(":")[-1] or "usable",
        desk_notes=[f"Editor's note: {note}" for note in notes if note],
    )
