"""The top of a copied news page: headline, byline, time, captions, up to
where the story's text begins.

Lines are grouped into units and each unit is classified (a time line, a
byline, a caption, furniture, an editor's note, or candidate text: see
`pageunits`). The story begins at the first unit that opens with a dateline,
or at the first sentence of prose. Among the candidate text units before it, the headline
is the one that reads like a headline and sits where headlines sit: next to
the byline or time line, or right before the story, with any standfirst
after it. Standard library only.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from .bylines import hangul_name, parse_caps_names, parse_name_line
from .datelines import match_dateline
from .furniture import is_role_line
from .pagedates import MetaLine
from .pageunits import BARE_CLOCK_RE, Unit, Units, ends_sentence

_HEADLINE_SUFFIX_RE = re.compile(r"\s+[|–—-]\s+(?:[A-Z][\w.&'’]*(?: [A-Z][\w.&'’]*){0,3})$")
_AGENCY_LEAD_RE = re.compile(r"By\s+(?P<agency>[A-Z][A-Za-z]{1,12}),\s+(?P<rest>.+)")
PROSE_WORDS = 12


@dataclass
class Header:
    headline: str = ""
    bylines: list[str] = field(default_factory=list)
    section: str = ""
    metas: list[tuple[MetaLine, bool]] = field(default_factory=list)  # (meta, after headline)
    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    ednote: str = ""
    dropped: list[str] = field(default_factory=list)
    body_at: int | None = None  # line index where the story's text begins
    lead_credit: str = ""  # "By IANS, Lucknow : ..." opens the lead


# ------------------------------------------------------------------ header
def _is_prose(text: str, *, after_headline: bool) -> bool:
    words = len(text.split())
    return ends_sentence(text) and (words >= PROSE_WORDS or len(text) >= 100 or (after_headline and words >= 5))


def _opens_story(unit: Unit, *, after_headline: bool) -> str | None:
    """ "dateline" or "prose" if the story's text begins at this unit."""
    if unit.kind != "text":
        return None
    if _agency_lead(unit.text):
        return "dateline"
    found = match_dateline(unit.text)
    if found and (found[0].agency or found[0].month or found[0].country or not found[1] or ends_sentence(unit.text)):
        # A bare "CITY:" opens a lead, which ends a sentence; "DIGITAL PUSH:
        # The ministry said ..." under a headline is a kicker and its
        # standfirst, "NEWSPAPER SECTION: News" a label.
        dl = found[0]
        # "EXCLUSIVE — Ministry weighs ..." is a headline with a kicker, not a
        # dateline; real datelines carry a credit or a date, or open a sentence.
        if after_headline or dl.agency or dl.month or dl.country or _is_prose(unit.text, after_headline=False):
            return "dateline"
    return "prose" if _is_prose(unit.text, after_headline=after_headline) else None


def _live_entry_stamp(unit: Unit, nxt: Unit | None, seen: list[Unit]) -> bool:
    """A clock alone ("12:40 PM GMT+8") under the page's own time line, over
    text: the stamp of a live page's newest entry, where its story begins."""
    return (
        unit.kind == "text"
        and bool(BARE_CLOCK_RE.fullmatch(unit.text))
        and nxt is not None
        and nxt.kind == "text"
        and any(u.kind in ("meta", "namedate") or (u.kind == "byline" and u.meta) for u in seen)
    )


def _agency_lead(text: str):
    m = _AGENCY_LEAD_RE.match(text)
    if m and (found := match_dateline(m["rest"], loose=True)):
        return m["agency"], found
    return None


def _next_dateline(units: Units, i: int) -> int | None:
    """Index of a dateline unit shortly after a standfirst at ``i``."""
    texts = 0
    for j in itertools.count(i + 1):
        u = units[j]
        if u is None:
            return None
        if u.kind == "text" and match_dateline(u.text):
            return j
        if u.kind != "text":
            continue
        texts += 1
        if texts > 3 or len(u.text) >= 300:
            return None
    return None  # not reached: count() has no end


def _meta_follows(units: Units, i: int) -> bool:
    """A byline or time line comes before the next sentence of prose."""
    for j in range(i + 1, i + 6):
        u = units[j]
        if u is None:
            return False
        if u.kind in ("meta", "byline", "namedate"):
            return True
        if u.kind == "text" and _is_prose(u.text, after_headline=True):
            return False
    return False


def _picture_follows(units: Units, i: int, seen: list[Unit]) -> bool:
    """A short sentence under the headline, then the lead picture's caption,
    then a longer sentence: the first is the standfirst, which pages set
    above the picture; the story's text begins under it."""
    if not any(u.kind == "text" and _is_headlike(u) for u in seen):
        return False
    j = i + 1
    while (unit := units[j]) is not None and unit.kind in ("chrome", "imagecredit"):
        j += 1
    caption, lead, standfirst = units[j], units[j + 1], units[i]
    return (
        caption is not None
        and caption.kind == "caption"
        and lead is not None
        and lead.kind == "text"
        and _is_prose(lead.text, after_headline=True)
        and standfirst is not None
        and len(lead.text.split()) > len(standfirst.text.split())
    )


_ATTRIBUTION_RE = re.compile(r"\b(?:said|says|told|according to|announced|reported)\b")
_WHEN_RE = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|this (?:morning|afternoon|evening))\b"
)


def _dated_lead_follows(units: Units, i: int, seen: list[Unit]) -> bool:
    """Right under the headline, a sentence that says no day, then a longer
    one that does ("A court in Seoul on Wednesday sentenced ..."): the first
    is the standfirst, the second the lead, which news copy dates."""
    last = next((u for u in reversed(seen) if u.kind not in ("chrome", "imagecredit")), None)
    lead, standfirst = units[i + 1], units[i]
    return (
        last is not None
        and last.kind == "text"
        and _is_headlike(last)
        and standfirst is not None
        and not _WHEN_RE.search(standfirst.text)
        # one sentence that reports nobody: a summary, not the story's first paragraph
        and not _ATTRIBUTION_RE.search(standfirst.text)
        and not re.search(r"[.!?][\"”’]?\s+[A-Z\"“]", standfirst.text)
        and lead is not None
        and lead.kind == "text"
        and _is_prose(lead.text, after_headline=True)
        and bool(_WHEN_RE.search(lead.text))
        and not match_dateline(lead.text)
        and len(lead.text) > len(standfirst.text)
    )


# A site banner or promotion: "WEATHER ALERT: ...", "BREAKING NEWS: ...", "LIVE: ...".
_BANNER_RE = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,}){0,2}:\s")


def _reads_like_text(text: str) -> bool:
    """Words in lower case, or a title-case line of five words or more."""
    return bool(re.search(r"\b[a-z]", text)) or (len(text.split()) >= 5 and bool(re.search(r"[a-z]", text)))


def _is_headlike(unit: Unit) -> bool:
    return len(unit.text.split()) >= 4 and _reads_like_text(unit.text) and not _BANNER_RE.match(unit.text)


_ASIDE = ("chrome", "caption", "imagecredit", "ednote")


def _score(units: list[Unit], i: int, body_kind: str | None) -> int:
    unit = units[i]
    text = unit.text
    words = len(text.split())
    score = 2 if words >= 4 else (1 if words == 3 else (0 if words == 2 else -5))
    if _reads_like_text(text):
        score += 2
    if not re.search(r"[a-z]", text):
        score -= 2  # an all-capitals line is a label, not a headline
    if len(text) > 200:
        score -= 5
    if _BANNER_RE.match(text):
        score -= 3
    nxt = next((u for u in units[i + 1 :] if u.kind not in _ASIDE), None)
    if nxt is None and body_kind or (nxt is not None and nxt.kind in ("meta", "byline", "namedate")):
        score += 2
    elif nxt is not None and nxt.kind == "text":
        score += 1  # a standfirst follows the headline
        after_nxt = next((u for u in units[units.index(nxt) + 1 :] if u.kind not in _ASIDE), None)
        if after_nxt is not None and after_nxt.kind in ("meta", "byline", "namedate"):
            score += 1  # the headline, its standfirst, then the byline or time
    # Bylines and times sit under the headline: text after a headline-like
    # line and its byline or time is a standfirst or a link, not the headline.
    for j in range(i):
        if units[j].kind == "text" and _is_headlike(units[j]) and any(_under_headline(u) for u in units[j + 1 : i]):
            score -= 3
            break
    if i + 1 < len(units) and units[i + 1].kind == "caption" and _dated_headline_above(units, i):
        score -= 3  # a picture's alt text over its caption, under the headline and its date
    prev = next((u for u in reversed(units[:i]) if u.kind not in ("chrome", "imagecredit")), None)
    if prev is not None and prev.kind in ("meta", "byline"):
        score += 1
    elif prev is not None and prev.kind == "text" and _is_headlike(prev):
        score -= 3  # the standfirst under a headline
    return score


def _dated_headline_above(units: list[Unit], i: int) -> bool:
    return any(
        units[j].kind == "text"
        and _is_headlike(units[j])
        and any(u.kind in ("meta", "byline", "namedate") for u in units[j + 1 : i])
        for j in range(i)
    )


def _under_headline(unit: Unit) -> bool:
    """A byline or a time line set under a headline. A bare day ("Monday,
    June 12, 2023") is also a blog's day heading above the post's title, so
    it says nothing about which line is the headline."""
    if unit.kind in ("byline", "namedate"):
        return True
    return unit.kind == "meta" and unit.meta is not None and bool(unit.meta.has_clock or unit.meta.label)


def read_header(lines: list[str], raw: list[str] | None = None, wrap: int = 0) -> Header:
    """Classify the page top; ``body_at`` says where the story begins."""
    units = Units(lines, wrap)
    seen: list[Unit] = []
    body_kind = None
    standfirst_at = None
    for i in itertools.count():
        unit = units[i]
        if unit is None:
            break
        if _live_entry_stamp(unit, units[i + 1], seen):
            # A live page: its entries, newest first, each under a time stamp.
            seen.append(unit)
            body_kind = "prose"
            break
        kind = _opens_story(unit, after_headline=any(u.kind == "text" and len(u.text.split()) >= 2 for u in seen))
        if kind == "prose" and (
            _next_dateline(units, i) is not None
            or _meta_follows(units, i)
            or _picture_follows(units, i, seen)
            or _dated_lead_follows(units, i, seen)
        ):
            kind = None  # a standfirst ending in a full stop: the dateline, byline, time or picture follows
            standfirst_at = i if standfirst_at is None else standfirst_at
        if kind:
            body_kind = kind
            break
        seen.append(unit)
        if len(seen) > 200:
            break
    if body_kind is None and standfirst_at is not None:
        # No story under the one sentence taken for a standfirst (a video
        # page's description over its date): that sentence is the story.
        seen, body_kind = seen[:standfirst_at], "prose"
    for prev, unit in zip(seen, seen[1:], strict=False):
        if prev.kind == "imagecredit" and unit.kind == "text":
            unit.kind = "caption"  # the caption printed under a credited picture
    header = Header()
    first = units[len(seen)] if body_kind else None
    if first is not None:
        header.body_at = first.start
        if lead := _agency_lead(first.text):
            header.lead_credit = lead[0]
    # Lines dropped as furniture between a unit and the story ("3 Min Read"),
    # or right above it: a reader view puts its time estimate between the
    # headline and the name ("3 min read", "Park Ji-won", the story).
    raw = raw or lines
    read_time = {
        i
        for i, u in enumerate(seen)
        if header.body_at is not None
        and any(_READ_TIME_RE.fullmatch(ln) for ln in raw[(seen[i - 1].start if i else u.start) + 1 : header.body_at])
    }
    _fill(header, seen, body_kind, read_time)
    return header


_READ_TIME_RE = re.compile(r"(?i)\d+(?:\s?[-–]\s?\d+)?\s?-?min(?:ute)?s?(?: read)?")


def _fill(header: Header, units: list[Unit], body_kind: str | None, read_time: set[int]) -> None:
    candidates = [i for i, u in enumerate(units) if u.kind == "text"]
    best = max(candidates, key=lambda i: (_score(units, i, body_kind), -i), default=None)
    if best is not None and _score(units, best, body_kind) < 0:
        best = None
    if best is None:
        # A page written all in lower case: the lower-case line right above
        # the byline or time is the headline ("why seoul's buses feel safer").
        for i, unit in enumerate(units[:-1]):
            if unit.lower and len(unit.text.split()) >= 4 and units[i + 1].kind in ("meta", "byline", "namedate"):
                unit.kind, best = "text", i
    if best is not None:
        units[best].text = re.sub(r"^#{1,6}\s+", "", units[best].text)  # a Markdown heading
        header.headline = (
            _HEADLINE_SUFFIX_RE.sub("", units[best].text) if len(units[best].text.split()) > 5 else units[best].text
        )
        header.headline = re.sub(r"^(?:LIVE|Live)(?=[A-Z][a-z])", "", header.headline)  # the live badge, glued
        if units[best].names:
            header.bylines = list(units[best].names or [])
    after = best if best is not None else -1
    loose_names: list[str] = []
    for i, unit in enumerate(units):
        if i == best:
            continue
        nxt = units[i + 1] if i + 1 < len(units) else None
        if unit.kind == "namedate":
            if i > after or re.match(r"(?i)by\b", unit.text):  # "By A DATE" may sit above the headline
                header.bylines = header.bylines or list(unit.names or [])
            if unit.meta is not None:
                header.metas.append((unit.meta, i > after))
        elif unit.kind == "meta" and unit.meta is not None:
            header.metas.append((unit.meta, i > after))
            meta = unit.meta
            if i > after and (m := _META_BY_RE.search(unit.text)):
                header.bylines = header.bylines or [m["name"]]  # "October 25, 2023 by minseo"
            if (
                i > after
                and meta.section
                and parse_name_line(meta.section)
                and ((not meta.has_clock and not meta.label) or unit.text.startswith(f"{meta.section} - "))
            ):
                # "Kim Ji-soo October 25, 2023", "Lee Sang-yong - 2023.10.25 10:41am" under
                # the headline: the author and the time (a section names a desk above it)
                header.bylines = header.bylines or [meta.section]
            elif meta.section and not header.section:
                header.section = meta.section
            _credit(header, unit)
        elif unit.kind == "byline":
            if unit.names and not header.bylines:
                header.bylines = list(unit.names)
            if unit.meta:
                header.metas.append((unit.meta, i > after))
            _credit(header, unit)
        elif unit.kind == "caption":
            if unit.text not in header.captions:
                header.captions.append(unit.text)
        elif unit.kind == "ednote":
            header.ednote = unit.text.strip("()")
            header.dropped.append(unit.text)
        elif (
            unit.kind == "text"
            and i > after
            and (name := parse_name_line(unit.text) or _caps_name(unit.text, nxt))
            and (
                (nxt is not None and nxt.kind in ("meta",))
                # the headline, the name, a read time, the story (or its picture first)
                or ((nxt is None or nxt.kind == "caption") and i == after + 1 and i in read_time)
                or (nxt is not None and is_role_line(nxt.text))
                or (nxt is not None and nxt.kind == "chrome" and "follow" in nxt.text.lower())
                or (nxt is not None and nxt.kind == "authornote")  # the columnist's name over "The author is ..."
                # "Heard on ...", the name, "4-Minute Listen"; the name, the city, the time
                or any(u.kind in ("meta", "namedate") for u in units[max(after + 1, i - 3) : i + 4])
            )
        ):
            loose_names = loose_names or [name]  # only if no line says "By"
        elif unit.kind == "chrome" and i > after and nxt is not None and nxt.kind == "meta" and hangul_name(unit.text):
            loose_names = loose_names or [unit.text]  # a Korean name alone over the time
            header.dropped.append(unit.text)
        else:
            if unit.kind == "text" and unit.text == header.headline:
                pass
            elif unit.kind == "text" and i < after and not header.section and _looks_like_section(unit.text):
                header.section = unit.text
            header.dropped.append(unit.text)
            _credit(header, unit)
        header.dropped.extend(unit.dropped)
    header.bylines = header.bylines or loose_names


def _caps_name(text: str, nxt: Unit | None) -> str | None:
    """A name in capitals alone with the time right under it ("MAI THU TRANG")."""
    names = parse_caps_names(text)
    return names[0] if names and len(names) == 1 and nxt is not None and nxt.kind == "meta" else None


_META_BY_RE = re.compile(r"\bby\s+(?P<name>[A-Za-z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})$")


def _credit(header: Header, unit: Unit) -> None:
    if unit.credit:
        header.credits.append(unit.credit)


def _looks_like_section(text: str) -> bool:
    return len(text.split()) <= 3 and bool(re.fullmatch(r"[A-Z][A-Za-z&' ]*", text))
