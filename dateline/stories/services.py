"""Helpers for story text: datelines, paragraphs, rendering, snapshots.

State changes are not here: they are the actions in `dateline.stories.actions`.
"""

from collections.abc import Iterable
from datetime import date
from typing import Any

from dateline.core.html import clean_body_item, escape_text, is_block, item_text, render_item
from dateline.core.timefmt import ap_date

WORKING_FIELDS = (
    "headline",
    "bylines",
    "dateline_city",
    "dateline_country",
    "dateline_agency",
    "body",
    "urgency",
    "keywords",
    "slugline",
    "ednote",
    "section_id",
    "language",
    "credit",
    "dateline_text",
    "desk_notes",
    "photos",
)


class StoryError(ValueError):
    """A state change that is not allowed; the message is shown to the user."""


def compose_dateline(
    city: str | None, country: str = "", when: date | None = None, agency: str = "", separator: str = "--"
) -> str:
    """House-style dateline: "SEOUL, Oct. 28 (Yonhap) --"."""
    city = (city or "").strip().upper()
    if not city:
        return ""
    parts = [city]
    if country:
        parts.append(country.strip())
    if when is not None:
        parts.append(ap_date(when.month, when.day))
    text = ", ".join(parts)
    if agency:
        text += f" ({agency})"
    return f"{text} {separator}".strip()


def clean_paragraphs(paragraphs: Iterable[object], markup: bool = True) -> list[str]:
    """Sanitise body items (paragraphs, or whole blocks such as subheads, lists
    and tables); plain text (markup=False) is escaped instead."""
    clean = clean_body_item if markup else escape_text
    return [p for p in (clean(str(p)) for p in paragraphs) if p]


def split_plain_text(text: str) -> list[str]:
    """Pasted plain text to paragraphs: blank lines separate paragraphs; single
    newlines inside a block are wrapping and become spaces."""
    blocks, current = [], []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return blocks


def render_body(paragraphs: Iterable[str], dateline_text: str = "") -> str:
    """Stored body items to article HTML; the dateline opens the first
    paragraph. Item ids let readers' feedback point at a paragraph."""
    out = []
    lead = f'<span class="dateline">{escape_text(dateline_text)}</span>' if dateline_text else ""
    for number, item in enumerate(paragraphs, start=1):
        if lead and not is_block(item):
            out.append(render_item(item, number, lead))
            lead = ""
        else:
            out.append(render_item(item, number))
    return "\n".join(out)


def summarize(paragraphs: list[str], limit: int = 300) -> str:
    first = next((p for p in paragraphs if not is_block(p)), paragraphs[0] if paragraphs else "")
    text = item_text(first)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def snapshot(story: object) -> dict[str, Any]:
    return {field: getattr(story, field) for field in WORKING_FIELDS}
