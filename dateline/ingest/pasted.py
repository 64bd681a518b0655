"""Parse the plain text a user copied from a news article web page.

Editors paste whole pages (menus, share buttons, feedback widgets and all),
sometimes re-wrapped by a mail client, so the parser first throws away page
chrome line by line, then reads the header (headline, section/time line,
byline, photo captions) up to the dateline, then rebuilds body paragraphs.
Standard library only: it runs in import jobs without Django settings.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from .datelines import (
    ParsedDateline, ends_with_credit, is_caption, match_dateline, parse_byline, parse_meta_line,
    starts_caption,
)

__all__ = ["NoArticleFound", "ParsedDateline", "ParsedStory", "decode_bytes", "parse_page_text"]


class NoArticleFound(ValueError):
    """The input holds no recognisable article; the message is one line."""


@dataclass
class ParsedStory:
    headline: str
    section: str = ""
    published: datetime | None = None
    bylines: list[str] = field(default_factory=list)
    dateline: ParsedDateline | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ bytes
def decode_bytes(data: bytes) -> str:
    """Decode an uploaded file as UTF-8 (BOM optional), or UTF-16 if it has a BOM.

    No guessing of legacy code pages: a wrong guess silently corrupts names,
    which is worse for a news agency than asking the user to re-save as UTF-8.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise NoArticleFound(f"not text: invalid UTF-16 ({exc.reason})") from None
    else:
        if b"\x00" in data:
            raise NoArticleFound("not text: the data contains NUL bytes (binary file?)")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise NoArticleFound(f"not text: invalid UTF-8 at byte {exc.start}") from None
    if "\x00" in text or len(_CONTROL_RE.findall(text)) > len(text) * 0.1:
        raise NoArticleFound("not text: mostly non-printable characters")
    return text


_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


# ------------------------------------------------------------- whitespace
_SPACES_RE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")


def _normalise(text: str) -> list[str]:
    text = re.sub(r"\r\n?|[\v\f\x85\u2028\u2029]", "\n", text)
    text = _INVISIBLE_RE.sub("", text)
    return [_SPACES_RE.sub(" ", line).strip() for line in text.split("\n")]


# ----------------------------------------------------------------- chrome
_CHROME_PHRASES = sorted(
    {
        "go to contents", "go to navigation", "skip to main content", "skip to content",
        "skip to navigation", "skip navigation", "jump to content", "send feedback",
        "how can we improve", "thanks for your feedback", "feedback", "(end)",
        "share", "share this", "share this article", "share this story", "facebook", "twitter",
        "x", "email", "e-mail", "print", "copy link", "copy url", "link copied", "url copied",
        "kakao", "kakaotalk", "kakao story", "line", "whatsapp", "linkedin", "telegram",
        "reddit", "naver", "band", "more", "advertisement", "ad", "ads", "sponsored",
        "font size", "text size", "a", "a+", "a-", "listen", "listen to this article",
        "menu", "search", "close", "home", "subscribe", "sign in", "sign up", "log in",
        "login", "newsletter", "newsletters", "back to top", "top", "scroll to top",
        "comments", "view comments", "read more", "continue reading", "show more",
        "english", "korean", "chinese", "japanese", "photo", "photos", "video", "gallery",
        "bookmark", "save", "audio", "zoom", "enlarge", "open menu", "close menu",
    },
    key=len,
    reverse=True,
)
# Several widgets often land on one line ("Go to Contents Go to Navigation").
_CHROME_LINE_RE = re.compile(
    "(?:{0})(?: (?:{0}))*".format("|".join(re.escape(p) for p in _CHROME_PHRASES))
)
_COPYRIGHT_RE = re.compile(
    r"^(?:\(c\)|©|ⓒ|copyright\s*(?:©|\(c\)|\d{4}|by\b))|all rights reserved", re.I
)
_RELATED_RE = re.compile(
    r"(?:related(?: (?:articles?|news|stories|content|coverage|links|topics))?|"
    r"most (?:viewed|read|popular|shared|commented)(?: (?:articles|news|stories))?|"
    r"latest(?: (?:news|stories|articles|videos))?|top (?:stories|news)|more (?:stories|news)|"
    r"recommended(?: (?:stories|articles|for you))?|you (?:may|might) (?:also )?like|"
    r"see also|editor'?s picks?|trending(?: now)?|popular (?:stories|news|articles)|"
    r"what to read next)\s*:?",
    re.I,
)
_NAV_SPLIT_RE = re.compile(r"\s+[>/]\s+|\s*[|•·›»]\s*")
# Time stamps without a full date ("Updated 3 hours ago") give no usable
# time; tag lists are navigation.
_STAMP_OR_TAGS_RE = re.compile(
    r"(?:(?:first |last )?(?:updated|published|posted)\s*:?\s*(?:on |at )?\d[^.!?]{0,40}"
    r"|\d+ min(?:ute)?s? read|\d+ \w+ ago|(?:tags?|topics?|keywords?)\s*:.{0,150})",
    re.I,
)


def _is_chrome_line(line: str) -> bool:
    if parse_meta_line(line) or parse_byline(line) is not None:
        return False  # "Politics | 09:05" would otherwise look like a menu
    if not any(ch.isalnum() for ch in line):
        return True  # rules, bullets and other decoration
    if (len(line) < 250 and _COPYRIGHT_RE.search(line)) or _STAMP_OR_TAGS_RE.fullmatch(line):
        return True
    if line.lower().startswith("copyright") and len(line) < 100 and not line.endswith("."):
        return True
    parts = [p for p in _NAV_SPLIT_RE.split(line) if p]
    if (len(parts) >= 3 or (len(parts) == 2 and parts[0].lower() == "home")) and all(
        len(p.split()) <= 4 and not p.endswith((".", ",", "!", "?")) for p in parts
    ):
        return True
    if len(line) > 200:
        return False
    words = re.sub(r"[|•·/?!:.,;]+", " ", line.lower()).split()
    return bool(_CHROME_LINE_RE.fullmatch(" ".join(words)))


def _looks_like_list_item(line: str) -> bool:
    # Linked headlines don't end a sentence; a short closing paragraph does.
    line = _END_RE.sub("", line)
    return len(line) <= 120 and len(line.split()) <= 20 and not re.search(r"[.!?][\"'”’]*$", line)


def _drop_chrome(lines: list[str]) -> list[str]:
    """Blank out chrome lines; blanks (not deletions) keep paragraph breaks."""
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if line and _RELATED_RE.fullmatch(line):
            i += 1
            while i < n and not lines[i]:
                i += 1  # the list may start after a blank line
            while i < n and lines[i]:
                i += 1
            # Lists at the page foot often put a blank line between items.
            tail = [ln for ln in lines[i:] if ln]
            if all(_looks_like_list_item(ln) or _is_chrome_line(ln) for ln in tail):
                i = n
            out.append("")
            continue
        out.append("" if line and _is_chrome_line(line) else line)
        i += 1
    return out


# ------------------------------------------------------------------ header
_TERMINAL_RE = re.compile(r"[.!?:;][\"'”’)\]]*$")
_HEADLINE_SUFFIX_RE = re.compile(
    r"\s+[|–—-]\s+(?:Yonhap(?: News Agency)?|Reuters|AP News|The Associated Press|Kyodo News.*)$"
)


def _ends_sentence(line: str) -> bool:
    return bool(_TERMINAL_RE.search(line))


@dataclass
class _Unit:
    text: str
    start: int  # index of its first line, so the body can be rebuilt from there
    kind: str  # "meta", "byline" or "text"
    value: object = None


def _header_units(lines: list[str]) -> Iterator[_Unit]:
    """Group lines conservatively: only obvious continuations are joined."""
    cur: _Unit | None = None
    last = ""
    for i, line in enumerate(lines):
        meta = parse_meta_line(line) if line else None
        names = parse_byline(line) if line and not meta else None
        if cur is not None and (not line or meta or names is not None
                                or not _continues_header(cur.text, last, line)):
            yield cur
            cur = None
        if meta or names is not None:
            yield _Unit(line, i, "meta" if meta else "byline", meta or names)
        elif line:
            if cur is None:
                cur = _Unit(line, i, "text")
            else:
                cur.text += " " + line
            last = line
    if cur is not None:
        yield cur


class _Units:
    """Header units read on demand: the header is short, a body may be huge."""

    def __init__(self, lines: list[str]):
        self._source = _header_units(lines)
        self._seen: list[_Unit] = []

    def __getitem__(self, i: int) -> _Unit | None:
        while len(self._seen) <= i:
            unit = next(self._source, None)
            if unit is None:
                return None
            self._seen.append(unit)
        return self._seen[i]


def _continues_header(text: str, last: str, line: str) -> bool:
    if match_dateline(line) or starts_caption(line) or _ends_sentence(last):
        return False
    if starts_caption(text) and not ends_with_credit(last):
        return True  # a wrapped caption
    return line[:1].islower()


def _is_substantial(text: str) -> bool:
    words = text.split()
    return sum(ch.isalpha() for ch in text) >= 3 and (len(words) >= 3 or (len(words) == 2 and len(text) >= 15))


def _looks_like_section(text: str) -> bool:
    return len(text.split()) <= 3 and bool(re.fullmatch(r"[A-Z][A-Za-z&' ]*", text))


def _starts_body(text: str, *, headline_found: bool) -> bool:
    found = match_dateline(text)
    if not found or headline_found:
        return bool(found)
    dl = found[0]
    # "EXCLUSIVE — Ministry weighs ..." is a headline with a kicker, not a
    # dateline; real datelines carry a credit or a date, or open a sentence.
    return bool(dl.agency or dl.month or dl.country or _ends_sentence(text) or len(text) >= 200)


def _next_dateline(units: _Units, i: int) -> int | None:
    """Index of a dateline unit shortly after a deck/standfirst at ``i``."""
    texts = 0
    for j in itertools.count(i):
        u = units[j]
        if u is None or (u.kind == "text" and match_dateline(u.text)):
            return None if u is None else j
        if u.kind != "text" or is_caption(u.text, in_body=False):
            continue
        texts += 1
        if texts > 3 or len(u.text) >= 300:
            return None


# -------------------------------------------------------------------- body
def _blocks(lines: list[str]) -> list[list[str]]:
    groups = itertools.groupby(lines, key=bool)
    return [list(group) for non_blank, group in groups if non_blank]


def _is_hard_break(line: str) -> bool:
    return bool(parse_meta_line(line)) or is_caption(line, in_body=True)


def _wrap_width(blocks: list[list[str]]) -> tuple[int, int]:
    """Bounds (low, high) of the wrap column of hard-wrapped text; (0, 0) if unwrapped.

    Lines that stop mid-sentence before another line of the same block were
    broken by the wrapper: they cluster just under the column, and
    one-paragraph-per-line text has almost none of them.
    """
    pairs = [(a, b) for blk in blocks for a, b in zip(blk, blk[1:]) if not _is_hard_break(a)]
    cut = [(a, b) for a, b in pairs if not _ends_sentence(a)]
    if len(cut) < 2 or len(cut) < 0.4 * len(pairs):
        return 0, 0
    lengths = sorted(len(a) for a, _ in cut)
    low = max(n for n in lengths if n <= lengths[len(lengths) // 2] * 1.3)
    if low > 150 or sum(n >= 0.75 * low for n in lengths) < 0.7 * len(lengths):
        return 0, 0
    # The column is at least the longest line and less than any wrapped line
    # plus the word that did not fit after it.
    high = min((len(a) + len(b.split()[0]) for a, b in cut if len(a) >= 0.75 * low), default=low)
    return low, max(low, high)


def _joins(prev: str, nxt: str, width: tuple[int, int], whole_blocks: bool) -> bool:
    if _is_hard_break(prev) or _is_hard_break(nxt) or starts_caption(nxt, strong=True):
        return False
    if nxt[:1].islower() and not _ends_sentence(prev):
        return True
    low, high = width
    if not low:
        return whole_blocks
    # A greedy wrapper only breaks early when the next word would not fit.
    # Where a sentence ends, a paragraph may end too, so demand more proof of
    # a wrap there, unless blank lines already mark the paragraphs.
    column = high if _ends_sentence(prev) and not whole_blocks else low
    return len(prev) + 1 + len(nxt.split()[0]) > column


def _join(parts: list[str]) -> str:
    text = parts[0]
    for part in parts[1:]:
        # Wrappers break after hyphens ("end-of-" / "war"); don't add a space there.
        if re.search(r"[a-z]-$", text) and not text.endswith("--") and part[:1].islower():
            text += part
        else:
            text += " " + part
    return text


def _paragraphs(lines: list[str]) -> list[str]:
    blocks = _blocks(lines)
    width = _wrap_width(blocks)
    whole_blocks = sum(not _is_droppable(" ".join(b)) for b in blocks) >= 2
    paragraphs: list[str] = []
    for block in blocks:
        # Three or more whole sentences, one per line, are paragraphs that
        # lost their blank lines even when other blocks have them.
        whole = whole_blocks and not (
            len(block) >= 3 and all(_ends_sentence(a) for a in block[:-1])
        )
        current = [block[0]]
        for prev, nxt in zip(block, block[1:]):
            if _joins(prev, nxt, width, whole):
                current.append(nxt)
            else:
                paragraphs.append(_join(current))
                current = [nxt]
        paragraphs.append(_join(current))
    return paragraphs


_END_RE = re.compile(r"(?:\s*\(END\))+$")
_TRAILER_RE = re.compile(
    r"\(?(?:(?:Additional )?reporting|editing|writing|compiled|translated|graphics?) by\b", re.I
)
_EMAILS_RE = re.compile(r"(?:\S+@\S+\.\w+[\s,;]*)+")


def _is_droppable(text: str) -> bool:
    text = _END_RE.sub("", text)
    return (
        not text
        or bool(_TRAILER_RE.match(text) or _EMAILS_RE.fullmatch(text))
        or (len(text) < 250 and bool(_COPYRIGHT_RE.search(text)))
        or is_caption(text, in_body=True)
        or parse_meta_line(text) is not None
    )


# ------------------------------------------------------------------- parse
def parse_page_text(text: str) -> ParsedStory:
    """Parse pasted page text; raises NoArticleFound if no article is there."""
    lines = _normalise(text)
    if not any(lines):
        raise NoArticleFound("no article found: the text is empty")
    lines = _drop_chrome(lines)
    if not any(lines):
        raise NoArticleFound("no article found: the text is only page chrome, no headline and body")

    story = ParsedStory(headline="")
    meta_label = ""
    kicker = ""
    deck_until = -1
    body_at = None
    units = _Units(lines)
    for i in itertools.count():
        unit = units[i]
        if unit is None:
            break
        if unit.kind == "meta":
            meta = unit.value
            story.section = story.section or meta.section
            # The first-publication time is what the desk wants, not the last edit.
            if story.published is None or (meta_label == "updated" and meta.label == "published"):
                story.published, meta_label = meta.published, meta.label
            continue
        if unit.kind == "byline":
            story.bylines = story.bylines or list(unit.value)
            continue
        if _starts_body(unit.text, headline_found=bool(story.headline)):
            if not story.headline:
                raise NoArticleFound("no article found: no headline before the body")
            body_at = i
            break
        if is_caption(unit.text, in_body=False):
            story.captions.append(unit.text)
            continue
        if not story.headline:
            if _is_substantial(unit.text):
                story.headline = _HEADLINE_SUFFIX_RE.sub("", unit.text)
            else:
                kicker = unit.text
            continue
        if i < deck_until:
            continue  # a standfirst between headline and dateline: not body copy
        nxt = _next_dateline(units, i)
        if nxt is None:
            body_at = i
            break
        deck_until = nxt

    if not story.headline:
        raise NoArticleFound("no article found: no headline and body")
    if body_at is None:
        raise NoArticleFound("no article found: no body paragraphs after the headline")
    if not story.section and kicker and _looks_like_section(kicker):
        story.section = kicker

    paragraphs = _paragraphs(lines[units[body_at].start:])
    found = match_dateline(paragraphs[0]) if paragraphs else None
    if found:
        story.dateline, paragraphs[0] = found
    for para in paragraphs:
        para = _END_RE.sub("", para).strip()
        if not para:
            continue
        if is_caption(para, in_body=True):
            story.captions.append(para)
        elif not _is_droppable(para):
            story.paragraphs.append(para)
        elif story.published is None and (meta := parse_meta_line(para)):
            story.published = meta.published
    if not story.paragraphs:
        raise NoArticleFound("no article found: no body paragraphs after the headline")
    return story
