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
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE = re.compile(r"\s+")


def strip_control(text: str) -> str:
    return _CONTROL.sub("", text)


def clean_inline(markup: str) -> str:
    """Keep safe inline markup only; collapse whitespace to single spaces."""
    cleaned = nh3.clean(
        strip_control(markup),
        tags=INLINE_TAGS,
        attributes=INLINE_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    return _SPACE.sub(" ", cleaned).strip()


def to_plain(markup: str) -> str:
    """The text of a sanitised paragraph, for feeds, search and descriptions."""
    return _SPACE.sub(" ", html.unescape(nh3.clean(markup, tags=set()))).strip()


def escape_text(text: str) -> str:
    """Plain text to safe HTML (for imported text that has no markup)."""
    return html.escape(_SPACE.sub(" ", strip_control(text)).strip(), quote=False)
