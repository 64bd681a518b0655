"""Word-level differences between two texts, as escaped HTML with <ins>/<del>."""

import difflib
import re
from collections.abc import Iterable

from markupsafe import Markup, escape

from dateline.core.html import block_tag, item_text

# Words and the whitespace after them stay together, so a diff never splits a
# word and paragraph breaks survive in the output.
_TOKEN = re.compile(r"\S+\s*|\s+")


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def word_diff(old: str | None, new: str | None) -> Markup:
    """Markup of `new` against `old`: deletions in <del>, insertions in <ins>.
    Every piece of text is escaped; only our own tags are markup."""
    a, b = tokens(old), tokens(new)
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, [t.strip() for t in a], [t.strip() for t in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(escape("".join(b[j1:j2])))
            continue
        if op in ("delete", "replace"):
            out.append(Markup("<del>%s</del>") % "".join(a[i1:i2]).strip())
            out.append(" " if op == "replace" else _trailing(a[i2 - 1]))
        if op in ("insert", "replace"):
            out.append(Markup("<ins>%s</ins>") % "".join(b[j1:j2]).strip())
            out.append(_trailing(b[j2 - 1]))
    html = Markup("").join(out)
    # Paragraph breaks become line breaks so the diff reads like the story.
    return Markup(str(html).replace("\n\n", "<br><br>").replace("\n", " "))


def _trailing(token):
    """The whitespace after a token (a paragraph break must survive a change)."""
    return token[len(token.rstrip()) :] or " "


def changed(old: str | None, new: str | None) -> bool:
    return [t.strip() for t in tokens(old)] != [t.strip() for t in tokens(new)]


_BLOCK_LABELS = {
    "h2": "Subhead",
    "h3": "Subhead",
    "h4": "Subhead",
    "ul": "List",
    "ol": "Numbered list",
    "blockquote": "Quote",
    "table": "Table",
}


def body_diff_text(items: Iterable[str] | None) -> str:
    """Body items as the words a diff compares: each item's text, a blank line
    between items, blocks named by what they are ("[Subhead] Reaction"), so a
    diff stays word-level and never shows markup as words."""
    out = []
    for item in items or []:
        label = _BLOCK_LABELS.get(block_tag(item))
        text = item_text(item)
        out.append(f"[{label}] {text}" if label else text)
    return "\n\n".join(out)
