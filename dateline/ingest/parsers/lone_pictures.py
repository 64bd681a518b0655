"""Picture items that arrive alone (no story in the message carries them).

A partner's photo wire sends pictures as items of their own: a ninjs
document whose `type` is "picture" (ninature: the item *is* a picture, with
its renditions at the top level), a NewsML-G2 newsItem of itemClass
icls:picture (read by the NewsML-G2 parser), or an RSS/Atom item whose only
content is an image (read by the feed parser). Each becomes an
`IngestedPicture` for the photo desk; text items stay stories.

ninjs mapping (1.x names, then 2.x lowercase and 3.x camelCase):

- uri (1.x: else guid, else id): the sender's id; version, firstcreated,
  versioncreated, pubstatus as for stories;
- headline / headlines, description_text / descriptions (caption, alt text,
  creditline), byline / by, source / copyrightholder / infoSources (credit),
  copyrightnotice, usageterms: the photo's IPTC description
  (dateline.ingest.parsers.pictures reads them as it does for associations);
- contentcreated: the IPTC Date Created (firstcreated is when the item was
  first sent, not when the picture was taken: it only fills a date neither
  the sender nor the file gives);
- located: the city; subject(s) and keywords (1.x also place): keywords;
- renditions: every size offered, with the sender's point of interest;
- ednote: a note for the desk.
"""

from __future__ import annotations

from typing import Any

from .base import IngestedPicture
from .pictures import ninjs_picture, text
from .text import parse_time

PICTURE_TYPES = {"picture", "image", "photo"}


def is_picture_item(doc: dict[str, Any]) -> bool:
    """Whether a ninjs document is itself a picture (its `type`, per ninature)."""
    return str(doc.get("type") or "").lower() in PICTURE_TYPES


def _get(doc: dict[str, Any], *names: str) -> Any:
    return next((doc[name] for name in names if doc.get(name) not in (None, "")), None)


def _names(values: Any) -> list[str]:
    return [text(v.get("name")) for v in values or [] if isinstance(v, dict) and text(v.get("name"))]


def ninjs_picture_item(doc: dict[str, Any], original_id: str) -> IngestedPicture:
    """A ninjs picture item (1.x, 2.x or 3.x naming) as an IngestedPicture."""
    picture = ninjs_picture(doc)
    picture.source_key = original_id
    picture.date_created = parse_time(_get(doc, "contentCreated", "contentcreated"))
    picture.city = text(doc.get("located")) if isinstance(doc.get("located"), str) else ""
    subjects = [
        s
        for s in (doc.get("subjects") or doc.get("subject") or [])
        if isinstance(s, dict) and s.get("rel") != "section"
    ]
    picture.keywords = (
        _names(subjects)
        + _names(doc.get("place"))
        + [text(k) for k in doc.get("keywords") or [] if isinstance(k, str) and text(k)]
    )
    ednote = text(_get(doc, "edNote", "ednote"))
    return IngestedPicture(
        original_id=original_id,
        picture=picture,
        original_version=str(doc.get("version") or ""),
        first_created=parse_time(_get(doc, "firstCreated", "firstcreated")),
        version_created=parse_time(_get(doc, "versionCreated", "versioncreated")),
        pubstatus=str(_get(doc, "pubStatus", "pubstatus") or "usable").lower(),
        desk_notes=[f"Editor's note: {ednote}"] if ednote else [],
    )
