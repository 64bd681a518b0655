"""Wire bodies to stored body items, with what is not for readers set apart.

Every parser hands its body here: an (X)HTML fragment (`from_html`) or wire
text (`from_text`). Both return a `Body`: the items readers see (paragraphs
and whole blocks, as `dateline.core.html.body_from_html` makes them), the
desk-only notes, byline lines, the dateline as the source wrote it, and the
body's text as received (what "no word lost" is checked against).

What is not for readers is found by the format's marks first (classes and
roles on elements, below), then by agency conventions that every wire uses
the same way; docs/ingest.md lists both. Nothing is dropped: what is not
body goes to the desk notes.
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

from dateline.core.html import body_from_html, escape_text, is_block, item_text
from dateline.core.words import words

from .furniture import split_desk_text

# Classes and roles that mark an element as the sender's note to editors.
DESK_CLASSES = {
    "closingline",
    "signoff",
    "sign-off",
    "notepad",
    "np-nonpublic",
    "np-public",
    "editorsnote",
    "ednote",
    "ed-note",
    "ed-msg",
    "contact",
    "contacts",
    "nonpublic",
    "not-for-publication",
    "embargoed",
    "slugline",
    "publicationdate",
    "credit-photo",
    "photocredit",
}
BYLINE_CLASSES = {"byline", "by", "author"}
# NITF elements meant for editors: messages, the tagline and end matter, distribution notes.
NITF_DESK_TAGS = {"ed-msg", "body.end", "tagline", "distributor", "series", "copyrite", "pubdata"}
DATELINE_CLASSES = {"dateline"}

# A dateline the way wires write one: place, then the agency's credit in
# brackets, then a dash, EFE's with a full stop before it ("Berlin (dpa) -",
# "Tegucigalpa, Jan 2 (EFE).-", "SEOUL, Oct. 25 (Reuters) -",
# "CHATHAM, Mass. (AP) _"); or the credit first ("(ANSA) - ROMA, 1 LUG -").
_AGENCY = r"[A-Za-z][A-Za-z0-9./&'’ -]{0,28}[A-Za-z.]|[A-Za-z]{1,3}"
_DASH = r"(?:--|[-–—_])"
_PLACE_FIRST = re.compile(
    rf"^(?P<place>(?:[^\s()\-–—_][^()\n]{{0,70}}?)?)\s*\((?P<agency>{_AGENCY})\)\.?\s*{_DASH}(?=\s|$)\s*"
)
_CREDIT_FIRST = re.compile(
    rf"^\((?P<agency>{_AGENCY})\)\s*{_DASH}\s+(?P<place>[^\n()\-–—]{{1,40}}?)\s+{_DASH}(?=\s|$)\s*"
)

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
_HIGHLIGHT = re.compile(r"^[*•]\s+\S")
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
_END = re.compile(r"(?i)^(?:end|ends|more|-?\s*0\s*-|#+|x{3,}|_{3,}|\*\s*\*\s*\*(?:\s*\*)*)\s*$")


@dataclass
class Body:
    items: list[str] = field(default_factory=list)
    desk_notes: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    dateline_text: str = ""
    agency: str = ""
    place: str = ""
    source_text: str = ""


def match_wire_dateline(text: str):
    """(dateline as written, place, agency, rest of the text) or None."""
    if "(" not in text[:100]:
        return None
    for pattern in (_CREDIT_FIRST, _PLACE_FIRST):
        found = pattern.match(text)
        if not found:
            continue
        place = found["place"].strip()
        if len(place.split()) > 8 or (place and not (place[0].isupper() or place[0].isdigit())):
            continue
        return found.group(0).strip(), place, found["agency"].strip(), text[found.end() :]
    return None


_MONTH_START = re.compile(r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)")


def place_parts(place: str) -> tuple[str, str]:
    """A dateline's place as (city, country or state): "GROSSETO, Italy" ->
    ("Grosseto", "Italy"); a date in it ("SEOUL, Oct. 25", "Jan 30") is not a place."""
    parts = [p.strip() for p in (place or "").split(",") if p.strip()]
    parts = [p for p in parts if not any(ch.isdigit() for ch in p) and not _MONTH_START.match(p)]
    if not parts:
        return "", ""
    city = parts[0].title() if parts[0].isupper() else parts[0]
    return city, parts[1] if len(parts) > 1 else ""


# ------------------------------------------------------------------ HTML


def _classes(el) -> set[str]:
    names = set((el.get("class") or "").lower().split())
    for attr in ("role", "data-role", "type"):
        value = (el.get(attr) or "").lower()
        if value:
            names.add(value.rsplit(":", 1)[-1])
    return names


def _text(el) -> str:
    return " ".join(" ".join(el.itertext()).split())


# Elements that keep the words on either side apart (blocks, cells, line breaks).
_FLOW_BREAKS = {
    "p",
    "div",
    "li",
    "td",
    "th",
    "tr",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "ul",
    "ol",
    "table",
    "caption",
    "pre",
    "hl1",
    "hl2",
    "body.head",
    "body.content",
    "body.end",
    "block",
    "byline",
    "dateline",
    "aside",
    "figure",
    "figcaption",
    "dl",
    "dt",
    "dd",
}


def _block_text(root) -> str:
    """An element's text as a reader reads it: blocks, cells and line breaks
    keep words apart, inline elements do not (for word counts)."""
    out: list[str] = []

    def walk(el):
        tag = el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""
        breaks = tag in _FLOW_BREAKS
        if breaks:
            out.append(" ")
        if el.text and tag:
            out.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if breaks:
            out.append(" ")

    walk(root)
    return " ".join("".join(out).split())


def _strip_namespaces(root):
    for el in root.iter():
        if isinstance(el.tag, str) and "}" in el.tag:
            el.tag = el.tag.rsplit("}", 1)[1]
    etree.cleanup_namespaces(root)
    return root


def from_element(element, *, headline: str = "") -> Body:
    """An XML body element (XHTML <body>, <html>, a NITF body.content, …)."""
    root = _strip_namespaces(etree.fromstring(etree.tostring(element)))
    return _from_tree(root, headline=headline)


# What only the tree pass handles: marks (classes, roles), headers, NITF
# elements, and line layout inside an element.
_NEEDS_TREE = (
    "class",
    "role",
    "type=",
    "<header",
    "<hedline",
    "<headline",
    "<byline",
    "<dateline",
    "<ed-msg",
    "<tagline",
    "<body.",
    "<note",
    "<pre",
    "<hl1",
    "<hl2",
    "<distributor",
    "<series",
    "<copyrite",
    "<pubdata",
    "<figure",
    "\n",
)
# The same elements as tags in markup, for the body that needs no tree.
_FLOW_TAG = re.compile(r"(?i)</?(?:{})\b[^>]*>".format("|".join(re.escape(t) for t in sorted(_FLOW_BREAKS))))
_TAG = re.compile(r"<[^>]*>")


def from_html(markup: str, *, headline: str = "") -> Body:
    """An HTML fragment (a ninjs or feed body)."""
    source = (markup or "").strip()
    if not source:
        return Body()
    lowered = source.lower()
    if not any(mark in lowered for mark in _NEEDS_TREE):
        # Plain paragraphs and blocks with no marks: one parse is enough.
        body = Body(source_text=" ".join(htmllib.unescape(_TAG.sub("", _FLOW_TAG.sub(" ", source))).split()))
        _conventions(body_from_html(source), body, headline)
        return body
    try:
        root = lxml_html.fragment_fromstring(source, create_parent="div")
    except (etree.ParserError, ValueError):
        return from_text(htmllib.unescape(re.sub(r"<[^>]+>", " ", source)))
    return _from_tree(root, headline=headline)


def _from_tree(root, *, headline: str) -> Body:
    body = Body(source_text=_block_text(root))
    for el in list(root.iter("head", "title", "meta", "script", "style", "template")):
        if el.tag in ("head", "title", "meta") and el.getparent() is not None:
            _drop(el)
    # A body's own <header> is the article's header (headline, kicker, time,
    # subjects): the headline has its field, the rest is for the desk.
    for el in list(root.iter("header")):
        for h1 in el.iter("h1"):
            if " ".join(h1.itertext()).split() == headline.split():
                h1.getparent().remove(h1)
                break
        _to_desk(el, body, "Header")
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None and el is not root:
            continue
        marks = _classes(el)
        tag = el.tag.lower()
        if tag in ("headline", "hedline") and el is not root:
            # NITF's body.head repeats the headline (hl1) and may add a subheadline (hl2).
            if _text(el).split() != headline.split():
                _to_desk(el, body, "Headline as sent")
            else:
                _drop(el)
        elif tag in NITF_DESK_TAGS or (tag == "note" and (el.get("type") or "").lower() == "npa"):
            _to_desk(el, body, "")
        elif tag == "byline" and el is not root:
            line = _text(el)
            body.bylines += byline_names(line)
            body.desk_notes.append(f"Byline as sent: {line}")
            _drop(el)
        elif tag == "dateline" and el is not root and not body.dateline_text:
            line = _text(el)
            found = match_wire_dateline(line + " ")
            body.dateline_text = found[0] if found else ""
            if found:
                body.place, body.agency = found[1], found[2]
            elif line:
                body.place = line
                body.desk_notes.append(f"Dateline as sent: {line}")
            _drop(el)
        elif tag == "figure" and el is not root:
            # The picture is not carried: its caption and credit would describe nothing.
            _to_desk(el, body, "Picture")
        elif marks & DESK_CLASSES:
            _to_desk(el, body, "")
        elif marks & BYLINE_CLASSES and el.tag not in ("span", "a"):
            line = _text(el)
            body.bylines += byline_names(line)
            body.desk_notes.append(f"Byline as sent: {line}")
            _drop(el)
        elif marks & DATELINE_CLASSES and not body.dateline_text:
            line = _text(el)
            body.dateline_text = line.strip()
            found = match_wire_dateline(line + " ")
            if found:
                body.place, body.agency = found[1], found[2]
            _drop(el)
    # Elements of the sender's own vocabulary inside a line of text (STT's
    # <Company>, <Person>) are words of that line, not blocks of their own.
    for line in [el for el in root.iter() if isinstance(el.tag, str) and el.tag.lower() in _LINES]:
        for inner in [el for el in line.iter() if el is not line and isinstance(el.tag, str)]:
            if inner.tag.lower() not in _HTML_NAMES:
                _unwrap(inner)
    # Text blocks a wire sent preformatted inside one element: split them
    # where the sender's lines say a paragraph starts.
    for el in list(root.iter("p", "pre", "body", "div")):
        _split_preformatted(el)
    items = body_from_html(etree.tostring(root, encoding="unicode", method="html"))
    _conventions(items, body, headline)
    return body


_LINES = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "caption", "figcaption", "hl1", "hl2"}
_HTML_NAMES = _LINES | {
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "big",
    "br",
    "cite",
    "code",
    "data",
    "del",
    "dfn",
    "em",
    "font",
    "i",
    "img",
    "ins",
    "kbd",
    "label",
    "mark",
    "nobr",
    "q",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "time",
    "tt",
    "u",
    "var",
    "wbr",
    "ul",
    "ol",
    "table",
    "tr",
    "tbody",
    "thead",
    "tfoot",
    "blockquote",
    "div",
    "section",
    "pre",
}


def _unwrap(el):
    """Replace an element by its content, keeping every character in place."""
    parent = el.getparent()
    if parent is None:
        return
    index = parent.index(el)
    previous = el.getprevious()
    if el.text:
        if previous is not None:
            previous.tail = (previous.tail or "") + el.text
        else:
            parent.text = (parent.text or "") + el.text
    children = list(el)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    if el.tail:
        if children:
            children[-1].tail = (children[-1].tail or "") + el.tail
        elif previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _drop(el):
    parent = el.getparent()
    if parent is None:
        el.clear()
        return
    tail = el.tail
    if tail and tail.strip():
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _to_desk(el, body, label):
    text = _block_text(el)
    if text:
        body.desk_notes.append(f"{label}: {text}" if label else text)
    _drop(el)


_COLUMNS = re.compile(r"\S {2,}\S")


def _split_preformatted(el):
    """A <p> (or a bare body) holding many wire lines: one paragraph per
    indented or blank-line-separated block; lines set out in columns
    (results, tables) stay one line each."""
    if el.tag == "pre":
        pass
    elif len(el) and el.tag == "p":
        return
    text = el.text or ""
    if "\n" not in text.strip() or el.tag in ("body", "div") and not text.strip():
        return
    # Indentation alone is not a paragraph mark when every line has it: that
    # is how XML is pretty-printed. A mix of indented and flush lines, blank
    # lines, or lines in columns are the sender's own layout.
    lines = [line for line in text.strip().split("\n")[1:] if line.strip()]
    indented = [line[:1] in ("\t", "^") or line.startswith("  ") for line in lines]
    layout = (
        re.search(r"\n[ \t]*\n", text.strip())
        or (any(indented) and not all(indented))
        or sum(1 for line in lines if _COLUMNS.search(line.strip())) >= 3
    )
    if el.tag != "pre" and not layout:
        return
    paragraphs = wire_paragraphs(text)
    if len(paragraphs) < 2:
        return
    el.text = None
    parent = el.getparent()
    if el.tag == "p" and parent is not None:
        index = parent.index(el)
        tail = el.tail
        parent.remove(el)
        for offset, paragraph in enumerate(paragraphs):
            p = etree.Element("p")
            p.text = paragraph
            parent.insert(index + offset, p)
        if tail and tail.strip():
            p.tail = tail
    else:
        for offset, paragraph in enumerate(paragraphs):
            p = etree.Element("p")
            p.text = paragraph
            el.insert(offset, p)


# ------------------------------------------------------------------ text


def wire_paragraphs(text: str) -> list[str]:
    """Wire text to paragraphs: a blank line, an indented line (ANPA's tab or
    spaces, a "^") or a line set out in columns starts a new one; other line
    ends are wrapping."""
    out: list[str] = []
    current: list[str] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    columns = sum(1 for line in lines if _COLUMNS.search(line.strip())) >= 3
    for raw in lines:
        line = raw.rstrip().removesuffix("<").rstrip()
        stripped = line.strip().lstrip("^").strip()
        if not stripped:
            if current:
                out.append(" ".join(current))
            current = []
            continue
        starts = (
            raw[:1] in ("\t", "^")
            or raw.startswith("  ")
            or (columns and _COLUMNS.search(stripped))
            or (_HIGHLIGHT.match(stripped) and True)
        )
        if starts and current:
            out.append(" ".join(current))
            current = []
        current.append(stripped)
        if columns and _COLUMNS.search(stripped):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return [" ".join(p.split()) for p in out if p.strip()]


# ANPA's tabular lines: BS opens a row, cells are split by ";", DLE ends it
# (and, inside a cell, holds two words together).
_ROW = "\x08"


def _table(rows: list[str]) -> str:
    cells = [[c.replace("\x10", " ").strip() for c in row.strip(_ROW + "\x10 ").split(";")] for row in rows]
    width = max(len(r) for r in cells)
    html = []
    for number, row in enumerate(cells):
        tag = "th" if number == 0 and not row[0] else "td"
        html.append(
            "<tr>" + "".join(f"<{tag}>{escape_text(c)}</{tag}>" for c in row + [""] * (width - len(row))) + "</tr>"
        )
    return "<table>" + "".join(html) + "</table>"


def from_text(text: str, *, headline: str = "") -> Body:
    """Plain wire text (ANPA/7901, a NewsML-G2 inlineData)."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    body = Body(source_text=" ".join(text.replace(";", " ").replace("\x10", " ").split()))
    # Runs of tabular lines become tables; the text around them, paragraphs.
    # ("text", lines of text) or ("table", its rows)
    pieces: list[tuple[str, str | list[str]]] = []
    rows: list[str] = []
    lines: list[str] = []
    for line in text.split("\n"):
        bare = line.strip().lstrip("^\t ")
        if bare.startswith(_ROW):
            if lines:
                pieces.append(("text", "\n".join(lines)))
                lines = []
            rows.append(bare.rstrip("<").rstrip())
        else:
            if rows:
                pieces.append(("table", rows))
                rows = []
            lines.append(line)
    if rows:
        pieces.append(("table", rows))
    if lines:
        pieces.append(("text", "\n".join(lines)))
    paragraphs: list[tuple[str, str]] = []
    for _kind, value in pieces:
        # A closing "=" is the sender's end-of-line mark (ANPA), not text.
        if isinstance(value, list):
            paragraphs.append(("table", _table(value)))
        else:
            paragraphs += [("p", p.rstrip("= ").strip() or p) for p in wire_paragraphs(value)]
    items = []
    for kind, paragraph in paragraphs:
        if kind == "table":
            items.append(paragraph)
            continue
        if _is_subhead(paragraph):
            items.append(f"<h3>{escape_text(paragraph)}</h3>")
        else:
            items.append(escape_text(paragraph))
    _conventions(items, body, headline)
    return body


def _is_subhead(paragraph: str) -> bool:
    letters = [ch for ch in paragraph if ch.isalpha()]
    return (
        0 < len(paragraph.split()) <= 6
        and len(letters) >= 4
        and all(ch.isupper() for ch in letters)
        and not paragraph.rstrip().endswith((".", ",", ";", "=", ":"))
        and not _END.match(paragraph)
    )


# ------------------------------------------------------------------ conventions


def _conventions(items: list[str], body: Body, headline: str = ""):
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
            while cut > 0 and _END.match(texts[cut - 1]):
                cut -= 1
            break
    notes_after = [texts[i] for i in range(cut, len(items)) if texts[i]]
    items, texts = items[:cut], texts[:cut]
    while items and (
        _END.match(texts[-1])
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
        elif _HIGHLIGHT.match(text) and not is_block(item):
            highlights.append(escape_text(re.sub(r"^[*•]\s+", "", text)))
            if index + 1 >= len(items) or not _HIGHLIGHT.match(texts[index + 1]):
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
            if index >= 0 and text:
                # Only the first paragraph of text may carry the dateline; a
                # story without one keeps its text as it is.
                if body.dateline_text or not _could_precede_dateline(text):
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


def _could_precede_dateline(text: str) -> bool:
    return False


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


def byline_names(line: str) -> list[str]:
    text = re.sub(r"(?i)^\s*(?:by|von|par|por|af|av)\s+", "", line or "").strip().rstrip("=").strip()
    # "..., dpa" / "..., AP Sports Writer": the credit after the names is not a name.
    text = re.sub(r",\s*(?:dpa|AP|Reuters|AFP|Yonhap|ANSA|The [\w ]+|[\w ]*(?:Writer|Correspondent))\s*$", "", text)
    names = re.split(r"\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|&)\s*", text)
    return [n.strip() for n in names if n.strip() and len(n.split()) <= 5]
