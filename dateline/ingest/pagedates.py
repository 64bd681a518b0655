"""Section and time lines of a pasted news page ("North Korea 17:40 October
28, 2021", "Published : Oct. 25, 2023 - 10:41"): the date a page was published.

Standard library only, so it can run outside Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from .datelines import MONTH, WEEKDAY, month_number

_MONTH_I = f"(?i:{MONTH})"
_DATE_RES = (
    re.compile(r"(?<!\d)(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)\.?(?:T(?=\d))?"),
    re.compile(rf"(?P<mon>{_MONTH_I})(?:\.\s*|\s+)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<y>\d{{4}})(?!\d)"),
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_I})\.?(?:\s?,\s?|\s+)(?P<y>\d{{4}})(?!\d)"),
    # US style, month first ("08/09/2023", "Thu, 06/29/2023 - 07:55").
    re.compile(r"(?<![\d./])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})(?!\d)"),
    # Japanese, Chinese and Korean ("2023年10月25日水曜日", "2023년 10월 25일").
    re.compile(
        r"(?P<y>\d{4})\s?[年년]\s?(?P<m>\d{1,2})\s?[月월]\s?(?P<d>\d{1,2})\s?[日일](?:[月火水木金土日]曜日|\s?[월화수목금토일]요일)?"
    ),
)
# The look-behind keeps a "+09:00" zone offset from being read as a clock time.
_TIME_RE = re.compile(
    r"(?<![\d:+\-])(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2}(?:\.\d+)?)?(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?",
    re.I,
)
_LABEL_RE = re.compile(
    r"\b(?P<label>first\s+published|last\s+updated|last\s+modified|published|updated?|original|"
    r"posted|modified|uploaded|input|edited|write|written|submitted|date)\b|(?P<ko>승인|입력|수정|등록)",
    re.I,
)
_ZONES = r"UK|MYT|GST|PHT|ICT|NZST|NZDT|AWST|KST|JST|GMT|UTC|BST|CET|CEST|ET|EST|EDT|PT|PST|PDT|IST|HKT|SGT|AEST|AEDT|CST|WIB|Z"
_NOISE_RE = re.compile(
    rf"\b(?:on|at|by\s+[a-z][\w.]*|local\s+time|(?:{_ZONES})(?:[+-]\d{{1,2}}(?::?\d{{2}})?)?)\b"
    rf"|[+-]\d{{2}}:?\d{{2}}\b|\b(?:{WEEKDAY}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?"
    r"|\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?)\s+read\b"
    r"|\b\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b"
    r"|\bpage\s?[A-Z]?\d{1,3}\b",
    re.I,
)
_SECTION_RE = re.compile(r"[A-Z][A-Za-z&.'’/\- ]*")
_FILLER = " \t,|:;·•-–—/()[]»›"
# "November 1, 202310:41 AM": the year and the clock glued by a page layout.
_GLUED_CLOCK_RE = re.compile(r"((?:,|\.)\s*\d{4})(\d{1,2}:\d{2})")
# "10.41 BST", "9.41am": a dotted clock, only with a zone or am/pm after it.
_DOTTED_CLOCK_RE = re.compile(rf"(?<![\d.])(\d{{1,2}})\.(\d{{2}})(?=\s*(?:[ap]\.?m\b|(?:{_ZONES})\b))", re.I)


@dataclass(frozen=True)
class MetaLine:
    section: str
    published: datetime
    label: str  # "published", "updated" or "" when the page did not say
    has_clock: bool = True


@lru_cache(maxsize=2048)  # the parser asks about the same lines several times
def parse_meta_line(line: str) -> MetaLine | None:
    """Read "North Korea 17:40 October 28, 2021"-style lines, else None."""
    if len(line) > 160 or not re.search(r"\d{4}", line):
        return None  # every accepted date format carries a four-digit year
    line = _DOTTED_CLOCK_RE.sub(r"\1:\2", _GLUED_CLOCK_RE.sub(r"\1 \2", line))
    line = re.sub(r"(?<=\d)(?=[A-Z][a-z])", " ", line)  # "GMT+9Updated"
    # "October 25, 2023 (Mainichi Japan)": the outlet in brackets after the date
    line = re.sub(r"(?<=\d)\s*\((?:The )?[A-Z][\w.&'’ ]{1,30}\)$", "", line)
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
    section = parts[0]
    after = [p for p in parts[1:] if p]
    if after and label_match and not section and len(after) == 1 and re.fullmatch(r"[A-Z][A-Z&/\- ]{1,30}", after[0]):
        section = after[0]  # "date 2017-08-21 ENTERTAINMENT": the section after a labelled date
    elif after:
        return None
    if re.match(r"(?i)by\b", section):
        return None  # "By Hoang Minh October 25, 2023": a byline with its date
    if section:
        # Without a clock or a label only a short capitalised name may lead
        # ("Industry Aug. 28, 2023"); a sentence or headline merely mentions a date.
        if (
            clock is None
            and label_match is None
            and not re.fullmatch(r"[A-Z][\w&'’\-]*(?: [A-Z][\w&'’\-]*){0,2}", section)
        ):
            return None
        if not _SECTION_RE.fullmatch(section) or len(section.split()) > 5:
            return None

    y, d = int(date["y"]), int(date["d"])
    mon = month_number(date["mon"]) if "mon" in date.groupdict() else int(date["m"])
    if mon > 12 >= d:
        mon, d = d, mon  # "25/10/2023": day first after all
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
    label = ""
    if label_match:
        word = (label_match["label"] or label_match["ko"]).lower().split()[-1]
        label = "updated" if word in ("updated", "update", "modified", "edited", "수정") else "published"
    return MetaLine(section=section, published=when, label=label, has_clock=clock is not None)
