"""Highlighted snippets, built from the original text in Python.

The index holds text with CJK runs cut into bigrams, so its own snippet
functions would show readers "종전 전선 선언"; and PostgreSQL and SQLite would
mark different things. Marking the stored original here gives every backend
the same, correctly escaped result.
"""

import re
from html import escape

from markupsafe import Markup

from .text import is_cjk


def pattern(words):
    """One regex for the query's tokens: Latin words match at a word start
    and take their suffix (stemming finds "declarations" for "declaration");
    CJK tokens match anywhere."""
    parts = []
    for token, _prefix in sorted(set(words), key=lambda w: -len(w[0])):
        if not token:
            continue
        if is_cjk(token):
            parts.append(re.escape(token))
        else:
            parts.append(r"(?<!\w)" + re.escape(token) + r"\w*")
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE)


def mark(text, regex):
    """Escape `text` and wrap every match in <mark>."""
    if regex is None:
        return Markup(escape(text))
    out, pos = [], 0
    for m in regex.finditer(text):
        out.append(escape(text[pos : m.start()]))
        out.append(f"<mark>{escape(m.group())}</mark>")
        pos = m.end()
    out.append(escape(text[pos:]))
    return Markup("".join(out))


def snippet(text, regex, width=260):
    """About `width` characters of `text` around its first match, marked."""
    if len(text) <= width:
        return mark(text, regex)
    match = regex.search(text) if regex else None
    start = 0
    if match:
        start = max(0, match.start() - width // 4)
        if start:
            space = text.rfind(" ", 0, start)
            start = space + 1 if space > start - 20 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    piece = mark(text[start:end], regex)
    return Markup(("… " if start else "") + piece + (" …" if end < len(text) else ""))
