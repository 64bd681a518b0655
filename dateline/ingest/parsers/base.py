"""The small interface every wire parser implements, and what it returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


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
    # Set when this entry of a batch could not be read; the rest go on.
    error: str = ""

    def problems(self) -> list[str]:
        """Missing required fields, as readable reasons."""
        missing = []
        if not self.original_id.strip():
            missing.append("an id")
        if not self.headline.strip():
            missing.append("a headline")
        if not any(p.strip() for p in self.paragraphs) and self.pubstatus == "usable":
            missing.append("a body")
        return [f"missing {', '.join(missing)}"] if missing else []


@dataclass
class BadEntry:
    """An entry of a batch that failed on its own; the others are still read."""

    reason: str
    original_id: str = ""


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

    def parse(self, data: bytes) -> list[IngestedItem | BadEntry]:
        raise NotImplementedError
