"""Wire bodies to stored body items, with what is not for readers set apart.

Every parser hands its body here: an (X)HTML fragment (`from_html`) or wire
text (`from_text`). Both return a `Body`: the items readers see (paragraphs
and whole blocks, as `dateline.core.html.body_from_html` makes them), the
desk-only notes, byline lines, the dateline as the source wrote it, and the
body's text as received (what "no word lost" is checked against).

What is not for readers is found by the format's marks first (classes and
roles on elements, listed in `wiretags`), then by agency conventions that
every wire uses the same way (`wireconventions`); docs/ingest.md lists both.
Nothing is dropped: what is not body goes to the desk notes. This module
reads the body: the tree pass over marked-up bodies and the line layout of
wire text.
"""

from __future__ import annotations

import html as htmllib
import re

from lxml import etree
from lxml import html as lxml_html

from dateline.core.html import body_from_html, escape_text

from .wireconventions import END_MARK, HIGHLIGHT, Body, apply_conventions
from .wirelines import byline_names, match_wire_dateline
from .wiretags import (
    BYLINE_CLASSES,
    DATELINE_CLASSES,
    DESK_CLASSES,
    FLOW_BREAKS,
    HTML_NAMES,
    LINE_ELEMENTS,
    NEEDS_TREE,
    NITF_DESK_TAGS,
)

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


def _block_text(root) -> str:
    """An element's text as a reader reads it: blocks, cells and line breaks
    keep words apart, inline elements do not (for word counts)."""
    out: list[str] = []

    def walk(el: etree._Element) -> None:
        tag = el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""
        breaks = tag in FLOW_BREAKS
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


def from_element(element: etree._Element, *, headline: str = "") -> Body:
    """An XML body element (XHTML <body>, <html>, a NITF body.content, …)."""
    root = _strip_namespaces(etree.fromstring(etree.tostring(element)))
    return _from_tree(root, headline=headline)


# The same elements as tags in markup, for the body that needs no tree.
_FLOW_TAG = re.compile(r"(?i)</?(?:{})\b[^>]*>".format("|".join(re.escape(t) for t in sorted(FLOW_BREAKS))))
_TAG = re.compile(r"<[^>]*>")


def from_html(markup: str, *, headline: str = "") -> Body:
    """An HTML fragment (a ninjs or feed body)."""
    source = (markup or "").strip()
    if not source:
        return Body()
    lowered = source.lower()
    if not any(mark in lowered for mark in NEEDS_TREE):
        # Plain paragraphs and blocks with no marks: one parse is enough.
        body = Body(source_text=" ".join(htmllib.unescape(_TAG.sub("", _FLOW_TAG.sub(" ", source))).split()))
        apply_conventions(body_from_html(source), body, headline)
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
    for line in [el for el in root.iter() if isinstance(el.tag, str) and el.tag.lower() in LINE_ELEMENTS]:
        for inner in [el for el in line.iter() if el is not line and isinstance(el.tag, str)]:
            if inner.tag.lower() not in HTML_NAMES:
                _unwrap(inner)
    # Text blocks a wire sent preformatted inside one element: split them
    # where the sender's lines say a paragraph starts.
    for el in list(root.iter("p", "pre", "body", "div")):
        _split_preformatted(el)
    items = body_from_html(etree.tostring(root, encoding="unicode", method="html"))
    apply_conventions(items, body, headline)
    return body


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
    if len(el) and el.tag == "p":
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
            or (HIGHLIGHT.match(stripped) and True)
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
    apply_conventions(items, body, headline)
    return body


def _is_subhead(paragraph: str) -> bool:
    letters = [ch for ch in paragraph if ch.isalpha()]
    return (
        0 < len(paragraph.split()) <= 6
        and len(letters) >= 4
        and all(ch.isupper() for ch in letters)
        and not paragraph.rstrip().endswith((".", ",", ";", "=", ":"))
        and not END_MARK.match(paragraph)
    )
