"""The story's text on a copied news page: paragraphs rebuilt from blank
lines or hard wrapping, then each sorted into story text, photo caption or
page furniture. Standard library only."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from .bylines import parse_byline, parse_name_line
from .captions import CREDIT_LINE_RE, is_caption, is_strong_caption, starts_caption
from .furniture import (
    AUTHOR_NOTE_RE,
    COPYRIGHT_RE,
    closes_story,
    end_mark,
    is_chrome_line,
    is_list_item,
    is_signoff,
    strip_glued_trailer,
)
from .pagedates import parse_meta_line
from .pageunits import BARE_CLOCK_RE
from .pageunits import ends_sentence as _ends_sentence


def _blocks(lines: list[str]) -> list[list[str]]:
    groups = itertools.groupby(lines, key=bool)
    return [list(group) for non_blank, group in groups if non_blank]


def _is_hard_break(line: str) -> bool:
    # A sign-off ("Enditem/AW") or a line in brackets ("(By A and B)") stands
    # alone, and a paragraph closed by an end mark ("... Monday. (END)") ends.
    return (
        bool(parse_meta_line(line))
        or is_caption(line, in_body=True)
        or end_mark(line)
        or any(end_mark(cut) for cut in strip_glued_trailer(line)[1])
        or (line[:1] == "(" and line[-1:] == ")" and len(line) < 160)
        or bool(_CUE_RE.fullmatch(line))
    )


def _is_tail_link(line: str) -> bool:
    # A factbox's items ("- A budget of 760 billion won") are the story's.
    return len(line.split()) <= 12 and not _closes_sentence(line) and not _LIST_ITEM_RE.match(line)


_LIST_ITEM_RE = re.compile(r"[-–•*]|\d+[.)] ")


def _is_label(line: str) -> bool:
    """A short line that ends no sentence: a list item or tag, never wrapped text."""
    return len(line.split()) <= 3 and not _ends_sentence(line)


def wrap_width(lines: list[str]) -> int:
    """The wrap column of a page hard-wrapped by a mail client (60 columns
    or more: RFC 5322 asks for 78), 0 if nothing was. A narrower column is
    more likely short lines of a page copied without blank lines."""
    low = _wrap_width(_blocks(lines))[0]
    return low if low >= 60 else 0


def _wrap_width(blocks: list[list[str]]) -> tuple[int, int]:
    """Bounds (low, high) of the wrap column of hard-wrapped text; (0, 0) if unwrapped.

    Lines that stop mid-sentence before another line of the same block were
    broken by the wrapper: they cluster just under the column, and
    one-paragraph-per-line text has almost none of them.
    """
    # Lines under 30 characters are menus and labels: no wrap column is that narrow.
    pairs = [
        (a, b) for blk in blocks for a, b in zip(blk, blk[1:], strict=False) if len(a) >= 30 and not _is_hard_break(a)
    ]
    cut = [(a, b) for a, b in pairs if not _ends_sentence(a)]
    if len(cut) < 3 or len(cut) < 0.4 * len(pairs):
        return 0, 0
    # After a wrap the next line mostly goes on with a small word; whole
    # paragraphs one a line (some ending without a full stop) start capitalised.
    if len(cut) >= 3 and sum(b[:1].isupper() or b[:1] in "\"“‘'" for _, b in cut) >= 0.75 * len(cut):
        return 0, 0
    lengths = sorted(len(a) for a, _ in cut)
    low = max(n for n in lengths if n <= lengths[len(lengths) // 2] * 1.3)
    if not 30 <= low <= 150 or sum(n >= 0.75 * low for n in lengths) < 0.7 * len(lengths):
        return 0, 0
    # The column is at least the longest line and less than any wrapped line
    # plus the word that did not fit after it.
    high = min((len(a) + len(b.split()[0]) for a, b in cut if len(a) >= 0.75 * low), default=low)
    return low, max(low, high)


def _joins(prev: str, nxt: str, width: tuple[int, int], whole_blocks: bool) -> bool:
    if CREDIT_LINE_RE.fullmatch(nxt) and _ends_sentence(prev):
        return True  # the photo credit under its caption
    low, high = width
    if (
        low
        and not _closes_sentence(prev)
        and len(prev) + 1 + len(nxt.split()[0]) > low
        and not end_mark(nxt)
        and parse_meta_line(nxt) is None
    ):
        return True  # the wrapper broke a sentence, a caption's included ("... on / Monday. (Yonhap)")
    if _is_hard_break(prev) or _is_hard_break(nxt) or starts_caption(nxt, strong=True):
        return False
    if nxt[:1].islower() and not _ends_sentence(prev):
        return True
    if not low:
        # Nothing was wrapped: a long line that ends a sentence ends its
        # paragraph, the blank line after it lost in the copy.
        if len(prev) >= 40 and _ends_sentence(prev) and not nxt[:1].islower():
            return False
        # A subhead (a live entry's heading) over the sentence it introduces.
        if len(prev.split()) <= 12 and len(nxt.split()) >= 8 and _ends_sentence(nxt) and not nxt[:1].islower():
            return False
        return whole_blocks and not _is_label(prev) and not _is_label(nxt)
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


def _alt_text(para: str, nxt: str) -> bool:
    """A few words that end no sentence right above a caption: the picture's
    alt text, which some browsers copy as a line of its own."""
    return (
        len(para.split()) <= 12
        and not _closes_sentence(para)
        and not is_caption(para, in_body=True)
        and is_caption(nxt, in_body=True)
    )


def _paragraphs(lines: list[str]) -> list[str]:
    blocks = _blocks(lines)
    width = _wrap_width(blocks)
    whole_blocks = sum(not _is_furniture(" ".join(b)) for b in blocks) >= 2
    paragraphs: list[str] = []
    for block in blocks:
        # Three or more whole sentences, one per line, are paragraphs that
        # lost their blank lines even when other blocks have them.
        whole = whole_blocks and not _one_per_line(block, width)
        current = [block[0]]
        for prev, nxt in zip(block, block[1:], strict=False):
            if _joins(prev, nxt, width, whole):
                current.append(nxt)
            else:
                paragraphs.append(_join(current))
                current = [nxt]
        paragraphs.append(_join(current))
    return paragraphs


def _one_per_line(block: list[str], width: tuple[int, int]) -> bool:
    """Three or more lines that are whole paragraphs, one a line: each ends a
    sentence, or (when nothing wrapped them) they are long and most do."""
    if len(block) == 2:
        # Two long lines that each end a sentence: two paragraphs copied
        # without the blank line between them, not one wrapped paragraph.
        return not width[0] and all(_ends_sentence(a) and len(a) >= 80 for a in block)
    if len(block) < 3:
        return False
    if all(_ends_sentence(a) for a in block[:-1]):
        return True
    if width[0]:
        return False
    ends = sum(_ends_sentence(a) for a in block[:-1])
    lengths = sorted(len(a) for a in block)
    return ends * 2 >= len(block) - 1 and lengths[len(lengths) // 2] >= 80


@dataclass
class Body:
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    metas: list = field(default_factory=list)
    signoffs: list[str] = field(default_factory=list)


def _name(text: str) -> list[str]:
    """ "Park Soo-bin sbpark@...": a name alone beside the address."""
    name = parse_name_line(text)
    return [name] if name else []


def _is_furniture(text: str) -> bool:
    text = re.sub(r"(?:\s*\(END\))+$", "", text)
    return (
        not text
        or is_signoff(text)
        or (len(text) < 250 and bool(COPYRIGHT_RE.search(text.lstrip("-–— "))))
        or (len(text) < 200 and is_chrome_line(text))
        or is_caption(text, in_body=True)
        or parse_meta_line(text) is not None
        # "[Sound bite: ...]", "[Anchor Lead]": a script's production cue
        or bool(_CUE_RE.fullmatch(text))
        # "12:40 PM GMT+8": a live entry's time stamp
        or bool(BARE_CLOCK_RE.fullmatch(text))
    )


_CUE_RE = re.compile(r"\[[^\[\]]{2,120}\]")


# A caption's credit glued to the next paragraph by the copy: "...on Aug. 25.
# (Yonhap)Duty-free shops ...". Split there; the parts are then sorted alone.
_GLUED_CREDIT_RE = re.compile(r"[.!?] ?\([A-Z][\w\- /]{1,30}\)(?=[A-Z“\"])")


def _unglue(paragraphs: list[str]) -> list[str]:
    out = []
    for para in paragraphs:
        start = 0
        for m in _GLUED_CREDIT_RE.finditer(para):
            out.append(para[start : m.end()])
            start = m.end()
        out.append(para[start:])
    return [p for p in out if p]


# "(By A and B)", "(Japanese original by A, Bureau)": the authors at the foot.
_FOOT_BYLINE_RE = re.compile(
    r"\((?:By|(?:\w+ )?original by|This (?:article|story|report) was (?:written|reported) by)\s+(?P<names>[^()]+?)\.?\)",
    re.I,
)
_ROLE_BEFORE_NAME_RE = re.compile(r"^.{0,60}\b(?:staff )?(?:writer|reporter|correspondent|editor)s?\s+(?=[A-Z])")
# "A is a reporter for ...", "A can be reached at ...", "A reported from Seoul":
# a note on the author.
_AUTHOR_NOTE_RE = r"(?:is (?:a|an|the)\b|can be reached\b|covers\b|writes\b|reports\b|reported from\b)"


def drop_author_notes(paragraphs: list[str], names: list[str], dropped: list[str]) -> list[str]:
    """Cut the author's note from the foot of the story: paragraphs that open
    with a byline's name and say who the author is or how to reach them."""
    note = re.compile(r"(?:{})\s{}".format("|".join(re.escape(n) for n in names), _AUTHOR_NOTE_RE), re.I)
    while paragraphs and (
        (names and note.match(paragraphs[-1])) or AUTHOR_NOTE_RE.fullmatch(paragraphs[-1]) or _is_foot(paragraphs)
    ):
        dropped.append(paragraphs.pop())
    return paragraphs


def _is_foot(paragraphs: list[str]) -> bool:
    """The story ends with a sentence: what follows its last sentence and
    ends none is the page foot (linked headlines, tags, buttons), as long as
    a sentence is left above it. A list the story introduces with a colon
    ("Here are some facts:") is the story's own."""
    run = next(i for i in range(len(paragraphs), -1, -1) if i == 0 or _closes_sentence(paragraphs[i - 1]))
    return (
        0 < run < len(paragraphs)
        and not paragraphs[run - 1].rstrip().endswith(":")
        and not _LIST_ITEM_RE.match(paragraphs[-1])
    )


def _closes_sentence(text: str) -> bool:
    # "... to keep prices stable. (Yonhap)": the credit after the full stop.
    return _ends_sentence(re.sub(r"(?<=[.!?\"”’])\s?[(\[][A-Z][\w .&'’/\-]{0,40}[)\]]$", "", text))


def _foreign_script(text: str) -> bool:
    """Letters, mostly not Latin ones ("投稿者 kenji 時刻: 19:02")."""
    letters = re.findall(r"[^\W\d_]", text)
    return bool(letters) and 2 * sum(ch.isascii() for ch in letters) <= len(letters)


def sort_body(paragraphs: list[str], *, headline: str) -> Body:
    """Story text, captions and furniture, each paragraph in one place."""
    body = Body()
    ended = closed = False
    # On a page in a Latin script a paragraph without a Latin letter is the
    # site's own furniture ("投稿者 kenji 時刻: 19:02").
    latin_page = sum(not _foreign_script(p) for p in paragraphs) * 2 > len(paragraphs)
    # A sentence closed by a bare agency credit after the story's text is
    # the republished story's last paragraph, not a caption.
    credited_tail: tuple[str, int] | None = None
    paras = _unglue(paragraphs)
    for at, para in enumerate(paras):
        if closed and BARE_CLOCK_RE.fullmatch(para):
            # A live page's next entry, under its time stamp: an entry's
            # credits close that entry, not the page.
            closed = False
        if at + 1 < len(paras) and _alt_text(para, paras[at + 1]):
            body.dropped.append(para)  # a picture's alt text copied above its caption
            continue
        if closed:
            # Under the sign-off: author boxes, link lists, the site's footer.
            if is_caption(para, in_body=True) and para not in body.captions:
                body.captions.append(para)
            elif (meta := parse_meta_line(para)) is not None:
                body.metas.append(meta)  # "First Published: ..." at the foot
                body.dropped.append(para)
            else:
                body.dropped.append(para)
            continue
        para, cut = strip_glued_trailer(para)
        body.dropped.extend(cut)
        body.signoffs.extend(cut)
        closed = any(closes_story(c) for c in cut)
        if not para:
            continue
        if end_mark(para):
            ended = True
            body.dropped.append(para)
            body.signoffs.append(para)
            continue
        if ended and is_list_item(para):
            body.dropped.append(para)  # headlines linked after the end mark
            continue
        if m := _FOOT_BYLINE_RE.fullmatch(para):
            # "(This story was written by Kyodo News staff writer A.)": the name after the role
            names = parse_byline("By " + _ROLE_BEFORE_NAME_RE.sub("", m["names"]))
            body.bylines = body.bylines or names or []
            body.dropped.append(para)
        elif latin_page and _foreign_script(para):
            body.dropped.append(para)
        elif headline and para.casefold() == headline.casefold():
            body.dropped.append(para)  # the headline again, above the text
        elif is_caption(para, in_body=True):
            para = para.rstrip(" |")  # "... (Yonhap) |": the caption's separator
            if para not in body.captions:
                body.captions.append(para)
                strong = is_strong_caption(para) or not _closes_sentence(para)
                credited_tail = None if strong else (para, len(body.paragraphs))
        elif (meta := parse_meta_line(para)) is not None:
            body.metas.append(meta)
            body.dropped.append(para)
        elif _is_furniture(para):
            body.dropped.append(para)
            body.signoffs.append(para)
            closed = closes_story(para)
            # "BY YOON DA-BIN [yoon@...]" signs off with the byline.
            bare = re.sub(r"[\[(<][^\])>]*[\])>]|\S+@\S+|,\s[^,]*\b(?:News|TV|Radio|Television)\.?$", "", para).strip()
            if not body.bylines and bare != para and (signed := parse_byline(bare) or _name(bare)):
                body.bylines = signed
        elif len(para) < 160 and (names := parse_byline(para)) is not None:
            body.bylines = body.bylines or names
            body.dropped.append(para)
            # "Author: NAME" under the story opens the author box: its bio, then the comments
            closed = bool(body.paragraphs) and bool(re.match(r"(?i)authors?\s*:", para))
        else:
            body.paragraphs.append(para)
    if credited_tail and body.paragraphs and credited_tail[1] == len(body.paragraphs):
        body.captions.remove(credited_tail[0])
        body.paragraphs.append(credited_tail[0])
    # Tags and links under the last paragraph ("Sponsor Message", "Transcript",
    # a newsletter box's "Get the day's news each morning"): no story text
    # ends without ending a sentence.
    while body.paragraphs and (_is_foot(body.paragraphs) or _is_tail_link(body.paragraphs[-1])):
        body.dropped.append(body.paragraphs.pop())
    return body
