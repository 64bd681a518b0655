"""Stories as NewsML-G2 2.35 newsItems, with the dateline in contentMeta and
the body inline as XHTML; a story with photos as a newsMessage carrying a
packageItem (the story, then its pictures, lead first), the text newsItem
and one picture newsItem per photo (remoteContent per rendition)."""

import lxml.html
from django.conf import settings
from lxml import etree

from dateline.core.html import is_block
from dateline.core.languages import to_bcp47
from dateline.core.timefmt import iso
from dateline.photos.models import Photo
from dateline.site.metadata import byline_text
from dateline.stories.models import Story, StoryVersion

from . import pictures
from .ninjs import dateline_text, ednote, pubstatus, story_uri, withdrawn

NAR = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
N = f"{{{NAR}}}"
H = f"{{{XHTML}}}"
CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"
NEWSITEM_TYPE = "application/vnd.iptc.g2.newsitem+xml"
NEWSMESSAGE_TYPE = "application/vnd.iptc.g2.newsmessage+xml"
# IPTC rendition NewsCodes for the renditions sent (http://cv.iptc.org/newscodes/rendition/).
RENDITION_CODES = {"largest": "rnd:highRes", "smallest": "rnd:thumbnail", "other": "rnd:web"}


EXTENDED_ROLE = "drol:extendedDescription"


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
    _sub(item, "catalogRef", href=CATALOG)
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


def picture_item(photo: Photo, lang: str) -> etree._Element:
    """A photo as a NewsML-G2 picture newsItem: its IPTC description in
    contentMeta, each made rendition as a remoteContent."""
    item = etree.Element(
        N + "newsItem",
        nsmap={None: NAR},
        attrib={
            "guid": pictures.photo_uri(photo),
            "version": str(max(1, photo.revision)),
            "standard": "NewsML-G2",
            "standardversion": "2.35",
            "conformance": "power",
            XML_LANG: lang,
        },
    )
    _sub(item, "catalogRef", href=CATALOG)
    if photo.credit_line or photo.copyright_notice or photo.rights_usage:
        rights = _sub(item, "rightsInfo")
        if photo.credit_line:
            holder = _sub(rights, "copyrightHolder")
            _sub(holder, "name", photo.credit_line)
        if photo.copyright_notice:
            _sub(rights, "copyrightNotice", photo.copyright_notice)
        if photo.rights_usage:
            _sub(rights, "usageTerms", photo.rights_usage)
    meta = _sub(item, "itemMeta")
    _sub(meta, "itemClass", qcode="ninat:picture")
    _sub(meta, "provider", uri=settings.DATELINE_SITE_URL + "/")
    _sub(meta, "versionCreated", iso(photo.modified_at))
    _sub(meta, "firstCreated", iso(photo.published_at or photo.created_at))
    _sub(meta, "pubStatus", qcode="stat:usable")
    content = _sub(item, "contentMeta")
    if photo.date_created:
        _sub(content, "contentCreated", iso(photo.date_created))
    if photo.creator:
        creator = _sub(content, "creator", role="crol:photographer")
        _sub(creator, "name", photo.creator)
    if photo.headline:
        _sub(content, "headline", photo.headline)
    if photo.creator:
        _sub(content, "by", photo.creator)
    if photo.credit_line:
        _sub(content, "creditline", photo.credit_line)
    if photo.caption:
        _sub(content, "description", photo.caption, role="drol:caption")
    if photo.alt_text:
        _sub(content, "description", photo.alt_text, role="drol:alternativeText")
    if photo.extended_description:
        # IPTC Extended Description (Accessibility), under the photo metadata
        # property's name in the description-role scheme, as ninjs sends it.
        _sub(content, "description", photo.extended_description, role=EXTENDED_ROLE)
    content_set = _sub(item, "contentSet")
    sent = pictures.renditions(photo)
    whole = [r for r in sent if r.content_type == "image/jpeg"]
    for rendition in sent:
        if whole and rendition is whole[0]:
            code = RENDITION_CODES["largest"]
        elif whole and rendition is whole[-1]:
            code = RENDITION_CODES["smallest"]
        else:
            code = RENDITION_CODES["other"]
        _sub(
            content_set,
            "remoteContent",
            href=rendition.href,
            rendition=code,
            contenttype=rendition.content_type,
            width=str(rendition.width),
            height=str(rendition.height),
        )
    return item


def package_item(story: Story, version: StoryVersion, photos: list[Photo], lang: str) -> etree._Element:
    """The packageItem that links the story to its pictures: one group, the
    text first, then the pictures, lead first (NewsML-G2's way of saying
    these items go together)."""
    package = etree.Element(
        N + "packageItem",
        nsmap={None: NAR},
        attrib={
            "guid": story_uri(story) + ":package",
            "version": str(version.number),
            "standard": "NewsML-G2",
            "standardversion": "2.35",
            "conformance": "power",
            XML_LANG: lang,
        },
    )
    _sub(package, "catalogRef", href=CATALOG)
    meta = _sub(package, "itemMeta")
    _sub(meta, "itemClass", qcode="ninat:composite")
    _sub(meta, "provider", uri=settings.DATELINE_SITE_URL + "/")
    _sub(meta, "versionCreated", iso(version.published_at))
    _sub(meta, "pubStatus", qcode="stat:" + pubstatus(story, version))
    content = _sub(package, "contentMeta")
    _sub(content, "headline", version.headline)
    group_set = _sub(package, "groupSet", root="G1")
    group = _sub(group_set, "group", id="G1", role="group:main")
    ref = _sub(group, "itemRef", residref=story_uri(story), version=str(version.number), contenttype=NEWSITEM_TYPE)
    _sub(ref, "itemClass", qcode="ninat:text")
    _sub(ref, "title", version.headline)
    for photo in photos:
        ref = _sub(
            group,
            "itemRef",
            residref=pictures.photo_uri(photo),
            version=str(max(1, photo.revision)),
            contenttype=NEWSITEM_TYPE,
        )
        _sub(ref, "itemClass", qcode="ninat:picture")
        if photo.headline:
            _sub(ref, "title", photo.headline)
        if photo.caption:
            _sub(ref, "description", photo.caption, role="drol:caption")
    return package


def to_newsml_document(story: Story, version: StoryVersion) -> tuple[etree._Element, str]:
    """What the API sends for a version: the text newsItem alone, or, when the
    version shows published photos, a newsMessage with the package, the text
    and the pictures. Returns (root element, its media type)."""
    text = to_newsml(story, version)
    photos = pictures.of_version(withdrawn(story, version))
    if not photos:
        return text, NEWSITEM_TYPE
    lang = to_bcp47(story.language)
    message = etree.Element(N + "newsMessage", nsmap={None: NAR})
    header = _sub(message, "header")
    _sub(header, "sent", iso(version.published_at))
    _sub(header, "sender", settings.DATELINE_SITE_URL.split("://", 1)[-1])
    item_set = _sub(message, "itemSet")
    item_set.append(package_item(story, version, photos, lang))
    item_set.append(text)
    for photo in photos:
        item_set.append(picture_item(photo, lang))
    return message, NEWSMESSAGE_TYPE


def to_newsml_bytes(story: Story, version: StoryVersion) -> bytes:
    return etree.tostring(to_newsml(story, version), xml_declaration=True, encoding="UTF-8", pretty_print=True)


def to_newsml_document_bytes(story: Story, version: StoryVersion) -> tuple[bytes, str]:
    root, media_type = to_newsml_document(story, version)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True), media_type
