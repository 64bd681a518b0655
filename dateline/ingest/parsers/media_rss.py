"""Pictures in RSS and Atom items: Media RSS, RSS enclosures, Atom enclosure links.

feedparser folds every media:description, media:title and media:credit of an
item into one (a media:description even lands in the entry's content), so
the pictures are read from the item's own element, already parsed safely.

Media RSS 1.5.1: `media:content` is one media object (a `media:group` holds
alternative renditions of one); `media:title`, `media:description`,
`media:credit` and `media:copyright` may sit at the item, the group or the
content, the nearest one counting; `media:thumbnail` is a smaller rendition.
A credit with a role naming a person (photographer, author, creator...) is
the creator; one without a role, or an organisation's, is the credit line.
Two objects of one item at the same address with different query strings
are one picture in two sizes, as image services serve them (`?w=140`,
`?w=460`). An RSS `enclosure` or Atom `link rel="enclosure"` of an image type
is a picture too; media of other types (audio, video) are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .pictures import PictureRef, text, unique
from .xmlsafe import localname

if TYPE_CHECKING:
    from lxml import etree

ATOM = "http://www.w3.org/2005/Atom"
PERSON_ROLES = {"photographer", "author", "creator", "artist", "camera operator", "cameraman", "illustrator"}


def _ns(el) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def _media(el, name: str) -> bool:
    return "search.yahoo.com/mrss" in _ns(el) and localname(el) == name


def _children(el, name):
    return [c for c in el if isinstance(c.tag, str) and _media(c, name)]


def _describe(el, inherited: dict) -> dict:
    """The media:title/description/credit/copyright at this level, over the inherited ones."""
    found = dict(inherited)
    for name, key in (("title", "headline"), ("description", "caption"), ("copyright", "copyright")):
        for child in _children(el, name):
            value = text("".join(child.itertext()))
            if value:
                found[key] = value
                break
    credits = _children(el, "credit")
    if credits:
        people = [c for c in credits if (c.get("role") or "").lower() in PERSON_ROLES]
        others = [c for c in credits if c not in people]
        if people:
            found["creator"] = ", ".join(text("".join(c.itertext())) for c in people)
        if others:
            found["credit"] = ", ".join(text("".join(c.itertext())) for c in others)
    return found


def _identity(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.netloc.lower()}{parts.path}"


def _is_image(kind: str, medium: str) -> bool:
    kind, medium = (kind or "").lower(), (medium or "").lower()
    if medium and medium != "image":
        return False
    return not kind or kind.startswith("image/")


def item_pictures(item: etree._Element) -> list[PictureRef]:
    """The pictures of one RSS <item> or Atom <entry> element, in document order."""
    by_identity: dict[str, PictureRef] = {}
    order: list[PictureRef] = []

    def picture_for(url: str, described: dict) -> PictureRef:
        identity = _identity(url)
        picture = by_identity.get(identity)
        if picture is None:
            picture = PictureRef(source_key=identity[:500], **described)
            by_identity[identity] = picture
            order.append(picture)
        return picture

    def add_content(content: etree._Element, described: dict) -> None:
        url, kind = content.get("url", ""), content.get("type", "")
        if not url or not _is_image(kind, content.get("medium", "")):
            return
        own = _describe(content, described)
        picture = picture_for(url, own)
        for key, value in own.items():
            # Another size of a picture already named may say what the first did not.
            if not getattr(picture, key):
                setattr(picture, key, value)
        picture.add(
            url,
            width=content.get("width"),
            height=content.get("height"),
            kind=kind,
            size=content.get("fileSize"),
            name="content",
        )
        for thumbnail in _children(content, "thumbnail"):
            picture.add(thumbnail.get("url"), width=thumbnail.get("width"), height=thumbnail.get("height"))

    item_level = _describe(item, {})
    for child in item:
        if not isinstance(child.tag, str):
            continue
        if _media(child, "group"):
            described = _describe(child, item_level)
            contents = [c for c in _children(child, "content") if c.get("url")]
            images = [c for c in contents if _is_image(c.get("type", ""), c.get("medium", ""))]
            if not images:
                continue
            # The alternatives of a group are one picture, whatever their addresses.
            picture = picture_for(images[0].get("url", ""), _describe(images[0], described))
            for content in images:
                by_identity.setdefault(_identity(content.get("url", "")), picture)
                add_content(content, described)
        elif _media(child, "content"):
            add_content(child, item_level)
        elif localname(child) == "enclosure" and not _ns(child):
            if _is_image(child.get("type", ""), "") and child.get("type"):
                picture_for(child.get("url", ""), item_level).add(
                    child.get("url"), kind=child.get("type", ""), size=child.get("length"), name="enclosure"
                )
        elif localname(child) == "link" and _ns(child) == ATOM and child.get("rel") == "enclosure":
            if _is_image(child.get("type", ""), "") and child.get("type"):
                picture_for(child.get("href", ""), item_level).add(
                    child.get("href"), kind=child.get("type", ""), size=child.get("length"), name="enclosure"
                )
    for thumbnail in _children(item, "thumbnail"):
        url = thumbnail.get("url", "")
        if not url:
            continue
        # A thumbnail of a picture already named is a smaller rendition of
        # it; alone, it is the item's picture.
        if _identity(url) in by_identity or not order:
            picture_for(url, item_level).add(
                url, width=thumbnail.get("width"), height=thumbnail.get("height"), name="thumbnail"
            )
    return unique(order)


def item_elements(root: etree._Element) -> list:
    """RSS 2.0 / 1.0 items or Atom entries, in the order feedparser lists them."""
    names = ("item",) if localname(root) in ("rss", "RDF") else ("entry",)
    return [el for el in root.iter() if isinstance(el.tag, str) and localname(el) in names]


def has_own_content(item: etree._Element) -> bool:
    """Whether the item carries its text in content:encoded or Atom content
    (else feedparser's `content` may be a media:description)."""
    for child in item:
        if not isinstance(child.tag, str):
            continue
        ns = _ns(child)
        if (localname(child) == "encoded" and "purl.org/rss/1.0/modules/content" in ns) or (
            localname(child) == "content" and ns == ATOM
        ):
            return True
    return False


def has_own_text(item: etree._Element) -> bool:
    """Whether the item carries any text of its own: content (as above), an
    RSS description or an Atom summary (else feedparser's summary may be a
    picture's media:description, which is the picture's caption)."""
    if has_own_content(item):
        return True
    for child in item:
        if not isinstance(child.tag, str):
            continue
        ns = _ns(child)
        if (localname(child) == "description" and ns in ("", "http://purl.org/rss/1.0/")) or (
            localname(child) == "summary" and ns == ATOM
        ):
            return True
    return False
