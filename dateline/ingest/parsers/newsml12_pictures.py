"""Pictures in NewsML 1.2 items, as the standard describes them.

A picture is a ContentItem that points at its file (`Href`) and says it is
one: `MediaType` Photo or Graphic (the IPTC's media types), else a
`MimeType` of image/*. A NewsComponent whose `Role` is Photo, Picture,
Image or Graphic is one picture, whatever renditions it holds (each picture
ContentItem inside it, often in components of their own with roles such as
Thumbnail, Preview or HighRes, is a rendition); without such a component,
the component holding the ContentItem is the picture.

What describes it comes from the standard's fields: its component's
`NewsLines` (`HeadLine`; a `NewsLine` whose `NewsLineType` is Caption, else
the text of a component of Role Caption or of a text ContentItem beside the
renditions: the caption; `ByLine`, else `AdministrativeMetadata/Creator`:
the photographer; `CreditLine`, else the `Source` or `Provider` party: the
credit; `CopyrightLine`; `RightsLine`: the usage terms). Metadata applies
to every component inside the one carrying it, so the nearest counts; a
picture carried with a story does not take the story's own headline or
caption for its own. Each rendition: `Href`, `MimeType`,
`Characteristics/SizeInBytes` and the `Width`/`Height` properties, named by
its component's Role.
"""

from __future__ import annotations

from lxml import etree

from .nitf import child, children, text_of
from .pictures import PictureRef, content_type

PICTURE_MEDIA = {"photo", "graphic"}
PICTURE_ROLES = {"photo", "picture", "image", "graphic"}
CAPTION = "caption"


def formal(el: etree._Element | None) -> str:
    return (el.get("FormalName", "") if el is not None else "").strip()


def role(component: etree._Element) -> str:
    return formal(child(component, "Role")).lower()


def is_picture(content: etree._Element) -> bool:
    if not content.get("Href", "").strip():
        return False
    media = formal(child(content, "MediaType")).lower()
    if media:
        return media in PICTURE_MEDIA
    return content_type(formal(child(content, "MimeType"))).startswith("image/")


def holders(components: list) -> list[tuple[etree._Element, list[etree._Element]]]:
    """Each picture of an item once, in document order: (its component, the
    components from the outermost to it)."""
    found: dict[int, tuple[etree._Element, list[etree._Element]]] = {}
    for component, chain in components:
        if not any(is_picture(content) for content in children(component, "ContentItem")):
            continue
        holder = next((c for c in reversed(chain) if role(c) in PICTURE_ROLES), component)
        found.setdefault(id(holder), (holder, chain[: chain.index(holder) + 1]))
    return list(found.values())


def _lines(components: list[etree._Element], name: str) -> str:
    for component in reversed(components):
        value = text_of(child(component, "NewsLines", name))
        if value:
            return value
    return ""


def _party(components: list[etree._Element], *path: str) -> str:
    for component in reversed(components):
        found = formal(child(component, "AdministrativeMetadata", *path))
        if found:
            return found
    return ""


def _caption_line(component: etree._Element) -> str:
    for line in children(child(component, "NewsLines"), "NewsLine"):
        if formal(child(line, "NewsLineType")).lower() == CAPTION:
            return text_of(child(line, "NewsLineText"))
    return ""


def _caption(holder: etree._Element) -> str:
    """A Caption news line, else the text of a Caption component or of a
    text ContentItem beside the renditions."""
    found = _caption_line(holder)
    if found:
        return found
    for component in [c for c in children(holder, "NewsComponent") if role(c) == CAPTION] + [holder]:
        for content in children(component, "ContentItem"):
            if is_picture(content) or formal(child(content, "MediaType")).lower() not in ("text", ""):
                continue
            value = text_of(child(content, "DataContent"))
            if value:
                return value
    return ""


def picture(holder: etree._Element, chain: list[etree._Element], *, own: list[etree._Element]) -> PictureRef:
    """The picture a component holds. `own` are the components whose
    headline and caption are the picture's (with a story: the picture's own,
    not the story's); rights and credit come from the nearest in `chain`."""
    ref = PictureRef(
        headline=_lines(own, "HeadLine"),
        caption=_caption(holder) or next((_caption_line(c) for c in reversed(own[:-1]) if _caption_line(c)), ""),
        creator=_lines(chain, "ByLine") or _party(chain, "Creator", "Party"),
        credit=_lines(chain, "CreditLine") or _party(chain, "Source", "Party") or _party(chain, "Provider", "Party"),
        copyright=_lines(chain, "CopyrightLine"),
        usage_terms=_lines(chain, "RightsLine"),
    )
    for component in [holder, *holder.iterdescendants()]:
        if not isinstance(component.tag, str) or etree.QName(component).localname != "NewsComponent":
            continue
        for content in children(component, "ContentItem"):
            if not is_picture(content):
                continue
            traits = child(content, "Characteristics")
            sizes = {formal(p).lower(): p.get("Value", "") for p in children(traits, "Property")}
            ref.add(
                content.get("Href", ""),
                width=sizes.get("width"),
                height=sizes.get("height"),
                kind=formal(child(content, "MimeType")),
                name=formal(child(component, "Role")),
                size=text_of(child(traits, "SizeInBytes")) or None,
            )
    return ref
