"""What a reader asked for, parsed into terms no backend can misread.

User input never reaches a search engine as syntax. The parser keeps three
things from it: quoted phrases, words, and a trailing `*` for prefix
matching. Everything else (operators, brackets, colons, SQL) is punctuation
and splits words. Each backend then writes its own query language from the
parsed terms, quoting every token.
"""

from dataclasses import dataclass, field
from datetime import date

from .text import bigrams, blank_controls, is_cjk, words

MAX_QUERY_CHARS = 300
MAX_TERMS = 12
# A prefix shorter than this matches too many words to be useful (and the
# index keeps ready-made lists only for 3- and 4-letter prefixes).
MIN_PREFIX_CHARS = 3
SORTS = ("relevance", "date")


class QueryError(ValueError):
    """A query that cannot be run; the message is shown to the reader."""


@dataclass(frozen=True)
class Term:
    """A word, a prefix or a phrase: an ordered list of tokens that must be
    adjacent. `prefix` applies to the last token."""

    tokens: tuple[str, ...]
    prefix: bool = False

    @property
    def is_phrase(self):
        return len(self.tokens) > 1


@dataclass
class SearchQuery:
    text: str = ""
    section: str = ""  # section slug
    byline: str = ""  # author name
    keyword: str = ""
    date_from: date | None = None
    date_to: date | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    terms: list[Term] = field(default_factory=list)

    def __post_init__(self):
        if self.sort not in SORTS:
            raise QueryError("Sort by relevance or by date.")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise QueryError("The start date is after the end date.")
        if self.page < 1 or self.page > 500:
            raise QueryError("There is no such page of results.")
        if not self.terms and self.text:
            self.terms = parse(self.text)

    @property
    def has_filters(self):
        return bool(self.section or self.byline or self.keyword or self.date_from or self.date_to)

    @property
    def offset(self):
        return (self.page - 1) * self.per_page

    def highlight_words(self):
        """The tokens a snippet should mark, with whether they are prefixes."""
        out = []
        for term in self.terms:
            for i, token in enumerate(term.tokens):
                out.append((token, term.prefix and i == len(term.tokens) - 1))
        return out


def _term(chunk: str, phrase: bool) -> list[Term]:
    tokens = words(chunk)
    if not tokens:
        return []
    if phrase:
        return [Term(tuple(tokens), prefix=False)]
    # Unquoted words are separate terms, except that punctuation inside one
    # word ("end-of-war", "U.S.") keeps its parts together as a phrase.
    out = []
    for piece in chunk.split():
        piece_tokens = words(piece)
        if piece_tokens:
            out.append(Term(tuple(piece_tokens), prefix=piece.endswith("*")))
    return out


def parse(text: str) -> list[Term]:
    """Split input into terms. Raises QueryError only for input no reader
    could mean as a search (far too long); anything else parses, possibly to
    nothing."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"Searches are limited to {MAX_QUERY_CHARS} characters; shorten yours.")
    text = blank_controls(text)
    terms: list[Term] = []
    # Quotes alternate: outside, inside, outside... An unbalanced final quote
    # simply makes the rest a phrase, as most search engines do.
    for i, chunk in enumerate(text.replace("\u201c", '"').replace("\u201d", '"').split('"')):
        terms.extend(_term(chunk, phrase=i % 2 == 1))
    # Drop repeats, keep order.
    seen, unique = set(), []
    for term in terms:
        if term not in seen:
            seen.add(term)
            unique.append(term)
    if len(unique) > MAX_TERMS:
        raise QueryError(f"Use at most {MAX_TERMS} words or phrases.")
    for term in unique:
        last = term.tokens[-1]
        if term.prefix and not is_cjk(last) and len(last) < MIN_PREFIX_CHARS:
            raise QueryError(
                f"Put at least {MIN_PREFIX_CHARS} letters before * to search for words that "
                f"begin with them, as in “tax*”."
            )
    return unique


def index_tokens(term: Term) -> tuple[list[str], bool]:
    """A term as index tokens: CJK runs become bigram sequences (a phrase),
    a lone CJK character becomes a prefix of the bigrams."""
    out: list[str] = []
    prefix = term.prefix
    for _i, token in enumerate(term.tokens):
        if is_cjk(token):
            if len(token) == 1 and len(term.tokens) == 1:
                return [token], True
            out.extend(bigrams(token))
        else:
            out.append(token)
    return out, prefix
