"""Counting words the same way everywhere: ingest checks, benchmarks, ninjs word counts.

A word is a run of letters or digits, with inner apostrophes, hyphens,
dots or commas kept ("don't", "Frank-Walter", "U.S.", "1,205"), so a
number or a compound counts once whatever markup surrounds it.
"""

import re
from collections import Counter
from collections.abc import Iterable

from .html import item_text, to_plain

# Underscores join words ("snake_case") but are none on their own: "___" is a rule line.
_WORD = re.compile(r"[^\W_]+(?:[-'’.,:/_][^\W_]+)*")


def words(text: str) -> list[str]:
    """The words of plain text, in order."""
    return _WORD.findall(text or "")


def count_words(text: str) -> int:
    return len(words(text))


def html_words(markup: str) -> list[str]:
    """The words of an HTML fragment (tags dropped, entities decoded)."""
    return words(to_plain(re.sub(r"<[^>]+>", " ", markup or "")))


def body_words(items: Iterable[str] | None) -> list[str]:
    """The words of stored body items (paragraphs and blocks)."""
    out: list[str] = []
    for item in items or []:
        out += words(item_text(item))
    return out


def missing_words(source: list[str], *kept: list[str]) -> Counter:
    """Words of `source` that none of the `kept` lists accounts for, with how
    many times each is missing (case is ignored; an empty Counter: none lost)."""
    have = Counter(w.casefold() for group in kept for w in group)
    return Counter(w.casefold() for w in source) - have
