"""Sanitising stored HTML.

Story paragraphs may carry a little inline markup (emphasis, links, quotes);
everything else is stripped on save, so templates can mark the stored text
safe without trusting whoever wrote it.
"""

import functools
import html
import re

import nh3
from lxml import etree
from lxml import html as lxml_html

from .text import strip_control

INLINE_TAGS = {"a", "abbr", "b", "cite", "code", "em", "i", "q", "s", "small", "strong", "sub", "sup", "u", "br"}
INLINE_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "q": {"cite"}}
URL_SCHEMES = {"http", "https", "mailto"}
_SPACE = re.compile(r"\s+")


# Every attribute whose value a browser follows as a URL. nh3 checks the
# scheme of href and src only, so `<q cite="javascript:…">` got through.
URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "cite",
        "action",
        "formaction",
        "poster",
        "background",
        "longdesc",
        "usemap",
        "data",
        "codebase",
        "xlink:href",
    }
)
# Browsers ignore ASCII tab, newline and control characters inside a scheme
# ("java\tscript:"), so they are dropped before the scheme is read.
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


def safe_url(value: str) -> bool:
    """A relative URL or one whose scheme is in URL_SCHEMES."""
    match = _SCHEME.match(_URL_IGNORED.sub("", value))
    return match is None or match.group(1).lower() in URL_SCHEMES


def _safe_url_attribute(element: str, attribute: str, value: str) -> str | None:
    if attribute in URL_ATTRIBUTES and not safe_url(value):
        return None
    return value


# Each allow-list is one reusable sanitiser: building one per call (what
# nh3.clean does) cost most of the time of reading a wire body.
def _cleaner(tags: set[str], attributes: dict[str, set[str]]) -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=tags,
        attributes=attributes,
        url_schemes=URL_SCHEMES,
        attribute_filter=_safe_url_attribute,
        link_rel="noopener noreferrer",
    )


_INLINE_CLEANER = _cleaner(INLINE_TAGS, INLINE_ATTRIBUTES)
_TEXT_CLEANER = nh3.Cleaner(tags=set())


def clean_inline(markup: str) -> str:
    """Keep safe inline markup only; collapse whitespace to single spaces."""
    return _SPACE.sub(" ", _INLINE_CLEANER.clean(strip_control(markup))).strip()


def to_plain(markup: str) -> str:
    """The text of a sanitised paragraph, for feeds, search and descriptions."""
    return _SPACE.sub(" ", html.unescape(_TEXT_CLEANER.clean(markup))).strip()


def escape_text(text: str) -> str:
    """Plain text to safe HTML (for imported text that has no markup)."""
    return html.escape(_SPACE.sub(" ", strip_control(text)).strip(), quote=False)


# --- Block-level body items -------------------------------------------------
#
# A story body is an ordered list of items. Most are paragraphs: sanitised
# inline HTML with no wrapping tag, as before. An item may also be one block
# element kept whole: a subhead, a list, a block quote or a table, sanitised
# to the allow-list below. Every item is numbered (id="pN") on the page, so
# readers' feedback and word diffs keep pointing at the same places.

BODY_BLOCK_TAGS = ("h2", "h3", "h4", "ul", "ol", "blockquote", "table")
_INSIDE_BLOCKS = {"li", "p", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"}
BLOCK_TAGS = INLINE_TAGS | set(BODY_BLOCK_TAGS) | _INSIDE_BLOCKS
BLOCK_ATTRIBUTES = {
    **INLINE_ATTRIBUTES,
    "blockquote": {"cite"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
# Headings outside the body's levels map onto them: the page's own <h1> is
# the headline, so a wire's h1 is a top-level subhead.
_HEADING_MAP = {"h1": "h2", "h5": "h4", "h6": "h4"}
# Elements that sit inside a line of text; any other element ends a paragraph.
_RUNNING = INLINE_TAGS | {
    "span",
    "font",
    "mark",
    "time",
    "kbd",
    "var",
    "dfn",
    "bdi",
    "bdo",
    "data",
    "ins",
    "del",
    "big",
    "tt",
    "nobr",
    "wbr",
    "img",
    "label",
    "samp",
}
_BLOCK_START = re.compile(r"^<(h2|h3|h4|ul|ol|blockquote|table)\b", re.I)
# Whitespace beside a structural tag (a row, a cell, a list item) means
# nothing; between two inline elements it is the space between two words.
_STRUCTURE = re.compile(r"^</?(?:table|thead|tbody|tfoot|tr|td|th|ul|ol|li|caption|blockquote|p|h2|h3|h4)\b", re.I)
_BETWEEN_TAGS = re.compile(r"(<[^>]+>)\s+(?=(<[^>]+>))")


def _between_tags(found) -> str:
    structural = _STRUCTURE.match(found.group(1)) or _STRUCTURE.match(found.group(2))
    return found.group(1) if structural else found.group(1) + " "


_PLAIN_BREAKS = re.compile(r"<(?:/?(?:p|li|tr|td|th|h[1-6]|blockquote|caption)\b[^>]*|br\s*/?)>", re.I)


def is_block(item: str) -> bool:
    """True for a block item (subhead, list, quote, table), False for a paragraph."""
    return bool(_BLOCK_START.match(item or ""))


def block_tag(item: str) -> str:
    """The element name of a block item, or "p" for a paragraph."""
    found = _BLOCK_START.match(item or "")
    return found.group(1).lower() if found else "p"


_BLOCK_CLEANER = _cleaner(BLOCK_TAGS, BLOCK_ATTRIBUTES)


def clean_block(markup: str) -> str:
    """Sanitise one block element to the body allow-list."""
    cleaned = _BLOCK_CLEANER.clean(strip_control(markup))
    return _BETWEEN_TAGS.sub(_between_tags, _SPACE.sub(" ", cleaned)).strip()


def clean_body_item(item: str) -> str:
    """A stored body item from untrusted markup: a block stays a block, anything
    else becomes a paragraph of inline HTML."""
    text = (item or "").strip()
    if is_block(text):
        cleaned = clean_block(text)
        if is_block(cleaned) and to_plain(cleaned):
            return cleaned
        return ""
    return clean_inline(text)


# A body that is only paragraphs of running text, as most wires send one:
# bare <p> elements holding text, the common entities and simple inline
# elements. Such a body needs no tree: each paragraph's inside is sanitised
# as it stands, which gives what the tree walk gives (a test holds the two
# paths to the same items). Anything else (badly nested elements, other attributes, line breaks,
# blocks, comments, other entities, no-break spaces, which the sanitiser
# writes as an entity) takes the tree walk.
_RUN = (
    r"(?:[^<&\xa0]++|&(?:amp|lt|gt|quot|#39);"
    r"|</?(?:b|i|em|strong|u|s|sub|sup|small|code|cite|abbr|q|span)>"
    r'|<a href="(?:[^"<>&]++|&amp;)*+">|</a>)*+'
)
_PARAGRAPHS = re.compile(rf"(?:\s*+<p>{_RUN}</p>)++\s*+", re.I)
_PARAGRAPH = re.compile(rf"<p>({_RUN})</p>", re.I)


def body_from_html(markup: str) -> list[str]:
    """An HTML fragment (the editor's, or a wire's XHTML body) to body items:
    paragraphs of inline HTML and whole blocks, sanitised. Text outside any
    paragraph becomes a paragraph of its own, so no words are lost."""
    source = strip_control(markup or "").strip()
    if not source:
        return []
    if _PARAGRAPHS.fullmatch(source):
        paragraphs = _PARAGRAPH.findall(source)
        if all(map(_well_nested, paragraphs)):
            return [text for text in map(clean_inline, paragraphs) if text]
    return _body_from_tree(source)


_INLINE_TAG = re.compile(r"<(/?)([a-zA-Z]+)")


def _well_nested(paragraph: str) -> bool:
    """Every inline element closed, in order: parsers repair the others in
    different ways ("<i><em></i>x" is "x" in emphasis for one, not another)."""
    if "<" not in paragraph:
        return True
    open_tags: list[str] = []
    for closing, name in _INLINE_TAG.findall(paragraph):
        if not closing:
            open_tags.append(name.lower())
        elif not open_tags or open_tags.pop() != name.lower():
            return False
    return not open_tags


def _body_from_tree(source: str) -> list[str]:
    """body_from_html for any fragment: parse it and walk the tree."""
    try:
        root = lxml_html.fragment_fromstring(source, create_parent="div")
    except (etree.ParserError, ValueError):
        return [p for p in [clean_inline(source)] if p]
    items: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if not pending:
            return
        text = clean_inline("".join(pending))
        pending.clear()
        if text:
            items.append(text)

    def walk(parent: lxml_html.HtmlElement) -> None:
        if parent.text and parent.text.strip():
            pending.append(_escape_fragment(parent.text))
        for child in parent:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            tail = child.tail
            child.tail = None
            if tag in ("script", "style", "template") or not tag:
                pass
            elif tag in _HEADING_MAP or tag in BODY_BLOCK_TAGS:
                flush()
                if tag in _HEADING_MAP:
                    child.tag = _HEADING_MAP[tag]
                block = clean_body_item(lxml_html.tostring(child, encoding="unicode"))
                if block:
                    items.append(block)
            elif tag == "br":
                # Two line breaks in a row end a paragraph, as in pasted mail.
                if _next_is_br(child) and not (tail and tail.strip()):
                    flush()
                elif pending:
                    pending.append("<br>")
            elif tag in _RUNNING:
                pending.append(lxml_html.tostring(child, encoding="unicode"))
            else:
                flush()
                walk(child)
                flush()
            if tail and tail.strip():
                pending.append(_escape_fragment(tail))
            elif tail and pending:
                # Only whitespace between two inline elements: still the space between two words.
                pending.append(" ")

    walk(root)
    flush()
    return items


def _next_is_br(element) -> bool:
    following = element.getnext()
    return following is not None and isinstance(following.tag, str) and following.tag.lower() == "br"


def _escape_fragment(text: str) -> str:
    return html.escape(text, quote=False)


@functools.lru_cache(maxsize=4096)
def item_text(item: str) -> str:
    """The plain text of one body item, with words in separate cells, list
    items and paragraphs kept apart (for search, summaries and word counts).

    Stored items are sanitised, so their tags can be taken out as text: an
    HTML parser would move the text of a table whose cells were replaced by
    spaces out of the table, and run words of different cells together.
    Remembered: ingest asks it of the same item at each step of reading a body."""
    return _SPACE.sub(" ", html.unescape(_ANY_TAG.sub("", _PLAIN_BREAKS.sub(" ", item or ""))).strip())


_ANY_TAG = re.compile(r"<[^>]*>")


def render_item(item: str, number: int, lead: str = "") -> str:
    """One stored body item as page HTML with its id; `lead` (already safe
    HTML, e.g. the dateline) opens a paragraph."""
    if is_block(item):
        tag = block_tag(item)
        return f'<{tag} id="p{number}"{item[len(tag) + 1 :]}'
    opening = f"{lead} " if lead else ""
    return f'<p id="p{number}">{opening}{item}</p>'
