"""RSS and Atom feeds, read with feedparser after the XML safety check.

An item with text is a story (its pictures travel with it). An item whose
only content is a picture (no text of its own; a Media RSS media:content or
an image enclosure, the item's payload, not a media:thumbnail, which only
previews it) is a picture alone, for the photo desk: its title is the
picture's headline, its id the picture's, its time the version's.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import feedparser
from feedparser import FeedParserDict

from . import register, wiretext
from .base import IngestedItem, IngestedPicture, Parsed, ParseError, Parser
from .media_rss import has_own_content, has_own_text, item_elements, item_pictures
from .wirelines import byline_names, place_parts
from .xmlsafe import parse_xml, root_name

if TYPE_CHECKING:
    from lxml import etree


def _when(entry, key):
    parsed = entry.get(f"{key}_parsed")
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC) if parsed else None


@register
class FeedParser(Parser):
    name = "feed"
    label = "RSS 2.0 / Atom"
    priority = 30

    def sniff(self, data: bytes, filename: str = "") -> bool:
        return root_name(data) in ("rss", "feed", "RDF")

    def parse(self, data: bytes) -> Parsed:
        # feedparser is lenient by design; the strict, entity-free parse
        # decides first whether the document is acceptable at all.
        root = parse_xml(data)
        feed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
        if feed.get("bozo") and not feed.entries:
            raise ParseError(f"unreadable feed: {feed.get('bozo_exception')}")
        language = feed.feed.get("language", "")
        credit = " ".join(feed.feed.get("title", "").split())

        def original_id(entry: FeedParserDict) -> str:
            return entry.get("id") or entry.get("link") or ""

        elements = item_elements(root)
        if len(elements) != len(feed.entries):
            elements = []  # not the same list (a feed nesting items oddly): no element to read media from
        by_entry = {id(entry): el for entry, el in zip(feed.entries, elements, strict=False)}
        out: Parsed = []
        for found in self.read_each(
            feed.entries,
            lambda e: self.read(e, original_id(e), language, credit, by_entry.get(id(e))),
            original_id,
        ):
            if isinstance(found, IngestedItem) and found.pictures and not found.paragraphs:
                out += lone_pictures(found)
            else:
                out.append(found)
        return out

    def read(
        self,
        entry: FeedParserDict,
        original_id: str,
        language: str,
        credit: str = "",
        element: etree._Element | None = None,
    ) -> IngestedItem:
        content = entry.get("content") or []
        if element is not None and not has_own_content(element):
            content = []  # feedparser's "content" here is a picture's media:description
        html = content[0].get("value", "") if content else entry.get("summary", "")
        if element is not None and not has_own_text(element):
            html = ""  # feedparser's summary here is a picture's media:description
        updated = _when(entry, "updated")
        published = _when(entry, "published") or updated
        authors = [a.get("name", "") for a in entry.get("authors", []) if a.get("name")]
        tags = [t.get("term", "") for t in entry.get("tags", []) if t.get("term")]
        headline = " ".join(entry.get("title", "").split())
        body = wiretext.from_html(html, headline=headline)
        city, country = place_parts(body.place)
        source = entry.get("source") or {}
        return IngestedItem(
            original_id=original_id,
            # Feeds carry no version number; the update time orders versions.
            original_version="",
            headline=headline,
            paragraphs=body.items,
            sanitised=True,
            dateline_city=city,
            dateline_country=country,
            dateline_agency=body.agency,
            dateline_text=body.dateline_text,
            bylines=[n for a in authors for n in byline_names(a)] or body.bylines,
            first_created=published,
            version_created=updated or published,
            language=language,
            keywords=tags[1:] if len(tags) > 1 else [],
            section_name=tags[0] if tags else "",
            desk_notes=body.desk_notes,
            # Whose story: the item's own source, the dateline's agency, else the feed's title.
            credit=source.get("title", "") or body.agency or credit,
            source_text=body.source_text,
            pictures=item_pictures(element) if element is not None else [],
        )


def lone_pictures(item: IngestedItem) -> list[IngestedItem | IngestedPicture]:
    """An item with no text: its pictures, each alone, when they are its
    payload (media:content, enclosures); else the item as it is (refused
    later for its missing body: a thumbnail only previews an article
    elsewhere). One picture takes the item's id; several take their own."""
    payload = [p for p in item.pictures if any(r["name"] != "thumbnail" for r in p.renditions)]
    if not payload:
        return [item]
    out: list[IngestedItem | IngestedPicture] = []
    for picture in payload:
        original_id = item.original_id if len(payload) == 1 else picture.key
        picture.source_key = original_id
        picture.headline = picture.headline or item.headline
        picture.credit = picture.credit or item.credit
        picture.creator = picture.creator or ", ".join(item.bylines)
        picture.keywords = picture.keywords or [item.section_name, *item.keywords]
        out.append(
            IngestedPicture(
                original_id=original_id,
                picture=picture,
                first_created=item.first_created,
                version_created=item.version_created,
            )
        )
    return out
