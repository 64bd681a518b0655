"""Datelines of a pasted news page ("SEOUL, Oct. 25 (Yonhap) --", "Taipei,
Oct. 25 (CNA)", "SEOUL:") and the month names the page's date lines share.

Standard library only, so it can run outside Django; the date and time lines
are read in ``pagedates``, bylines in ``bylines``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])"
)
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


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
_NOT_DATE = rf"(?!{MONTH}\.?[ ]\d)(?!{WEEKDAY}\b)"
_DATELINE_RE = re.compile(
    rf"""
    (?P<city>{_CITY_WORD}(?:(?:[ ]|/[ ]?){_CITY_WORD})*)
    (?:,[ ]{_NOT_DATE}(?P<country>[A-Z][A-Za-z.'’\-]*(?:[ ]{_NOT_DATE}[A-Z][A-Za-z.'’\-]*){{0,3}}))?
    (?:,?[ ](?:(?P<month>{MONTH})\.?[ ](?P<day>\d{{1,2}})(?!\d)(?:,[ ]\d{{4}})?|{WEEKDAY}))?
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
    (?:,[ ](?P<month>{MONTH})\.?[ ](?P<day>\d{{1,2}})(?!\d))?
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
