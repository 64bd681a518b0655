"""Recognisers for the short structured lines of a pasted news page.

Datelines, section/time lines, bylines and photo captions each come in a
handful of house styles; keeping their regular expressions here lets
``pasted`` concentrate on the page layout. Standard library only, so it can
run outside Django.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
# "(?![a-z])" stops "Mar" matching inside "Marine" and "May" inside "Mayor".
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


def month_number(name: str) -> int:
    return _MONTH_NUMBERS[name[:3].lower()]


@dataclass
class ParsedDateline:
    city: str
    country: str = ""
    month: int | None = None
    day: int | None = None
    agency: str = ""
    raw: str = ""


# ---------------------------------------------------------------- datelines
_UP = "A-ZÀ-ÖØ-Þ"
_CITY_WORD = rf"[{_UP}][{_UP}.'’\-]*"
_NOT_DATE = rf"(?!{_MONTH}\.?[ ]\d)(?!{_WEEKDAY}\b)"
_DATELINE_RE = re.compile(
    rf"""
    (?P<city>{_CITY_WORD}(?:[ ]{_CITY_WORD})*)
    (?:,[ ]{_NOT_DATE}(?P<country>[A-Z][A-Za-z.'’\-]*(?:[ ]{_NOT_DATE}[A-Z][A-Za-z.'’\-]*){{0,3}}))?
    (?:,?[ ](?:(?P<month>{_MONTH})\.?[ ](?P<day>\d{{1,2}})(?!\d)(?:,[ ]\d{{4}})?|{_WEEKDAY}))?
    (?:[ ]?\((?P<agency>[A-Za-z][A-Za-z.&'’\- ]{{0,30}})\))?
    (?P<sep>[ ]?(?:[—–]|--)|[ ][-_](?=[ ]|$))?
    """,
    re.VERBOSE,
)


def match_dateline(text: str) -> tuple[ParsedDateline, str] | None:
    """Split a leading dateline off ``text``; returns (dateline, rest) or None."""
    m = _DATELINE_RE.match(text)
    if not m:
        return None
    city, agency, sep = m["city"], m["agency"] or "", m["sep"] or ""
    if sum(ch.isupper() for ch in city) < 2:
        return None
    # A bare upper-case word ("NATO said...") is not a dateline: demand the
    # agency credit or a separator, which is what marks the end of one.
    if not agency and not sep:
        return None
    rest = text[m.end():]
    if rest and not rest[0].isspace() and sep.strip() not in ("—", "–", "--"):
        return None
    day = int(m["day"]) if m["day"] else None
    if day is not None and not 1 <= day <= 31:
        return None
    dl = ParsedDateline(
        city=city,
        country=m["country"] or "",
        month=month_number(m["month"]) if m["month"] else None,
        day=day,
        agency=agency.strip(),
        raw=m.group(0).strip(),
    )
    return dl, rest.strip()


# ------------------------------------------------------ section / time lines
_MONTH_I = f"(?i:{_MONTH})"
_DATE_RES = (
    re.compile(r"(?<!\d)(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)\.?(?:T(?=\d))?"),
    re.compile(rf"(?P<mon>{_MONTH_I})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)"),
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_I})\.?,?\s+(?P<y>\d{{4}})(?!\d)"),
)
# The look-behind keeps a "+09:00" zone offset from being read as a clock time.
_TIME_RE = re.compile(
    r"(?<![\d:+\-])(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2}(?:\.\d+)?)?(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?",
    re.I,
)
_LABEL_RE = re.compile(
    r"\b(?P<label>first\s+published|last\s+updated|last\s+modified|published|updated|"
    r"posted|modified|uploaded|input|edited)\b",
    re.I,
)
_NOISE_RE = re.compile(
    r"\b(?:on|at|date|time|local\s+time|KST|JST|GMT|UTC|BST|CET|CEST|ET|EST|EDT|PT|PST|PDT|Z)\b"
    rf"|[+-]\d{{2}}:?\d{{2}}\b|\b(?:{_WEEKDAY}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?",
    re.I,
)
_SECTION_RE = re.compile(r"[A-Z][A-Za-z&.'’/\- ]*")
_FILLER = " \t,|:;·•-–—/()[]"


@dataclass(frozen=True)
class MetaLine:
    section: str
    published: datetime
    label: str  # "published", "updated" or "" when the page did not say


@lru_cache(maxsize=2048)  # the parser asks about the same lines several times
def parse_meta_line(line: str) -> MetaLine | None:
    """Read "North Korea 17:40 October 28, 2021"-style lines, else None."""
    if len(line) > 120 or not re.search(r"\d{4}", line):
        return None  # every accepted date format carries a four-digit year
    spans: list[tuple[int, int]] = []
    date = None
    for rx in _DATE_RES:
        for m in rx.finditer(line):
            spans.append(m.span())
            if date is None or m.start() < date.start():
                date = m
    if date is None:
        return None
    clock = None
    for m in _TIME_RE.finditer(line):
        if not any(s <= m.start() < e for s, e in spans):
            clock = clock or m
            spans.append(m.span())
    label_match = _LABEL_RE.search(line)
    spans += [m.span() for m in _LABEL_RE.finditer(line)]
    spans += [m.span() for m in _NOISE_RE.finditer(line)]

    marked = list(line)
    for s, e in spans:
        marked[s:e] = ["\0"] * (e - s)
    parts = [p.strip(_FILLER) for p in "".join(marked).split("\0")]
    # Only a prefix may remain: any words after the date mean this is a
    # sentence or headline that merely mentions a date.
    if any(parts[1:]):
        return None
    section = parts[0]
    if section:
        if clock is None and label_match is None:
            return None
        if not _SECTION_RE.fullmatch(section) or len(section.split()) > 5:
            return None

    y, d = int(date["y"]), int(date["d"])
    mon = month_number(date["mon"]) if "mon" in date.groupdict() else int(date["m"])
    hour = minute = 0
    if clock is not None:
        hour, minute = int(clock["h"]), int(clock["mi"])
        ampm = (clock["ap"] or "").lower()
        if ampm == "p" and hour < 12:
            hour += 12
        elif ampm == "a" and hour == 12:
            hour = 0
    try:
        when = datetime(y, mon, d, hour, minute)
    except ValueError:
        return None
    label = label_match["label"].lower().split()[-1] if label_match else ""
    label = "updated" if label in ("updated", "modified", "edited") else ("published" if label else "")
    return MetaLine(section=section, published=when, label=label)


# ------------------------------------------------------------------ bylines
_BYLINE_RE = re.compile(r"(?i:by)\s+(?P<names>.+)")
_NAME_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_TITLE_WORDS = {
    "the", "staff", "reporter", "reporters", "writer", "writers", "correspondent",
    "correspondents", "editor", "editors", "bureau", "chief", "senior", "contributor",
    "contributing", "columnist", "associated", "press", "news", "agency", "desk",
    "team", "special", "international", "political", "diplomatic", "national",
    "sports", "business", "economic", "economics", "science", "tech", "technology",
    "white", "house", "medical", "legal", "affairs", "global", "foreign", "defense",
    "yonhap", "reuters", "ap", "afp", "kyodo", "xinhua", "dpa", "efe", "ansa",
}
# One of these anywhere marks a title or an outlet ("The Korea Herald", "AP
# Diplomatic Writer"), never a person's name.
_TITLE_MARKERS = {
    "the", "staff", "reporter", "reporters", "writer", "writers", "correspondent",
    "correspondents", "editor", "editors", "columnist", "contributor", "press", "news",
    "agency", "bureau", "post", "times", "journal", "herald", "daily",
}
_PARTICLES = {"van", "von", "de", "der", "den", "da", "dos", "du", "del", "la", "le", "bin", "al", "ibn", "ter"}
_NAME_WORD_RE = re.compile(r"[A-ZÀ-Þ][\w.'’\-]*")


def parse_byline(line: str) -> list[str] | None:
    """Names from a "By A, B and C, Staff Reporters" line; None if not a byline.

    An empty list means a byline that only carries a title ("By Staff
    Reporter"), which the caller can drop like chrome.
    """
    m = _BYLINE_RE.fullmatch(line)
    if not m or len(line) > 160:
        return None
    names_text = re.sub(r"\([^()]*\)|\S+@\S+", " ", m["names"])
    names_text = names_text.split(" | ")[0].strip(" ,;")
    names: list[str] = []
    for part in _NAME_SPLIT_RE.split(names_text):
        part = re.sub(r"\s+in\s+[A-Z][\w .'’\-]*$", "", part.strip())
        words = part.split()
        if not words:
            continue
        lowered = {w.lower().strip(".") for w in words}
        title_case = all(w[:1].isupper() or w in ("the", "of", "for") for w in words)
        if lowered <= _TITLE_WORDS or (title_case and lowered & _TITLE_MARKERS):
            continue
        if len(words) > 5 or any(ch.isdigit() for ch in part):
            return None
        if not all(w.lower() in _PARTICLES or _NAME_WORD_RE.fullmatch(w) for w in words):
            return None
        names.append(part)
    return names


# ----------------------------------------------------------------- captions
_CAPTION_START_RE = re.compile(
    r"\(?(?:(?:In )?(?:this|these)\s+(?:[\w,.'’-]+\s+){0,4}?"
    r"(?:photos?|images?|pictures?|screenshots?|screen grabs?|graphics?)\b"
    r"|Photos?\s*(?::|by\b|courtesy\b|credit\b)|Image\s*:|File photo\b|Pictured\s*:)",
    re.I,
)
_STRONG_CAPTION_START_RE = re.compile(
    r"\(?(?:(?:In )?this (?:file |undated |handout )?photo\b|Photo\s*:|Photo courtesy\b)", re.I
)
_CREDIT_END_RE = re.compile(
    r"\((?:[^()]*\b(?:Yonhap|AP Photo|Photo|photo|Xinhua|EPA|AFP|Reuters|REUTERS|Kyodo|"
    r"Getty|courtesy|Courtesy|pool|Pool|handout|Handout|Newsis|News1)\b[^()]*)\)\.?$"
    r"|\b(?:REUTERS|AFP|EPA|Getty Images)/[^\s/][^/]*$"
)
_STRONG_CREDIT_END_RE = re.compile(
    r"\((?:Yonhap|Yonhap photo|[^()]*\bAP Photo\b[^()]*|Photo courtesy[^()]*|[^()]*[-/]Yonhap)\)\.?$"
)


def starts_caption(text: str, *, strong: bool = False) -> bool:
    return bool((_STRONG_CAPTION_START_RE if strong else _CAPTION_START_RE).match(text))


def ends_with_credit(text: str) -> bool:
    return bool(_CREDIT_END_RE.search(text))


def is_caption(text: str, *, in_body: bool) -> bool:
    # Body paragraphs are held to stricter tests: losing a real paragraph to
    # the caption list is worse than keeping an odd caption in the body.
    if in_body:
        return starts_caption(text, strong=True) or bool(_STRONG_CREDIT_END_RE.search(text))
    return starts_caption(text) or ends_with_credit(text)
