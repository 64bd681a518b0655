"""Agency conventions for what opens and closes a wire body but is not for readers.

Where the format has no mark, every wire writes these the same way: editors'
notes, photo credits and bylines before the text; sign-offs, end marks,
transmission codes and "not for publication" blocks after it; a summary that
the text says again; the dateline opening the first paragraph. They go to the
desk notes (or their fields) of the `Body` that `wiretext` reads.
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass, field

from dateline.core.html import escape_text, is_block, item_text
from dateline.core.words import words

from .furniture import split_desk_text
from .wirelines import byline_names, match_wire_dateline

# Conventions for what opens a wire story before its text.
_EDS = re.compile(r"(?i)^(?:eds?\b\.?|editors?\b|editor'?s note|note to editors|advisory\b|adv\d+)\s*[:_.=-]")
_PHOTO = re.compile(
    r"(?i)^(?:with\s+)?(?:AP|AFP|dpa|Reuters|EPA|Getty|ANSA|Yonhap)\s+(?:photos?|video|graphics?|"
    r"audio|images?)\b"
)
_BY = re.compile(r"(?i)^(?:by|von|par|por|af|av)\s+\S")
_BYLINE_TITLE = re.compile(
    r"(?i)^(?:(?:AP|Associated Press|Reuters|AFP|dpa)\b[\w ]{0,40}"
    r"(?:writer|correspondent|editor|reporter)s?|associated press)\s*=?$"
)
HIGHLIGHT = re.compile(r"^[*•]\s+\S")
_PARENTHETICAL = re.compile(r"^\([^()]{3,400}\)\s*$")
# Conventions for what closes one.
_SIGNOFF = re.compile(r"^(?:[A-Za-z]{2,6})(?:\s+[a-z0-9]{1,5}){1,10}\s*$")
_NOT_FOR_PUBLICATION = re.compile(
    r"(?i)(?:not\s+(?:intended\s+)?for\s+publication|nicht\s+zur\s+ver(?:ö|oe)ffentlichung|"
    r"ei\s+julkaistavaksi|not\s+for\s+pub\b)"
)
# Words every such line has, looked for first: searching the pattern itself
# through every paragraph was a tenth of the time of reading a body.
_NOT_FOR_PUBLICATION_HINTS = ("pub", "ffentlichung", "julkaist")


def _not_for_publication(text: str) -> bool:
    lowered = text.lower()
    return any(hint in lowered for hint in _NOT_FOR_PUBLICATION_HINTS) and bool(_NOT_FOR_PUBLICATION.search(text))


_NOTEBOOK = re.compile(r"(?i)^#+\s*(?:\w+\s+)?(?:notebook|notizblock)\b")
# A transmission line: codes and numbers only ("51 77 03 CRO01 1113 APE4800 GEST").
_CODES = re.compile(r"^(?=.*\d)(?:[A-Z0-9][A-Z0-9/.-]*\s+){3,}[A-Z0-9][A-Z0-9/.-]*$")
END_MARK = re.compile(r"(?i)^(?:end|ends|more|-?\s*0\s*-|#+|x{3,}|_{3,}|\*\s*\*\s*\*(?:\s*\*)*)\s*$")


@dataclass
class Body:
    items: list[str] = field(default_factory=list)
    desk_notes: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    dateline_text: str = ""
    agency: str = ""
    place: str = ""
    source_text: str = ""


def apply_conventions(items: list[str], body: Body, headline: str = "") -> None:
    """Apply the agency conventions to the opening and the close of a body,
    then lift the dateline; `items` become `body.items`."""
    texts = [item_text(i) for i in items]
    # The close: a notebook or a "not for publication" block runs to the end;
    # sign-offs and end marks close the text.
    cut = len(items)
    for index, text in enumerate(texts):
        if _NOTEBOOK.match(text) or (len(text) < 160 and _not_for_publication(text)):
            cut = index
            # "* * * *" just before the block belongs to it.
            while cut > 0 and END_MARK.match(texts[cut - 1]):
                cut -= 1
            break
    notes_after = [texts[i] for i in range(cut, len(items)) if texts[i]]
    items, texts = items[:cut], texts[:cut]
    while items and (
        END_MARK.match(texts[-1])
        or _CODES.match(texts[-1])
        or _SIGNOFF.match(texts[-1])
        and texts[-1] == texts[-1].lower()
        or _PHOTO.match(texts[-1])
        and len(texts[-1].split()) <= 20
    ):
        notes_after.insert(0, texts[-1])
        items.pop()
        texts.pop()
    # The opening: notes, photo credits, bylines and version notes before the text.
    dateline_at = next((i for i, t in enumerate(texts[:10]) if not is_block(items[i]) and match_wire_dateline(t)), None)
    # Without a dateline to end it, the opening is the first few items only.
    opening_end = dateline_at if dateline_at is not None else min(len(items), 4)
    kept, highlights = [], []
    index = 0
    while index < len(items):
        item, text = items[index], texts[index]
        opening = index < opening_end
        if index == 0 and headline and text.split() == headline.split():
            pass  # the headline said again: it has its field
        elif opening and _EDS.match(text):
            body.desk_notes.append(text)
        elif opening and _PHOTO.match(text) and len(text.split()) <= 30:
            body.desk_notes.append(f"Photo credit: {text}")
        elif opening and _BY.match(text) and len(text.split()) <= 14 and not text.endswith((".", "?", "!")):
            body.bylines += byline_names(text)
            body.desk_notes.append(f"Byline as sent: {text}")
        elif opening and body.bylines and _BYLINE_TITLE.match(text):
            body.desk_notes.append(f"Byline as sent: {text}")
        elif opening and dateline_at is not None and _PARENTHETICAL.match(text):
            body.desk_notes.append(f"Note: {text}")
        elif opening and dateline_at is not None and _repeats(text, texts[opening_end : opening_end + 3]):
            body.desk_notes.append(f"Summary as sent: {text}")
        elif HIGHLIGHT.match(text) and not is_block(item):
            highlights.append(escape_text(re.sub(r"^[*•]\s+", "", text)))
            if index + 1 >= len(items) or not HIGHLIGHT.match(texts[index + 1]):
                kept.append("<ul>" + "".join(f"<li>{h}</li>" for h in highlights) + "</ul>")
                highlights = []
        else:
            kept.append(item)
        index += 1
    body.desk_notes += notes_after
    _lift_dateline(kept, body)
    # Inside the text: embed codes, picture credits, rule lines, sign-offs
    # and rights notices (furniture.py).
    kept, inside = split_desk_text(kept)
    body.desk_notes += inside
    # An item with no words (a link around an image the sanitiser removed) says nothing.
    body.items = [i for i in kept if i.strip() and item_text(i).strip()]


def _repeats(text: str, following: list[str]) -> bool:
    """A summary sent before the text that the text's opening says again."""
    mine = [w.casefold() for w in words(text)]
    if len(mine) < 8:
        return False
    theirs = {w.casefold() for w in words(" ".join(following))}
    return sum(w in theirs for w in mine) >= 0.85 * len(mine)


def _lift_dateline(items: list[str], body: Body):
    """The dateline opening the first paragraph goes to its field, as written,
    so the page shows it once."""
    for index, item in enumerate(items[:10]):
        if is_block(item):
            continue
        text = item_text(item)
        found = match_wire_dateline(text)
        if not found:
            if text:
                # Only the first paragraph of text may carry the dateline; a
                # story without one keeps its text as it is.
                return
            continue
        written, place, agency, _rest = found
        if body.dateline_text and written != body.dateline_text:
            # The format marked the dateline already; the text's own copy of
            # it is the same words, shown once.
            if written.split() != body.dateline_text.split():
                return
        body.dateline_text = body.dateline_text or written
        body.place, body.agency = body.place or place, body.agency or agency
        items[index] = _cut_prefix(item, written)
        return


def _cut_prefix(item: str, written: str) -> str:
    """Remove the dateline's words from the start of an inline-HTML paragraph."""
    for form in (htmllib.escape(written, quote=False), htmllib.escape(written)):
        if item.startswith(form):
            return item[len(form) :].lstrip()
    remaining = words(written)
    pieces = re.split(r"(<[^>]+>)", item)
    out = []
    for piece in pieces:
        if not remaining or piece.startswith("<"):
            out.append(piece)
            continue
        text = htmllib.unescape(piece)
        cut = 0
        while remaining:
            found = re.search(re.escape(remaining[0]), text[cut:])
            if not found:
                break
            cut += found.end()
            remaining.pop(0)
        if remaining:
            out.append("")
            continue
        rest = re.sub(r"^[^\w«„“\"'(\[]*", "", text[cut:])
        out.append(htmllib.escape(rest, quote=False))
    return re.sub(r"^(?:\s|<(\w+)[^>]*>\s*</\1>)+", "", "".join(out))
