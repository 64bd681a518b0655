"""Sanitising stored HTML.

Story paragraphs may carry a little inline markup (emphasis, links, quotes);
everything else is stripped on save, so templates can mark the stored text
safe without trusting whoever wrote it.
"""

import html
import re

import nh3

INLINE_TAGS = {"a", "abbr", "b", "cite", "code", "em", "i", "q", "s", "small", "strong", "sub", "sup", "u", "br"}
INLINE_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "q": {"cite"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Every attribute whose value a browser follows as a URL. nh3 applies its
# scheme list to href and src only, so `<q cite="javascript:…">` got through.
URL_ATTRIBUTES = frozenset({"href", "src", "cite", "action", "formaction", "poster", "background",
                            "longdesc", "usemap", "data", "codebase", "xlink:href"})
# Browsers ignore ASCII tab, newline and control characters inside a scheme
# ("java\tscript:"), so they are dropped before the scheme is read.
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE = re.compile(r"\s+")


def strip_control(text: str) -> str:
    return _CONTROL.sub("", text)


def safe_url(value: str) -> bool:
    """A relative URL or one whose scheme is in URL_SCHEMES."""
    match = _SCHEME.match(_URL_IGNORED.sub("", value))
    return match is None or match.group(1).lower() in URL_SCHEMES


def _url_filter(tag, attribute, value):
    if attribute in URL_ATTRIBUTES and not safe_url(value):
        return None
    return value


def clean_inline(markup: str) -> str:
    """Keep safe inline markup only; collapse whitespace to single spaces."""
    cleaned = nh3.clean(
        strip_control(markup),
        tags=INLINE_TAGS,
        attributes=INLINE_ATTRIBUTES,
        url_schemes=set(URL_SCHEMES),
        attribute_filter=_url_filter,
        link_rel="noopener noreferrer",
    )
    return _SPACE.sub(" ", cleaned).strip()


def to_plain(markup: str) -> str:
    """The text of a sanitised paragraph, for feeds, search and descriptions."""
    return _SPACE.sub(" ", html.unescape(nh3.clean(markup, tags=set()))).strip()


def escape_text(text: str) -> str:
    """Plain text to safe HTML (for imported text that has no markup)."""
    return html.escape(_SPACE.sub(" ", strip_control(text)).strip(), quote=False)
