"""The small interface every wire parser implements, and what it returns."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .pictures import PictureRef


class ParseError(ValueError):
    """Input that cannot become a story; the message is the recorded reason."""

    def __init__(self, message, original_id=""):
        super().__init__(message)
        self.original_id = original_id


@dataclass
class IngestedItem:
    """One story as a parser read it, before Dateline stores anything.

    `paragraphs` hold inline HTML when `markup` is true and plain text
    otherwise; the store sanitises either way.
    """

    original_id: str
    headline: str
    paragraphs: list[str]
    original_version: str = ""
    markup: bool = True
    bylines: list[str] = field(default_factory=list)
    dateline_city: str = ""
    dateline_country: str = ""
    dateline_agency: str = ""
    dateline_date: date | None = None
    first_created: datetime | None = None
    version_created: datetime | None = None
    language: str = ""
    urgency: int | None = None
    keywords: list[str] = field(default_factory=list)
    section_name: str = ""
    slugline: str = ""
    ednote: str = ""
    pubstatus: str = "usable"
    # Text the sender meant for editors only: notes, contacts, sign-offs,
    # photo credits, transmission lines. Kept for the desk, never published.
    desk_notes: list[str] = field(default_factory=list)
    # The source's credit ("dpa") and its dateline as written ("Berlin (dpa) -").
    credit: str = ""
    dateline_text: str = ""
    # Not public anywhere before this time (NewsML-G2 embargoed, ninjs embargoed/embargoedUntil).
    embargo_until: datetime | None = None
    # Transmission facts a text wire's header carries (service, priority, category, take, word count, sent).
    wire_header: dict = field(default_factory=dict)
    # The body as received, as plain text: what "no word lost" is checked against. Not stored.
    source_text: str = ""
    # True when `paragraphs` are already sanitised body items (made by
    # dateline.core.html.body_from_html and its kin), so the store does not
    # sanitise them a second time.
    sanitised: bool = False
    # A flash, bulletin or alert: the headline is the whole message.
    headline_only: bool = False
    # Set when this entry of a batch could not be read; the rest go on.
    error: str = ""
    # Pictures the item carries (lead first), as dateline.ingest.parsers.pictures.PictureRef.
    pictures: list = field(default_factory=list)

    def problems(self) -> list[str]:
        """Missing required fields, as readable reasons."""
        missing = []
        if not self.original_id.strip():
            missing.append("an id")
        if not self.headline.strip():
            missing.append("a headline")
        if not any(p.strip() for p in self.paragraphs) and self.pubstatus == "usable" and not self.headline_only:
            missing.append("a body")
        return [f"missing {', '.join(missing)}"] if missing else []


@dataclass
class IngestedPicture:
    """A picture item that arrives alone, no story carrying it (a partner's
    photo wire): it goes to the photo desk, not the Incoming queue.

    `picture` (a dateline.ingest.parsers.pictures.PictureRef) holds what the
    sender says about it and its renditions; its `source_key` is the item's
    id, so a later version finds the photo the first one became."""

    original_id: str
    picture: PictureRef
    original_version: str = ""
    first_created: datetime | None = None
    version_created: datetime | None = None
    pubstatus: str = "usable"
    # Notes for the desk (the sender's editorial note, say), shown with the refusal if any.
    desk_notes: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Why the picture cannot be taken in, as readable reasons."""
        if not self.original_id.strip():
            return ["a picture item missing an id"]
        if not self.picture.candidates():
            return ["a picture item with no rendition of a kept type (JPEG, PNG, WebP, AVIF, HEIC) to fetch"]
        return []


# What a parser returns for each entry of its input.
Entry = IngestedItem | IngestedPicture


@dataclass
class BadEntry:
    """An entry of a batch that failed on its own; the others are still read."""

    reason: str
    original_id: str = ""


# What `Parser.parse` returns: stories, lone pictures, and entries that failed.
Parsed = list[IngestedItem | IngestedPicture | BadEntry]


class Parser:
    """One wire format. `sniff` looks at the raw bytes (cheaply) and says
    whether this parser reads them; `parse` returns the items, or raises
    ParseError when the whole input is unreadable."""

    name = ""
    label = ""
    #  Lower runs first when sniffing; a catch-all format goes last.
    priority = 50

    def sniff(self, data: bytes, filename: str = "") -> bool:
        raise NotImplementedError

    def parse(self, data: bytes) -> Parsed:
        raise NotImplementedError

    @staticmethod
    def read_each(
        entries: Iterable[Any],
        read: Callable[[Any], Entry | list[Entry]],
        original_id: Callable[[Any], object] = lambda entry: "",
    ) -> Parsed:
        """Read each entry of a batch on its own: any failure (a ParseError, or
        a bug meeting input nobody foresaw) becomes that entry's BadEntry with
        a readable reason, and the others are still read. An entry may read
        as several (an item of several pictures alone)."""
        out: Parsed = []
        for entry in entries:
            try:
                found = read(entry)
                out.extend(found) if isinstance(found, list) else out.append(found)
            except ParseError as exc:
                out.append(BadEntry(str(exc), _safe_id(original_id, entry)))
            except RecursionError:
                out.append(BadEntry("nesting too deep to read", _safe_id(original_id, entry)))
            except Exception as exc:  # noqa: BLE001  one odd entry never stops the batch
                out.append(BadEntry(unreadable(exc), _safe_id(original_id, entry)))
        return out


def unreadable(exc: Exception) -> str:
    return f"could not be read ({type(exc).__name__}: {str(exc)[:300]})"


def _safe_id(original_id, entry) -> str:
    try:
        return str(original_id(entry) or "")
    except Exception:  # noqa: BLE001
        return ""
