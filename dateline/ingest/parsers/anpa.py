"""IPTC 7901 and ANPA-1312 plain-text wire messages.

A message runs SOH header STX text ETX [trailer] EOT; a file may hold many.
The header carries the service and message number, the priority, the
category and the keyword (slug); the text opens with the keyword line, the
headline and any "By ..." lines, and ANPA marks paragraphs with "^" or an
indent and line ends with "<".
"""

import re
from datetime import datetime, timedelta, timezone

from . import register
from .base import BadEntry, IngestedItem, ParseError, Parser
from .text import decode_text, split_bylines, split_dateline

SOH, STX, ETX, EOT, SYN = "\x01", "\x02", "\x03", "\x04", "\x16"
PRIORITY = {"f": 1, "b": 2, "u": 3, "r": 4, "d": 5, "a": 5, "w": 6}
ZONES = {"KST": 9, "JST": 9, "GMT": 0, "UTC": 0, "UT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
         "PST": -8, "PDT": -7, "CET": 1, "CEST": 2, "BST": 1}
_SLUG = re.compile(r"^[A-Za-z]{1,4}-[A-Za-z0-9][A-Za-z0-9-]*")
_VERSION = re.compile(r"(?i)\b(\d+)(?:st|nd|rd|th)\s*(?:Ld|Lead|Add|Writethru)")
_TRAILER_TIME = re.compile(r"(?P<m>\d{1,2})-(?P<d>\d{1,2})-(?P<y>\d{2,4})\s+(?P<hm>\d{4})\s*(?P<zone>[A-Z]{1,4})?")


def _messages(text):
    if SOH not in text:
        # A bare message without control characters: the whole file.
        return [("", text, "")]
    out = []
    for chunk in text.split(SOH)[1:]:
        chunk = chunk.split(EOT, 1)[0]
        header, _, rest = chunk.partition(STX)
        if not _:
            out.append((header, None, ""))
            continue
        body, _, trailer = rest.partition(ETX)
        out.append((header, body, trailer))
    return out


def _header(header):
    tokens = header.replace(SYN, " ").split()
    info = {"service": "", "number": "", "priority": None, "category": "", "slug": ""}
    if tokens and re.fullmatch(r"[A-Za-z]*\d+", tokens[0]):
        m = re.fullmatch(r"([A-Za-z]*)(\d+)", tokens[0])
        info["service"], info["number"] = m.group(1), m.group(2)
        tokens = tokens[1:]
    for token in tokens:
        low = token.lower()
        if info["priority"] is None and (low in PRIORITY or (token.isdigit() and len(token) == 1)):
            info["priority"] = int(token) if token.isdigit() else PRIORITY[low]
        elif not info["slug"] and _SLUG.match(token):
            info["slug"] = token
        elif not info["category"] and token.isalpha() and len(token) <= 3:
            info["category"] = low
    return info


def _lines(body):
    """Text lines with ANPA's markers undone; None marks a paragraph break."""
    out = []
    for raw in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip().removesuffix("<").rstrip()
        if not line.strip():
            out.append(None)
            continue
        if line.startswith(("^", "\t", "   ")):
            out.append(None)
        out.append(line.lstrip("^\t ").strip())
    return out


def _blocks(lines):
    blocks, current = [], []
    for line in lines:
        if line is None:
            if current:
                blocks.append(" ".join(current))
            current = []
        else:
            current.append(line)
    if current:
        blocks.append(" ".join(current))
    return blocks


def _trailer_time(trailer):
    m = _TRAILER_TIME.search(trailer or "")
    if not m:
        return None
    year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
    offset = ZONES.get((m["zone"] or "UTC").upper(), 0)
    try:
        local = datetime(year, int(m["m"]), int(m["d"]), int(m["hm"][:2]), int(m["hm"][2:]))
    except ValueError:
        return None
    return local.replace(tzinfo=timezone(timedelta(hours=offset)))


@register
class AnpaParser(Parser):
    name = "anpa"
    label = "IPTC 7901 / ANPA-1312 text wire"
    priority = 40

    def sniff(self, data, filename=""):
        head = data[:64]
        return b"\x01" in head or filename.lower().endswith((".anpa", ".7901", ".ipt"))

    def parse(self, data):
        text = decode_text(data)
        out = []
        for header, body, trailer in _messages(text):
            info = _header(header)
            original = f"{info['service'] or 'wire'}:{info['slug'] or info['number']}"
            if body is None:
                out.append(BadEntry("a message without STX: no text", original))
                continue
            try:
                out.append(self.read(info, body, trailer, original))
            except ParseError as exc:
                out.append(BadEntry(str(exc), original))
        if not out:
            raise ParseError("no wire message found")
        return out

    def read(self, info, body, trailer, original):
        # The keyword line, the headline and the "By" lines are one line each,
        # whether or not the sender marked paragraphs; the text follows.
        lines = _lines(body)

        def next_line():
            while lines and lines[0] is None:
                lines.pop(0)
            return lines[0] if lines else None

        version, slug = "1", info["slug"]
        first = next_line()
        if first and _SLUG.match(first) and ("," in first or first.split()[0] == slug or not slug):
            lines.pop(0)
            slug = slug or first.split(",")[0].strip()
            found = _VERSION.search(first)
            if found:
                version = str(int(found.group(1)) + 1)
        headline = next_line()
        if not headline:
            raise ParseError("missing a headline and a body")
        lines.pop(0)
        bylines = []
        while (line := next_line()) and re.match(r"(?i)^by\s", line) and len(line) < 120:
            bylines += split_bylines(lines.pop(0))
        blocks = _blocks(lines)
        dateline, paragraphs = split_dateline(blocks)
        when = _trailer_time(trailer)
        if not info["slug"] and slug and original.endswith(":" + info["number"]):
            original = f"{info['service'] or 'wire'}:{slug}"
        return IngestedItem(
            original_id=original,
            original_version=version,
            headline=headline,
            paragraphs=paragraphs,
            markup=False,
            bylines=bylines,
            dateline_city=dateline.city.title() if dateline else "",
            dateline_country=dateline.country if dateline else "",
            dateline_agency=dateline.agency if dateline else "",
            first_created=when,
            version_created=when,
            urgency=info["priority"],
            slugline=slug,
        )
