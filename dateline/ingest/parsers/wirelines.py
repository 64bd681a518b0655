"""Datelines and bylines as wires write them.

`match_wire_dateline` finds a dateline opening a text ("Berlin (dpa) -"),
`place_parts` splits its place into city and country, `byline_names` reads
the names out of a byline ("By Jane Doe and John Roe, AP").
"""

from __future__ import annotations

import re

# A dateline the way wires write one: place, then the agency's credit in
# brackets, then a dash, EFE's with a full stop before it ("Berlin (dpa) -",
# "Tegucigalpa, Jan 2 (EFE).-", "SEOUL, Oct. 25 (Reuters) -",
# "CHATHAM, Mass. (AP) _"); or the credit first ("(ANSA) - ROMA, 1 LUG -").
_AGENCY = r"[A-Za-z][A-Za-z0-9./&'’ -]{0,28}[A-Za-z.]|[A-Za-z]{1,3}"
_DASH = r"(?:--|[-–—_])"
_PLACE_FIRST = re.compile(
    rf"^(?P<place>(?:[^\s()\-–—_][^()\n]{{0,70}}?)?)\s*\((?P<agency>{_AGENCY})\)\.?\s*{_DASH}(?=\s|$)\s*"
)
_CREDIT_FIRST = re.compile(
    rf"^\((?P<agency>{_AGENCY})\)\s*{_DASH}\s+(?P<place>[^\n()\-–—]{{1,40}}?)\s+{_DASH}(?=\s|$)\s*"
)


def match_wire_dateline(text: str) -> tuple[str, str, str, str] | None:
    """(dateline as written, place, agency, rest of the text) or None."""
    if "(" not in text[:100]:
        return None
    for pattern in (_CREDIT_FIRST, _PLACE_FIRST):
        found = pattern.match(text)
        if not found:
            continue
        place = found["place"].strip()
        if len(place.split()) > 8 or (place and not (place[0].isupper() or place[0].isdigit())):
            continue
        return found.group(0).strip(), place, found["agency"].strip(), text[found.end() :]
    return None


_MONTH_START = re.compile(r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)")


def place_parts(place: str) -> tuple[str, str]:
    """A dateline's place as (city, country or state): "GROSSETO, Italy" ->
    ("Grosseto", "Italy"); a date in it ("SEOUL, Oct. 25", "Jan 30") is not a place."""
    parts = [p.strip() for p in (place or "").split(",") if p.strip()]
    parts = [p for p in parts if not any(ch.isdigit() for ch in p) and not _MONTH_START.match(p)]
    if not parts:
        return "", ""
    city = parts[0].title() if parts[0].isupper() else parts[0]
    return city, parts[1] if len(parts) > 1 else ""


def byline_names(line: str) -> list[str]:
    text = re.sub(r"(?i)^\s*(?:by|von|par|por|af|av)\s+", "", line or "").strip().rstrip("=").strip()
    # "..., dpa" / "..., AP Sports Writer": the credit after the names is not a name.
    text = re.sub(r",\s*(?:dpa|AP|Reuters|AFP|Yonhap|ANSA|The [\w ]+|[\w ]*(?:Writer|Correspondent))\s*$", "", text)
    names = re.split(r"\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|&)\s*", text)
    return [n.strip() for n in names if n.strip() and len(n.split()) <= 5]
