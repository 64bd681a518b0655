"""NewsML-G2 newsItems (alone, or in a newsMessage's itemSet)."""

from lxml import etree

from . import register
from .base import BadEntry, IngestedItem, ParseError, Parser
from .text import paragraphs_from_html, paragraphs_from_plain, parse_time, split_bylines, split_dateline
from .xmlsafe import localname, parse_xml, root_name

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

    def sniff(self, data, filename=""):
        return root_name(data) in ("newsItem", "newsMessage")

    def parse(self, data):
        root = parse_xml(data)
        if localname(root) == "newsItem":
            items = [root]
        elif localname(root) == "newsMessage":
            items = root.findall("g:itemSet/g:newsItem", NS)
        else:
            raise ParseError(f"expected a NewsML-G2 newsItem, found <{localname(root)}>")
        if not items:
            raise ParseError("the newsMessage holds no newsItem")
        return self.read_each(items, self.read, lambda el: el.get("guid", ""))

    def read(self, el) -> IngestedItem:
        meta, content = el.find("g:itemMeta", NS), el.find("g:contentMeta", NS)
        if meta is None or content is None:
            raise ParseError("a newsItem needs itemMeta and contentMeta")
        pub = meta.find("g:pubStatus", NS)
        pubstatus = (pub.get("qcode", "") if pub is not None else "stat:usable").split(":")[-1] or "usable"
        located = content.find("g:located", NS)
        city = country = ""
        if located is not None:
            city = _text(located, "g:name")
            for broader in located.findall("g:broader", NS):
                if broader.get("type", "").endswith("country"):
                    country = _text(broader, "g:name")
        agency = next((_text(s, "g:name") for s in content.findall("g:infoSource", NS)
                       if s.get("role", "").endswith("dateline")), "")
        creators = [_text(c, "g:name") for c in content.findall("g:creator", NS)]
        creators = [c for c in creators if c] or split_bylines(_text(content, "g:by"))
        language = content.find("g:language", NS)
        urgency = _text(content, "g:urgency")
        subjects = content.findall("g:subject", NS)
        section = next((_text(s, "g:name") for s in subjects if s.get("literal", "").startswith("section:")), "")
        keywords = [k for k in (" ".join((kw.text or "").split()) for kw in content.findall("g:keyword", NS)) if k]
        keywords += [_text(s, "g:name") for s in subjects
                     if not s.get("literal", "").startswith("section:") and _text(s, "g:name")]
        dateline_date = next((_text(d, ".") for d in content.findall("g:description", NS)
                              if d.get("role") == "drol:datelineDate"), "")
        paragraphs, markup = self.body(el)
        item = IngestedItem(
            original_id=el.get("guid", ""),
            original_version=el.get("version", ""),
            headline=_text(content, "g:headline"),
            paragraphs=paragraphs,
            markup=markup,
            bylines=creators,
            dateline_city=city,
            dateline_country=country,
            dateline_agency=agency,
            first_created=_time(meta, "g:firstCreated") or _time(content, "g:contentCreated"),
            version_created=_time(meta, "g:versionCreated"),
            language=(language.get("tag", "") if language is not None else "") or el.get(
                "{http://www.w3.org/XML/1998/namespace}lang", ""),
            urgency=int(urgency) if urgency.isdigit() and 1 <= int(urgency) <= 9 else None,
            keywords=keywords,
            section_name=section,
            slugline=_text(content, "g:slugline"),
            ednote=_text(meta, "g:edNote"),
            pubstatus=pubstatus,
        )
        if dateline_date:
            item.dateline_date = parse_time(dateline_date + "T00:00:00+00:00").date()
        if not item.dateline_city:
            dateline, rest = split_dateline(item.paragraphs)
            if dateline:
                item.paragraphs = rest
            elif _text(content, "g:dateline"):
                dateline, _ = split_dateline([_text(content, "g:dateline") + " --"])
            if dateline:
                item.dateline_city, item.dateline_country = dateline.city.title(), dateline.country
                item.dateline_agency = dateline.agency
        return item

    def body(self, el):
        inline = el.find("g:contentSet/g:inlineXML", NS)
        if inline is not None:
            paragraphs = [p for p in inline.iter() if localname(p) == "p"]
            return [self.inline_html(p) for p in paragraphs if "".join(p.itertext()).strip()], True
        data = el.find("g:contentSet/g:inlineData", NS)
        if data is not None:
            return paragraphs_from_plain(data.text or ""), False
        return [], False

    @staticmethod
    def inline_html(p):
        """An XML paragraph back to inline HTML (namespaces dropped)."""
        copy = etree.fromstring(etree.tostring(p))
        for node in copy.iter():
            if isinstance(node.tag, str):
                node.tag = localname(node)
        etree.cleanup_namespaces(copy)
        inner = (copy.text and _escape(copy.text) or "") + "".join(
            etree.tostring(child, encoding="unicode", method="html") for child in copy)
        return paragraphs_from_html(inner)[0] if paragraphs_from_html(inner) else ""


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
