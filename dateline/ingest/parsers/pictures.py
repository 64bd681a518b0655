"""Pictures a wire item carries, in one shape whatever the format.

Each parser that can carry pictures (ninjs 1.x/2.x/3.x associations,
NewsML-G2 picture items and packages, RSS/Atom Media RSS and enclosures)
fills `IngestedItem.pictures` with `PictureRef`s: what the sender says about
the picture (caption, headline, credit, creator, rights, alt text and
extended description, its id)
and every rendition it offers. The ingest step (`dateline.ingest.pictures`)
then fetches the best one.

Which rendition is fetched: the largest (by pixels, else by declared bytes)
whose type is one Dateline keeps (JPEG, PNG, WebP, AVIF, HEIC) and whose
declared size, if any, is under the byte cap; a rendition with no type
counts when its address names no other type (the bytes decide on arrival).
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

# The types Dateline keeps, with the names senders also use for them.
ACCEPTED = {
    "image/jpeg": "image/jpeg",
    "image/jpg": "image/jpeg",
    "image/pjpeg": "image/jpeg",
    "image/png": "image/png",
    "image/webp": "image/webp",
    "image/avif": "image/avif",
    "image/heic": "image/heic",
    "image/heif": "image/heic",
}
# More than this many pictures to one story is a gallery nobody asked for.
MAX_PICTURES = 24


def content_type(value: object) -> str:
    return str(value or "").split(";", 1)[0].strip().lower()


def usable_type(kind: str, href: str) -> str | None:
    """The accepted type of a rendition, "" when unknown but possible, None when not a kept picture."""
    kind = content_type(kind)
    if kind:
        return ACCEPTED.get(kind)
    guessed, _ = mimetypes.guess_type(urlsplit(href).path)
    if guessed is None:
        return ""
    return ACCEPTED.get(guessed)


def number(value: object) -> int | None:
    try:
        found = int(float(str(value).strip()))
    except (TypeError, ValueError):
        return None
    return found if found > 0 else None


@dataclass
class PictureRef:
    """One picture as the sender described it.

    `renditions` are dicts {"href", "width", "height", "contentType", "name",
    "size"} (values may be None or ""); `source_key` is the sender's id of the
    picture (else its address), so a re-send is recognised."""

    renditions: list[dict] = field(default_factory=list)
    caption: str = ""
    headline: str = ""
    credit: str = ""
    creator: str = ""
    copyright: str = ""
    usage_terms: str = ""
    alt_text: str = ""
    # IPTC Extended Description (Accessibility): what alt text is too short to say.
    extended_description: str = ""
    source_key: str = ""
    # The sender's point of interest, as fractions of width and height.
    focal: tuple[float, float] | None = None
    # When the picture was taken (the sender's contentCreated), where, and its keywords.
    date_created: datetime | None = None
    city: str = ""
    country: str = ""
    keywords: list[str] = field(default_factory=list)

    def add(
        self,
        href: object,
        *,
        width: object = None,
        height: object = None,
        kind: str = "",
        name: str = "",
        size: object = None,
        hash: str = "",
    ) -> None:
        href = " ".join(str(href or "").split())
        if not href or urlsplit(href).scheme not in ("http", "https"):
            return
        if any(r["href"] == href for r in self.renditions):
            return
        rendition = {
            "href": href,
            "width": number(width),
            "height": number(height),
            "contentType": content_type(kind),
            "name": str(name or ""),
            "size": number(size),
        }
        if text(hash):
            rendition["hash"] = text(hash)  # the sender's digest of the file (NewsML-G2 remoteContent/hash)
        self.renditions.append(rendition)

    def identity(self) -> str:
        """What names the picture's files as the sender offers them: each
        rendition's address, pixels, declared size and digest. A later
        version with another identity sends another picture (a re-crop, a
        corrected image); one with the same identity, the same picture."""
        offered = sorted(
            [r["href"], r["width"] or 0, r["height"] or 0, r["size"] or 0, r.get("hash", "")] for r in self.renditions
        )
        return hashlib.sha256(json.dumps(offered).encode()).hexdigest()

    def candidates(self, max_bytes: int | None = None) -> list[dict]:
        """Usable renditions, best first: largest by pixels, then by declared
        bytes; those of a known accepted type before those of unknown type."""
        usable = []
        for rendition in self.renditions:
            kind = usable_type(rendition["contentType"], rendition["href"])
            if kind is None:
                continue
            if max_bytes and rendition["size"] and rendition["size"] > max_bytes:
                continue
            pixels = (rendition["width"] or 0) * (rendition["height"] or 0) or (rendition["width"] or 0) ** 2
            usable.append((bool(kind), pixels, rendition["size"] or 0, rendition))
        usable.sort(key=lambda entry: entry[:3], reverse=True)
        return [entry[3] for entry in usable]

    @property
    def url(self) -> str:
        """The rendition that would be fetched (with no byte cap)."""
        best = self.candidates()
        return best[0]["href"] if best else ""

    @property
    def key(self) -> str:
        return self.source_key or self.url

    def described(self) -> dict:
        """What the sender said about it, keyed by Photo field names."""
        values = {
            "caption": self.caption,
            "headline": self.headline,
            "credit_line": self.credit,
            "creator": self.creator,
            "copyright_notice": self.copyright,
            "rights_usage": self.usage_terms,
            "alt_text": self.alt_text,
        }
        found: dict = {name: " ".join(str(value).split()) for name, value in values.items() if str(value or "").strip()}
        if self.extended_description.strip():
            # Several paragraphs, as the sender wrote them (a multi-line IPTC field).
            found["extended_description"] = self.extended_description.strip()
        for name, value in (("city", self.city), ("country", self.country)):
            if text(value):
                found[name] = text(value)
        keywords = list(dict.fromkeys(text(k) for k in self.keywords if text(k)))
        if keywords:
            found["keywords"] = keywords
        if self.date_created is not None:
            # As text, so the record kept with an incoming item stays JSON.
            found["date_created"] = self.date_created.isoformat()
        return found

    def as_json(self) -> dict:
        """The reference as kept with the incoming item, for the desk."""
        data = {"key": self.key, "url": self.url, **self.described(), "renditions": self.renditions}
        if self.focal:
            data["focal"] = list(self.focal)
        return data


def text(value: object) -> str:
    return " ".join(str(value or "").split())


def focal_point(x: object, y: object, width: object, height: object) -> tuple[float, float] | None:
    """A point of interest in pixels as fractions of the picture, if it lies inside it."""
    x, y, width, height = number(x), number(y), number(width), number(height)
    if x is None or y is None or not width or not height or x > width or y > height:
        return None
    return round(x / width, 4), round(y / height, 4)


def unique(pictures: list[PictureRef]) -> list[PictureRef]:
    """Pictures with somewhere to fetch them from, each once, at most MAX_PICTURES."""
    seen, out = set(), []
    for picture in pictures:
        if not picture.candidates() or picture.key in seen:
            continue
        seen.add(picture.key)
        out.append(picture)
    return out[:MAX_PICTURES]


# ninjs: associations (a list in 2.x/3.x, an object keyed by name in 1.x and
# some 2.x senders), each a ninjs object of its own with `renditions` (a list,
# or in 1.x an object keyed by rendition name).

ALT_ROLES = {"alt", "alttext", "alt-text", "alternative", "alternativetext", "alternative-text"}
CAPTION_ROLES = {"caption", "text", "description", "", "summary"}
# The IPTC's name for the credit (NewsML-G2 creditline), as a description's role.
CREDIT_ROLES = {"creditline", "credit-line", "credit"}
# IPTC Extended Description (Accessibility), Iptc4xmpCore:ExtDescrAccessibility,
# under its property's name (ninjs names no description roles).
EXTENDED_ROLES = {"extendeddescription", "extended-description", "extdescraccessibility"}


def multiline(value: object) -> str:
    """Text that may hold paragraphs: each line's spaces folded, the line breaks kept."""
    lines = [" ".join(line.split()) for line in str(value or "").splitlines()]
    return "\n".join(lines).strip()


def _get(doc: dict, *names):
    for name in names:
        if doc.get(name) not in (None, ""):
            return doc[name]
    return None


def ninjs_pictures(doc: dict) -> list[PictureRef]:
    """The pictures among a ninjs document's associations, the featured one first."""
    values = doc.get("associations") or []
    if isinstance(values, dict):
        entries = [(str(name), entry) for name, entry in values.items()]
    elif isinstance(values, list):
        entries = [(str(entry.get("name", "")) if isinstance(entry, dict) else "", entry) for entry in values]
    else:
        return []
    pictures: list[PictureRef] = []
    for name, entry in entries:
        if not isinstance(entry, dict) or not _is_picture(entry):
            continue
        picture = ninjs_picture(entry)
        featured = "featuremedia" in (name.lower(), str(entry.get("rel", "")).lower())
        pictures.insert(0, picture) if featured else pictures.append(picture)
    return unique(pictures)


def _is_picture(entry: dict) -> bool:
    kind = str(entry.get("type") or "").lower()
    if kind:
        return kind in ("picture", "image", "photo")
    renditions = entry.get("renditions") or []
    renditions = renditions.values() if isinstance(renditions, dict) else renditions
    return any(
        isinstance(r, dict) and content_type(_get(r, "contentType", "contenttype", "mimetype")).startswith("image/")
        for r in renditions
    )


def _descriptions(entry: dict) -> tuple[str, str, str, str]:
    """(caption, alt text, credit line, extended description) from ninjs
    descriptions; 1.x's description_text."""
    caption = alt = credit = extended = ""
    for description in entry.get("descriptions") or []:
        if not isinstance(description, dict):
            continue
        role = str(description.get("role") or "").lower().rsplit(":", 1)[-1]
        kind = content_type(_get(description, "contentType", "contenttype"))
        value = text(description.get("value"))
        if role in ALT_ROLES:
            alt = alt or value
        elif role in CREDIT_ROLES:
            credit = credit or value
        elif role in EXTENDED_ROLES:
            extended = extended or multiline(description.get("value"))
        elif role in CAPTION_ROLES and kind in ("", "text/plain"):
            caption = caption or value
    caption = caption or text(_get(entry, "description_text", "body_text"))
    return caption, alt or text(_get(entry, "altText", "alt_text")), credit, extended


def ninjs_picture(entry: dict) -> PictureRef:
    """One ninjs picture object (an association, or a picture item itself)."""
    caption, alt, credit_line, extended = _descriptions(entry)
    headlines = entry.get("headlines") or []
    headline = next(
        (text(h.get("value")) for h in headlines if isinstance(h, dict) and h.get("role") == "main"), ""
    ) or next((text(h.get("value")) for h in headlines if isinstance(h, dict)), "")
    people = [p for p in entry.get("people") or [] if isinstance(p, dict)]
    authors = [a for a in entry.get("authors") or [] if isinstance(a, dict)]
    creator = text(_get(entry, "by", "byline")) or next(
        (
            text(p.get("name"))
            for p in people + authors
            if str(p.get("rel") or p.get("role") or "").lower() in ("photographer", "creator", "author")
        ),
        "",
    )
    sources = [s for s in _get(entry, "infoSources", "infosources") or [] if isinstance(s, dict)]
    credit = (
        credit_line
        or next((text(s.get("name")) for s in sources if s.get("role") == "credit"), "")
        or text(_get(entry, "source", "copyrightHolder", "copyrightholder"))
    )
    picture = PictureRef(
        caption=caption,
        headline=headline or text(entry.get("headline")),
        credit=credit,
        creator=creator,
        copyright=text(_get(entry, "copyrightNotice", "copyrightnotice")),
        usage_terms=text(_get(entry, "usageTerms", "usageterms")),
        alt_text=alt,
        extended_description=extended,
        source_key=text(_get(entry, "uri", "guid")),
    )
    renditions = entry.get("renditions") or []
    named = renditions.items() if isinstance(renditions, dict) else ((None, r) for r in renditions)
    for name, rendition in named:
        if not isinstance(rendition, dict):
            continue
        width, height = rendition.get("width"), rendition.get("height")
        picture.add(
            rendition.get("href"),
            width=width,
            height=height,
            kind=_get(rendition, "contentType", "contenttype", "mimetype")
            or _get(entry, "mimetype", "mime_type")
            or "",
            name=name or rendition.get("name", ""),
            size=_get(rendition, "sizeInBytes", "sizeinbytes"),
        )
        poi = rendition.get("poi")
        if picture.focal is None and isinstance(poi, dict):
            picture.focal = focal_point(poi.get("x"), poi.get("y"), width, height)
    return picture
