"""Stories as NewsML-G2 2.35 newsItems, with the dateline in contentMeta and
the body inline as XHTML."""

import lxml.html
from django.conf import settings
from lxml import etree

from dateline.core.html import is_block
from dateline.core.languages import to_bcp47
from dateline.core.timefmt import iso
from dateline.site.metadata import byline_text
from dateline.stories.models import Story, StoryVersion

from .ninjs import dateline_text, ednote, pubstatus, story_uri, withdrawn

NAR = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
N = f"{{{NAR}}}"
H = f"{{{XHTML}}}"


def _sub(parent, name, text=None, **attrs):
    el = etree.SubElement(parent, N + name, attrs)
    if text is not None:
        el.text = text
    return el


def _xhtml_paragraph(parent, markup):
    """A stored paragraph (sanitised inline HTML) as an XHTML <p>."""
    fragment = lxml.html.fragment_fromstring(markup or "", create_parent="p")
    p = etree.SubElement(parent, H + "p")
    p.text = fragment.text
    for child in fragment:
        p.append(_to_xhtml(child))
    return p


def _to_xhtml(el):
    copy = etree.Element(H + el.tag, {k: v for k, v in el.attrib.items() if ":" not in k})
    copy.text = el.text
    copy.tail = el.tail
    for child in el:
        if isinstance(child.tag, str):
            copy.append(_to_xhtml(child))
    return copy


def to_newsml(story: Story, version: StoryVersion) -> etree._Element:
    version = withdrawn(story, version)
    lang = to_bcp47(story.language)
    item = etree.Element(
        N + "newsItem",
        nsmap={None: NAR},
        attrib={
            "guid": story_uri(story),
            "version": str(version.number),
            "standard": "NewsML-G2",
            "standardversion": "2.35",
            "conformance": "power",
            XML_LANG: lang,
        },
    )
    _sub(item, "catalogRef", href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml")
    rights = _sub(item, "rightsInfo")
    holder = _sub(rights, "copyrightHolder", uri=settings.DATELINE_SITE_URL + "/")
    _sub(holder, "name", settings.DATELINE_SITE_NAME)

    meta = _sub(item, "itemMeta")
    _sub(meta, "itemClass", qcode="ninat:text")
    _sub(meta, "provider", uri=settings.DATELINE_SITE_URL + "/")
    _sub(meta, "versionCreated", iso(version.published_at))
    _sub(meta, "firstCreated", iso(story.first_published_at or version.published_at))
    _sub(meta, "pubStatus", qcode="stat:" + pubstatus(story, version))
    if version.label:
        # The item's name as the wire shows it: "(LEAD) Talks end with agreement".
        _sub(meta, "title", f"{version.label} {version.headline}")
    note = ednote(version, story)
    if note:
        _sub(meta, "edNote", note)
    if version.number > 1:
        _sub(meta, "signal", qcode="sig:update" if pubstatus(story, version) == "usable" else "sig:cancel")
    _sub(meta, "link", rel="irel:seeAlso", href=settings.DATELINE_SITE_URL + story.get_absolute_url())

    content = _sub(item, "contentMeta")
    _sub(content, "urgency", str(version.urgency))
    _sub(content, "contentCreated", iso(story.first_published_at or version.published_at))
    _sub(content, "contentModified", iso(version.published_at))
    if version.dateline_city:
        located = _sub(content, "located", type="cptype:city")
        _sub(located, "name", version.dateline_city)
        if version.dateline_country:
            broader = _sub(located, "broader", type="cptype:country")
            _sub(broader, "name", version.dateline_country)
    if version.dateline_agency:
        source = _sub(content, "infoSource", role="infosrc:dateline")
        _sub(source, "name", version.dateline_agency)
    for name in version.bylines:
        creator = _sub(content, "creator")
        _sub(creator, "name", name)
    _sub(content, "altId", story.public_id, type="idtype:publicid")
    _sub(content, "language", tag=lang)
    section = _sub(content, "subject", type="cpnat:abstract", literal="section:" + story.section.slug)
    _sub(section, "name", story.section.name)
    for keyword in version.keywords:
        if keyword:
            _sub(content, "keyword", keyword)
    if version.slugline:
        _sub(content, "slugline", version.slugline)
    _sub(content, "headline", version.headline)
    text = dateline_text(version)
    if text:
        _sub(content, "dateline", text)
        # The exact date the dateline names, which its text gives only as "Oct. 28".
        if version.dateline_date:
            _sub(content, "description", version.dateline_date.isoformat(), role="drol:datelineDate")
    if version.bylines:
        _sub(content, "by", byline_text(version.bylines))
    if version.credit:
        _sub(content, "creditline", version.credit)
    if version.summary:
        _sub(content, "description", version.summary, role="drol:summary")

    content_set = _sub(item, "contentSet")
    inline = _sub(content_set, "inlineXML", contenttype="application/xhtml+xml")
    html = etree.SubElement(inline, H + "html", nsmap={None: XHTML})
    head = etree.SubElement(html, H + "head")
    etree.SubElement(head, H + "title").text = version.headline
    body = etree.SubElement(html, H + "body")
    for entry in version.body:
        if is_block(entry):
            # A subhead, list, quote or table goes out whole, as XHTML.
            body.append(_to_xhtml(lxml.html.fragment_fromstring(entry)))
        else:
            _xhtml_paragraph(body, entry)
    return item


def to_newsml_bytes(story: Story, version: StoryVersion) -> bytes:
    return etree.tostring(to_newsml(story, version), xml_declaration=True, encoding="UTF-8", pretty_print=True)
