"""The lines of a copied page's top, grouped into units and classified.

Lines are joined into a unit only where one obviously continues the other
(a wrapped caption, a sentence going on in lower case); each unit is then
classified: a time line, a byline, a caption, a picture credit, furniture,
an editor's note, a name with its date, or candidate text. `pageheader`
reads the header from them. Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .bylines import (
    byline_credit,
    hangul_name,
    parse_byline,
    parse_caps_names,
    parse_name_line,
    plain_names,
    split_hangul_byline,
    wire_city_credit,
)
from .captions import CREDIT_LINE_RE, ends_with_credit, is_caption, starts_caption
from .datelines import match_dateline
from .furniture import AUTHOR_NOTE_RE, COPYRIGHT_RE, is_chrome_line, is_header_chrome, is_role_line
from .pagedates import MetaLine, parse_meta_line

_TERMINAL_RE = re.compile(r"[.!?:;][\"'”’)\]]*$")
_EDNOTE_RE = re.compile(r"\((?:ATTN|EDS|EDITORS?|CORRECTS?|UPDATES?)\b.*\)", re.I)
_COMPOUND_SPLIT_RE = re.compile(r"\s*\|\s*|\s+/\s+|\s+[•·]\s+|(?<=[A-Za-z\d])·(?=\d)")
_HEADLINE_BYLINE_RE = re.compile(r"(?P<head>.{15,}?)\s+(?P<by>By\s+[A-Z].{2,60})")
_OUTLET_RE = re.compile(
    r"(?:The )?(?:[A-Z][\w.&'’]*\s){0,3}(?:Press|News|Agency|Daily|Times|Herald|Post|Journal|Service|Wire)"
)
_IMAGE_CREDIT_LINE_RE = re.compile(
    # "Getty Images", "Yonhap Photos"; "Pictures" alone is a section's name
    r"(?:[A-Z][\w.&'’\-]*\s){1,4}(?:Images|Photos?|Pictures|Pool)(?: via [A-Z][\w]+)?|Pool"
    r"|.{2,40}\bvia (?:Getty|AP|Reuters|AFP|EPA|Yonhap)\b.{0,20}",
)
_SOURCE_RE = re.compile(r"Source\s*:\s*(?P<src>[A-Z][\w.&'’ ]{1,30})", re.I)


# A clock alone ("10:41 AM MYT"), which pages set apart from the date above it.
BARE_CLOCK_RE = re.compile(r"\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,5}(?:[+-]\d{1,2})?)?")


def ends_sentence(line: str) -> bool:
    return bool(_TERMINAL_RE.search(line))


@dataclass
class Unit:
    text: str
    start: int  # index of its first line, so the body can be rebuilt from there
    kind: str = "text"  # text, meta, byline, caption, chrome, ednote, namedate
    meta: MetaLine | None = None
    names: list[str] | None = None
    credit: str = ""
    dropped: list[str] = field(default_factory=list)
    lower: bool = False  # furniture only because it starts in lower case


# "(Yonhap)" on the line under a sentence above the story: the picture's
# credit, its caption wrapped or copied without a blank line.
_BRACKET_CREDIT_RE = re.compile(r"[(\[][A-Z][\w .&'’/\-]{1,40}[)\]]")


def _raw_units(lines: list[str], wrap: int = 0) -> Iterator[Unit]:
    """Group lines conservatively: only obvious continuations are joined
    (and, on a hard-wrapped page, lines the wrapper broke at ``wrap``)."""
    cur: Unit | None = None
    last = ""
    for i, line in enumerate(lines):
        # "by Kelly Ho 10:41, 25 October 2023" starts in lower case but never
        # continues the headline above it.
        standalone = bool(line) and (
            parse_meta_line(line) or parse_byline(line) is not None or bool(re.match(r"by:?\s+[A-Z]", line))
        )
        if (
            cur is not None
            and line
            and (CREDIT_LINE_RE.fullmatch(line) or _BRACKET_CREDIT_RE.fullmatch(line))
            and ends_sentence(cur.text)
        ):
            cur.text += " " + line  # the photo credit on the line under its caption
            last = line
            continue
        if cur is not None and (not line or standalone or not _continues(cur.text, last, line, wrap)):
            yield cur
            cur = None
        if standalone:
            yield Unit(line, i)
        elif line:
            if cur is None:
                cur = Unit(line, i)
            else:
                cur.text += " " + line
            last = line
    if cur is not None:
        yield cur


def _continues(text: str, last: str, line: str, wrap: int = 0) -> bool:
    if match_dateline(line) or starts_caption(line) or ends_sentence(last):
        return False
    if wrap and len(last) + 1 + len(line.split()[0]) > wrap:
        return True  # the next word would not have fitted: the wrapper broke here
    if starts_caption(text) and not ends_with_credit(last):
        return True  # a wrapped caption
    return line[:1].islower()


class Units:
    """Units read on demand: the header is short, a body may be huge."""

    def __init__(self, lines: list[str], wrap: int = 0):
        self._source = _raw_units(lines, wrap)
        self._seen: list[Unit] = []

    def __getitem__(self, i: int) -> Unit | None:
        while len(self._seen) <= i:
            unit = next(self._source, None)
            if unit is None:
                return None
            self._seen.append(classify(unit))
        return self._seen[i]


def classify(unit: Unit) -> Unit:
    text = unit.text
    if _EDNOTE_RE.fullmatch(text):
        unit.kind = "ednote"
        return unit
    meta = parse_meta_line(text)
    if _COMPOUND_SPLIT_RE.search(text) and _compound(unit) and (unit.names or _better(unit.meta, meta)):
        # "Neha Sharma / TNN / Updated: ...", not a section "Neha Sharma / TNN";
        # "Updated ... / Original ...": each labelled time read alone
        return _agency_stamp(unit)
    if meta:
        unit.kind, unit.meta = "meta", meta
        return _agency_stamp(unit)
    if _compound(unit):
        return _agency_stamp(unit)
    names = parse_byline(text)
    if names is not None:
        unit.kind, unit.credit = "byline", byline_credit(text)
        unit.names, unit.credit = _people(names, unit.credit)
        return unit
    hangul = split_hangul_byline(text)
    if hangul and (not hangul[1] or parse_meta_line(hangul[1])):
        unit.kind, unit.names = "byline", [hangul[0]]
        unit.meta = parse_meta_line(hangul[1]) if hangul[1] else None
        return unit
    if m := _SOURCE_RE.fullmatch(text):
        unit.kind, unit.credit = "chrome", m["src"].strip()
        return unit
    if is_caption(text, in_body=False):
        unit.kind, unit.text = "caption", text.rstrip(" |")  # "... (Yonhap) |"
        return unit
    if AUTHOR_NOTE_RE.fullmatch(text):
        unit.kind = "authornote"  # "The author is a professor of ..." under the columnist's name
        return unit
    if _IMAGE_CREDIT_LINE_RE.fullmatch(text):
        unit.kind = "imagecredit"
        return unit
    if (m := _NAMES_OUTLET_RE.fullmatch(text)) and (names := plain_names(m["names"])):
        # "Rina Astuti and Budi Santoso (The Jakarta Post)"
        unit.kind, unit.names, unit.credit = "byline", names, m["outlet"]
        return unit
    # "Kim Ji-soo October 25, 2023", "By Hoang Minh October 25, 2023 | 10:41 am",
    # "by Kelly Ho 10:41, 25 October 2023": the author, then the time.
    by = re.match(r"(?i)by:?\s+", text)
    words = text[by.end() if by else 0 :].split()
    for k in (2, 3, 4):
        name, rest = " ".join(words[:k]), " ".join(words[k:])
        if re.search(r"\d{4}", rest) and parse_name_line(name) and (meta := parse_meta_line(rest)):
            unit.kind, unit.names, unit.meta = "namedate", [name], meta
            return unit
    # "By Global Times Published: Oct 25, 2023 10:41 PM": an outlet, then the time.
    if by and (m := _BY_THEN_LABEL_RE.fullmatch(text)) and (meta := parse_meta_line(m["rest"])):
        names = parse_byline(m["by"])
        if names is not None:
            unit.kind, unit.names, unit.meta, unit.credit = "byline", names, meta, byline_credit(m["by"])
            return unit
    # "Aroha Williams, Local Democracy Reporter", "Laura Chen, Asia correspondent @lchen"
    name, _, role = re.sub(r"\s+@\w+$", "", text).partition(", ")
    if role and parse_name_line(name) and is_role_line(role):
        unit.kind, unit.names = "byline", [name]
        return unit
    if m := _SYNDICATED_RE.fullmatch(text):
        unit.kind, unit.credit = "chrome", m["outlet"]  # "The Korea Herald/Asia News Network"
        return unit
    wire = wire_city_credit(text)
    if wire or _DESK_CREDIT_RE.fullmatch(text):
        unit.kind, unit.credit = "chrome", wire or text  # "Agencies", "Reuters, Seoul" in place of a byline
        return unit
    if is_header_chrome(text) or (len(text) < 250 and COPYRIGHT_RE.search(text)):
        unit.kind = "chrome"
        unit.lower = text[:1].islower() and not is_chrome_line(text)
        if _OUTLET_RE.fullmatch(text):
            unit.credit = text.removeprefix("The ")
        return unit
    caps = parse_caps_names(text)
    if caps and (" and " in text.lower() or " - " in text or "," in text):
        unit.kind, unit.names = "byline", caps
        return unit
    m = _HEADLINE_BYLINE_RE.fullmatch(text)
    if m and (names := parse_byline(m["by"])):
        unit.text, unit.names = m["head"], names
    return unit


def _agency_stamp(unit: Unit) -> Unit:
    """ "KYODO NEWS - Mar 4, 2025 - 12:30 | World": a time line that names a
    wire agency where a section goes is the agency's own stamp, so the copy
    is the agency's."""
    if unit.kind == "meta" and unit.meta is not None and not unit.credit:
        unit.credit = wire_city_credit(re.sub(r"(?i)\s+news(?: agency)?$", "", unit.meta.section))
    return unit


_BY_THEN_LABEL_RE = re.compile(r"(?P<by>.+?)\s+(?P<rest>(?i:published|updated|posted)\b.+)")
# A story shared through a syndicate names its outlet, then the network:
# the outlet is the credit.
_SYNDICATED_RE = re.compile(
    r"(?:By )?(?P<outlet>(?:The )?[A-Z][\w.&'’]*(?: [A-Z][\w.&'’]*){0,3})\s?/\s?"
    r"(?:[A-Z][\w.&'’]*\s){0,3}(?:Network|News Service|Syndicate|Wire)"
)
_DESK_CREDIT_RE = re.compile(r"(?:News )?[Aa]gencies|Wires?|Wire services")
_NAMES_OUTLET_RE = re.compile(r"(?P<names>[A-Z][^()]{3,80}?)\s*\((?P<outlet>(?:The )?[A-Z][\w.&'’ ]{1,40})\)")


_DESK_NAME_RE = re.compile(r"(?P<agency>[A-Z]{2,6})(?: [A-Z][a-z]+){1,3}")


def _people(names: list[str], credit: str) -> tuple[list[str], str]:
    """The persons among a byline's names, and the credit: an agency named as
    if it were a person ("By IANS | Bengaluru") is the credit, and so is an
    agency's desk after the author ("By A, AFP South Korea")."""
    people = []
    for name in names:
        if name == credit or re.fullmatch(r"[A-Z]{2,6}", name):
            credit = credit or name
        elif len(names) > 1 and (m := _DESK_NAME_RE.fullmatch(name)):
            credit = credit or m["agency"]
        else:
            people.append(name)
    return people, credit


_META_RANK = {"published": 0, "": 1, "updated": 2}


def _better(meta: MetaLine | None, than: MetaLine | None) -> bool:
    return meta is not None and than is not None and _META_RANK[meta.label] < _META_RANK[than.label]


def _compound(unit: Unit) -> bool:
    """ "By A | Outlet | Updated: date", "Source: X| date |Editor: Y",
    "Written by A / Date : date": parts that each are furniture, a byline
    or a time, with at least one of the last two."""
    parts = [p for p in _COMPOUND_SPLIT_RE.split(unit.text) if p]
    if len(parts) < 2 or len(unit.text) > 200:
        return False
    found = Unit(unit.text, unit.start)
    useful = False
    dated = ""  # the part that gave the time, which a clock part completes
    for part in parts:
        if found.meta and not found.meta.has_clock and BARE_CLOCK_RE.fullmatch(part):
            found.meta = parse_meta_line(f"{dated} {part}") or found.meta  # "Oct 25, 2018 / 2:07 PM"
            continue
        # "Story by Yonhap • 2h" on a portal
        written = re.match(r"(?i)(?:written|reported|posted|text|story|article|words)\s+(by\s.+)", part)
        names = parse_byline(written[1] if written else part)
        if names is None and part is parts[0] and len(parts) > 2:
            names = plain_names(part)  # "Neha Sharma / TNN / Updated: ..."
        meta = parse_meta_line(part)
        if meta and (found.meta is None or _META_RANK[meta.label] < _META_RANK[found.meta.label]):
            # "Updated ... / Original ...": the publication time wins over the update
            found.meta, useful, dated = meta, True, part
        elif meta:
            found.dropped.append(part)
        elif names is not None and found.names is None:
            found.credit = found.credit or byline_credit(written[1] if written else part)
            (found.names, found.credit), useful = _people(names, found.credit), True
        elif found.names is None and (korean := hangul_name(part)):
            found.names, useful = [korean], True  # "Photos / 황석주 / 2024-05-10 18:42:07"
        elif m := _SOURCE_RE.fullmatch(part):
            found.credit = m["src"].strip()
        elif _OUTLET_RE.fullmatch(part) or (found.names and re.fullmatch(r"[A-Z]{2,6}", part)):
            found.credit = found.credit or part.removeprefix("The ")
            found.dropped.append(part)
        elif is_header_chrome(part) or len(part.split()) <= 3:
            found.dropped.append(part)
        else:
            return False
    if not useful:
        return False
    meta = found.meta
    if found.names is None and meta and not meta.label and parse_name_line(meta.section):
        # "Jeongmin Lee | Chad O'Carroll January 14, 2024": the authors split by
        # pipes, the last one run into the day
        named = [p for p in parts if parse_name_line(p)]
        if named and all(p in found.dropped for p in named):
            found.names = [*named, meta.section]
            found.dropped = [p for p in found.dropped if p not in named]
    unit.kind = "byline" if found.names is not None else "meta"
    unit.meta, unit.names, unit.credit, unit.dropped = found.meta, found.names, found.credit, found.dropped
    if found.names is not None and not found.names and found.credit and found.meta:
        unit.kind = "meta"
    return True
