"""Wire parsers behind one interface, and the registry that picks one.

    parser = detect(data, filename)          # or REGISTRY["ninjs2"]
    for item in parser.parse(data): ...

Add a format by subclassing Parser and calling register() at import time.
"""

from typing import TypeVar

from .base import BadEntry, IngestedItem, IngestedPicture, ParseError, Parser

P = TypeVar("P", bound=type[Parser])

REGISTRY: dict[str, Parser] = {}


def register(parser_class: P) -> P:
    parser = parser_class()
    REGISTRY[parser.name] = parser
    return parser_class


def get(name: str) -> Parser:
    try:
        return REGISTRY[name]
    except KeyError:
        raise ParseError(f"unknown format {name!r}; known formats: {', '.join(sorted(REGISTRY))}") from None


def detect(data: bytes, filename: str = "") -> Parser:
    for parser in sorted(REGISTRY.values(), key=lambda p: p.priority):
        if parser.sniff(data, filename):
            return parser
    raise ParseError(
        "not a format Dateline reads (ninjs, NewsML-G2, NewsML 1.2, NITF, RSS, Atom, IPTC 7901/ANPA-1312 or page text)"
    )


from . import anpa, feed, newsml, newsml12, ninjs, ninjs1, nitf, pasted_text, vendor_json  # noqa: E402,F401  (they register themselves)

__all__ = [
    "REGISTRY",
    "BadEntry",
    "IngestedItem",
    "IngestedPicture",
    "ParseError",
    "Parser",
    "detect",
    "get",
    "register",
]
