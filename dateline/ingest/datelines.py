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
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
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
_CITY_WORD = rf"[{_UP}][{_UP}.'’\-]*(?![a-zß-ÿ])"
_NOT_DATE = rf"(?!{_MONTH}\.?[ ]\d)(?!{_WEEKDAY}\b)"
_DATELINE_RE = re.compile(
    rf"""
    (?P<city>{_CITY_WORD}(?:(?:[ ]|/[ ]?){_CITY_WORD})*)
    (?:,[ ]{_NOT_DATE}(?P<country>[A-Z][A-Za-z.'’\-]*(?:[ ]{_NOT_DATE}[A-Z][A-Za-z.'’\-]*){{0,3}}))?
    (?:,?[ ](?:(?P<month>{_MONTH})\.?[ ](?P<day>\d{{1,2}})(?!\d)(?:,[ ]\d{{4}})?|{_WEEKDAY}))?
    (?:[ ]?\((?P<agency>[A-Za-z][A-Za-z.&'’\- ]{{0,30}})\))?
    (?P<sep>[ ]?(?:[—–:]|--)|[ ][-_](?=[ ]|$))?
    """,
    re.VERBOSE,
)
# Some outlets write the city in title case ("Seoul, March 25 (IANS)",
# "Seoul, May 3:", "Seoul (AFP) –"); that is only a dateline with a date or
# a credit after it, or a separator, never a bare capitalised word.
_TITLE_DATELINE_RE = re.compile(
    rf"""
    (?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})
    (?:[ ]\[(?P<country>[A-Z][A-Za-z ]{{1,30}})\])?
    (?:,[ ](?P<month>{_MONTH})\.?[ ](?P<day>\d{{1,2}})(?!\d))?
    (?:[ ]?\((?P<agency>[A-Za-z][A-Za-z.&'’\- ]{{0,30}})\)|[ ](?P<network>[A-Z]{{2,5}})(?=[ ]?[—–]|[ ]--))?
    (?P<sep>[ ]?(?:[—–:]|--)|[ ][-_](?=[ ]))?
    """,
    re.VERBOSE,
)
_TEXT_START_RE = re.compile(r"[\"'“‘(\[]?[A-Z0-9가-힣]")


def match_dateline(text: str, *, loose: bool = False) -> tuple[ParsedDateline, str] | None:
    """Split a leading dateline off ``text``; returns (dateline, rest) or None.

    ``loose`` accepts a title-case city with only a separator ("Lucknow :"),
    for a lead that an agency byline already opened ("By IANS, Lucknow : ...").
    """
    found = _match_caps(text)
    if found is None:
        found = _match_title(text, loose=loose)
    if found is None and (m := _AGENCY_ONLY_RE.match(text)):
        # "(Bloomberg) -- South Korea's ...": the credit without a city
        found = ParsedDateline(city="", agency=m["agency"], raw=m.group(0).strip()), text[m.end() :].strip()
    return found


_AGENCY_ONLY_RE = re.compile(r"\((?P<agency>[A-Z][\w.&'’]*(?: [A-Z][\w.&'’]*){0,2})\)\s?(?:--|—|–|-)\s(?=[A-Z\"“])")


def _finish(m: re.Match, text: str, *, country: str = "") -> tuple[ParsedDateline, str] | None:
    agency, sep = m["agency"] or m.groupdict().get("network") or "", (m["sep"] or "").strip()
    rest = text[m.end() :]
    if rest and not rest[0].isspace():
        # Glued text ("(Xinhua)--A new", "SEOUL—The", "(Yonhap)North") is only
        # a dateline after a dash or a credit.
        if sep not in ("—", "–", "--") and not (agency and not sep):
            return None
    rest = rest.strip()
    if rest and not _TEXT_START_RE.match(rest):
        return None  # "Seoul, Oct. 28 (Yonhap) -- a lower-case ..." is a sentence
    day = int(m["day"]) if m["day"] else None
    if day is not None and not 1 <= day <= 31:
        return None
    dl = ParsedDateline(
        city=m["city"],
        country=country,
        month=month_number(m["month"]) if m["month"] else None,
        day=day,
        agency=agency.strip(),
        raw=m.group(0).strip(),
    )
    return dl, rest


def _match_caps(text: str):
    m = _DATELINE_RE.match(text)
    if not m or sum(ch.isupper() for ch in m["city"]) < 2:
        return None
    # A bare upper-case word ("NATO said...") is not a dateline: demand the
    # agency credit or a separator, which is what marks the end of one.
    if not m["agency"] and not m["sep"]:
        return None
    return _finish(m, text, country=m["country"] or "")


def _match_title(text: str, *, loose: bool):
    m = _TITLE_DATELINE_RE.match(text)
    if not m or m["city"].isupper():
        return None
    if not (m["month"] or m["agency"] or m["network"]) and not (loose and m["sep"]):
        return None
    if not (m["agency"] or m["network"]) and not m["sep"]:
        return None
    return _finish(m, text, country=m["country"] or "")


# ------------------------------------------------------ section / time lines
_MONTH_I = f"(?i:{_MONTH})"
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
    rf"|[+-]\d{{2}}:?\d{{2}}\b|\b(?:{_WEEKDAY}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?"
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


# ------------------------------------------------------------------ bylines
_BYLINE_RE = re.compile(r"(?:(?i:by):?\s+|(?i:reporters?|writers?|written by|author)\s*:\s*)(?P<names>.+)")
_NAME_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_TITLE_WORDS = {
    "the",
    "staff",
    "reporter",
    "reporters",
    "writer",
    "writers",
    "correspondent",
    "correspondents",
    "editor",
    "editors",
    "bureau",
    "chief",
    "senior",
    "contributor",
    "contributing",
    "columnist",
    "associated",
    "press",
    "news",
    "agency",
    "desk",
    "team",
    "special",
    "international",
    "political",
    "diplomatic",
    "national",
    "sports",
    "business",
    "economic",
    "economics",
    "science",
    "tech",
    "technology",
    "white",
    "house",
    "medical",
    "legal",
    "affairs",
    "global",
    "foreign",
    "defense",
    "yonhap",
    "reuters",
    "ap",
    "afp",
    "kyodo",
    "xinhua",
    "dpa",
    "efe",
    "ansa",
}
# One of these anywhere marks a title or an outlet ("The Korea Herald", "AP
# Diplomatic Writer"), never a person's name.
_TITLE_MARKERS = {
    "the",
    "staff",
    "reporter",
    "reporters",
    "writer",
    "writers",
    "correspondent",
    "correspondents",
    "editor",
    "editors",
    "columnist",
    "contributor",
    "press",
    "news",
    "agency",
    "bureau",
    "post",
    "times",
    "journal",
    "herald",
    "daily",
}
_TRAILING_OUTLET_RE = re.compile(
    r"(?<=\S)\s+(?:The\s)?(?:[A-Z](?:[a-z][\w&.]*|[A-Z]{0,2})\s){0,2}(?:Press|News|Agency|Times|Herald|Post|Journal|Daily)$"
)
_BYLINE_OUTLET_RE = re.compile(
    r"(?:The )?(?:[A-Z][\w.&'’]*\s){0,3}(?:News|Times|Post|Herald|Daily|Journal|Agency|Press|Wire)"
)
_TRAILING_TITLE_RE = re.compile(
    r"(?<=\S)\s+(?:(?:Senior|Staff|Chief|Special|Contributing)\s)?(?:Writer|Reporter|Correspondent|Editor|Columnist)s?$"
)
_PARTICLES = {"van", "von", "de", "dela", "der", "den", "da", "dos", "du", "del", "la", "le", "bin", "al", "ibn", "ter"}
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
    # "By A | Outlet | date", "By IAN HARRISON - Associated Press"
    names_text = re.split(r" [|/] | - ", names_text)[0].strip(" ,;")
    # "By KIM TONG-HYUNG Associated Press": the outlet right after the names
    if (m := _TRAILING_OUTLET_RE.search(names_text)) and len(names_text[: m.start()].split()) >= 2:
        names_text = names_text[: m.start()]
    if (m := _TRAILING_TITLE_RE.search(names_text)) and len(names_text[: m.start()].split()) >= 2:
        names_text = names_text[: m.start()]
    names: list[str] = []
    for part in _NAME_SPLIT_RE.split(names_text):
        part = re.sub(r"\s+in\s+[A-Z][\w .'’\-]*$", "", part.strip())
        # "Reporter Lee Ji-hoon", "Staff Writer Ana Ruiz": the title before the name
        part = re.sub(
            r"^(?:(?:Senior|Staff|Chief|Special)\s)?(?:Reporter|Writer|Correspondent|Editor)\s+(?=[A-Z])", "", part
        )
        words = part.split()
        if not words:
            continue
        lowered = {w.lower().strip(".") for w in words}
        title_case = all(w[:1].isupper() or w in ("the", "of", "for") for w in words)
        if (
            lowered <= _TITLE_WORDS
            or (title_case and lowered & _TITLE_MARKERS)
            or (names and len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", words[0]))
        ):
            continue
        if len(words) > 5 or any(ch.isdigit() for ch in part):
            return None
        if not all(w.lower() in _PARTICLES or _NAME_WORD_RE.fullmatch(w) for w in words):
            return None
        names.append(part)
    return names


def byline_credit(line: str) -> str:
    """The outlet of a byline that names an organisation, not a person
    ("By Yonhap", "by Kyodo", "By IAN HARRISON - Associated Press")."""
    m = _BYLINE_RE.fullmatch(line)
    if not m:
        return ""
    parts = [p.strip(" ,;") for p in re.split(r" [|/] | - ", m["names"])]
    # "By: A - Reporter / @handle": a title is no outlet
    parts = parts[:1] + [p for p in parts[1:] if p and not {w.lower() for w in p.split()} <= _TITLE_WORDS]
    names = parse_byline(line)
    # "By Yonhap", "By AFP - Agence France Presse": the agency's own name first
    if (len(parts) == 1 or names == []) and re.fullmatch(r"[A-Z][A-Za-z]+|[A-Z]{2,6}", parts[0]):
        return parts[0]
    for seg in re.split(r",\s*", parts[0])[1:]:
        if names and _BYLINE_OUTLET_RE.fullmatch(seg):
            return seg  # "By Lin Ko, Taiwan News, Staff Writer"
    last = re.split(r",\s*", parts[0])[-1]
    if names and last != parts[0] and re.fullmatch(r"[A-Z]{2,6}", last):
        return last  # "By A and B, CNN"
    if (
        names == []
        and re.fullmatch(r"[A-Z][\w.&'’]*(?: [A-Z][\w.&'’]*){1,3}", parts[0])
        and not {w.lower() for w in parts[0].split()} <= _TITLE_WORDS
    ):
        return parts[0]  # "By VOA News"
    if len(parts) > 1 and re.fullmatch(r"[A-Z][\w.&'’ ]{1,40}", parts[1]) and len(parts[1].split()) <= 4:
        return parts[1]
    return ""


def plain_names(text: str) -> list[str] | None:
    """Names without "By", each a plain personal name: "A and B", "A, B and C"."""
    names = parse_byline("By " + text)
    if names and all(parse_name_line(n) for n in names):
        return names
    return None


def wire_city_credit(text: str) -> str:
    """ "Reuters, Seoul": a wire agency and the city, in place of a byline."""
    m = re.fullmatch(r"(?P<agency>[A-Za-z]{2,8})(?:,? (?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)?", text)
    if not m or m["agency"].lower() not in _WIRE_AGENCIES:
        return ""  # "KYODO" alone under the headline, "IANS New Delhi": the agency as byline
    return m["agency"].title() if m["agency"].isupper() and len(m["agency"]) > 4 else m["agency"]


_WIRE_AGENCIES = {"reuters", "ap", "afp", "yonhap", "kyodo", "xinhua", "dpa", "efe", "ansa", "bloomberg", "ians", "pti"}


_CAPS_NAME = r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){1,3}"
_CAPS_NAMES_RE = re.compile(
    rf"(?P<names>{_CAPS_NAME}(?:(?:, | and | AND ){_CAPS_NAME})*)(?: - (?P<outlet>.+)|, (?P<title>[^,]{{2,40}}))?"
)
_NAME_LINE_RE = re.compile(
    r"(?P<name>[A-Z][a-z'’]+(?:-[a-z]+)?(?: [A-Z][a-z'’]+(?:-[a-zA-Z]+)?){1,2})(?: in [A-Z][\w .'’\-]{1,30})?"
)
_HANGUL_BYLINE_RE = re.compile(r"(?P<name>[가-힣]{2,4})\s*(?:기자|특파원|記者)")


def parse_caps_names(line: str) -> list[str] | None:
    """An all-capitals byline without "By" ("HYUNG-JIN KIM and MARI YAMAGUCHI");
    the caller decides from the layout whether such a line is a byline."""
    m = _CAPS_NAMES_RE.fullmatch(line)
    if not m or len(line) > 120:
        return None
    if m["title"] and not re.search(r"(?i)\b(?:writer|reporter|correspondent|editor|staff)\b", m["title"]):
        return None
    if {w.lower() for w in m["names"].split()} & _TITLE_MARKERS:
        return None  # "KYODO NEWS - 3 hours ago": an outlet, no one's name
    return [n for n in re.split(r", | and | AND ", m["names"]) if n]


def parse_name_line(line: str) -> str | None:
    """A line that is only a person's name ("Jean Mackay", "Justin Mercer in
    Tokyo"): a byline when the layout puts it next to a date or a role."""
    m = _NAME_LINE_RE.fullmatch(line)
    if not m:
        return None
    words = {w.lower() for w in m["name"].split()}
    return None if words & (_TITLE_MARKERS | _TITLE_WORDS) else m["name"]


def split_hangul_byline(line: str) -> tuple[str, str] | None:
    """ "2023.10.25 09:41 김은서 기자" -> ("김은서", "2023.10.25 09:41")."""
    m = _HANGUL_BYLINE_RE.search(line)
    if not m:
        return None
    return m["name"], (line[: m.start()] + line[m.end() :]).strip(" |·•/")
