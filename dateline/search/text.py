"""Text preparation shared by every backend: CJK segmentation and tag tokens.

Neither SQLite's unicode61 tokenizer nor PostgreSQL's parser splits Korean,
Chinese or Japanese text into words: a whole run of Hangul or Han characters
becomes one token, so "종전선언을" would only match itself. Dateline rewrites
every run of CJK characters into overlapping bigrams ("종전 전선 선언 언을"),
both when indexing and when querying, so a CJK query is a phrase of bigrams
that matches anywhere inside a run. Bigrams are the classic choice for CJK
retrieval (Lucene's CJKAnalyzer does the same): they need no dictionary, work
for all three scripts, and keep the index small compared with trigrams or
unigrams. A single CJK character is searched as a prefix of the bigrams.
"""

import hashlib
import html
import re

from dateline.core.slugs import name_slug
from dateline.core.text import strip_control

# Hangul Jamo, CJK punctuation-free blocks: Hiragana, Katakana, Hangul
# compatibility Jamo, CJK Unified Ideographs (+ ext. A), Hangul syllables,
# compatibility ideographs, half-width Katakana.
CJK_CHARS = (
    "\u1100-\u11ff\u3040-\u309f\u30a0-\u30ff\u3130-\u318f\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f"
)
CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
CJK_ONLY = re.compile(f"^[{CJK_CHARS}]+$")
_WORD = re.compile(r"\w+")


# Line breaks and the edges of cells, list items and block paragraphs separate
# words, so a table's "1" and "2" never index as "12".
_BREAK = re.compile(r"<(?:br\s*/?|/?(?:p|li|tr|td|th|h[1-6]|caption|blockquote)\b[^>]*)>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def plain(paragraph: str) -> str:
    """Text of a stored body item. Paragraphs are stored as sanitised inline
    HTML (dateline.core.html), so dropping tags and unescaping entities gives
    their text, far cheaper than sanitising again across a million stories."""
    return html.unescape(_TAG.sub("", _BREAK.sub(" ", paragraph)))


def is_cjk(token: str) -> bool:
    return bool(CJK_ONLY.match(token))


def bigrams(run: str) -> list[str]:
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def segment(text: str) -> str:
    """Text as the index sees it: CJK runs become space-separated bigrams."""
    return CJK_RUN.sub(lambda m: " " + " ".join(bigrams(m.group())) + " ", text)


def blank_controls(text: str) -> str:
    """Controls and invisible characters as spaces, so they split words."""
    return strip_control(text, layout=True, invisible=True, replace=" ")


def words(text: str) -> list[str]:
    """Split text into word tokens (letters, digits, CJK runs); never syntax."""
    out = []
    for word in _WORD.findall(blank_controls(text).lower()):
        word = word.strip("_")
        if not word:
            continue
        # A CJK run glued to Latin letters ("KTX역") is two tokens.
        pos = 0
        for m in CJK_RUN.finditer(word):
            if m.start() > pos:
                out.append(word[pos : m.start()])
            out.append(m.group())
            pos = m.end()
        if pos < len(word):
            out.append(word[pos:])
    return [w.strip("_") for w in out if w.strip("_")]


def tag(kind: str, value: str) -> str:
    """An exact-match token for a filter value (section, author, keyword).

    Filters must match whole values ("Kim Eun-jung", not everyone called Kim),
    so each value is indexed as one opaque token built from its slug. Tokens
    are lowercase letters and digits only, which every tokenizer keeps whole.
    """
    slug = name_slug(value) or value.strip().lower()
    digest = hashlib.blake2b(f"{kind}:{slug}".encode(), digest_size=6).hexdigest()
    # Digits only after the kind letter: stemmers leave such tokens alone.
    return f"zz{kind}{int(digest, 16):015d}"


def section_tag(slug):
    return tag("s", slug)


def author_tag(name):
    return tag("a", name)


def keyword_tag(keyword):
    return tag("k", keyword)


# Every document carries this token, so a query made of filters only (a date
# range) still has something to match.
CATCH_ALL = tag("x", "all")
