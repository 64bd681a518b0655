"""IPTC 7901 and ANPA-1312 plain-text wire messages.

A message runs SOH header STX text ETX [trailer] EOT; a file may hold many.
The header carries the service and message number, the priority, the
category and the keyword (slug); the text opens with the keyword line, the
headline and any "By ..." lines, and ANPA marks paragraphs with "^" or an
indent and line ends with "<".
"""

import re
from datetime import datetime, timedelta, timezone
from typing import Any

from . import register, wiretext
from .base import BadEntry, IngestedItem, Parsed, ParseError, Parser, unreadable
from .text import read_text
from .wirelines import byline_names, place_parts

SOH, STX, ETX, EOT, SYN = "\x01", "\x02", "\x03", "\x04", "\x16"
PRIORITY = {"f": 1, "b": 2, "u": 3, "r": 4, "d": 5, "a": 5, "w": 6}
ZONES = {
    "KST": 9,
    "JST": 9,
    "GMT": 0,
    "UTC": 0,
    "UT": 0,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "PST": -8,
    "PDT": -7,
    "CET": 1,
    "CEST": 2,
    "BST": 1,
}
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


_TAKE = re.compile(r"^(?:\d+(?:ST|ND|RD|TH)\s+)?[A-Z][A-Z0-9 -]*$")
_NTH = re.compile(r"(?i)^(\d+)(?:st|nd|rd|th)\b")
_URGENT = re.compile(r"(?i)\b(?:flash|bulletin|alert|newsalert|urgent|eil|blitz)\b")
# IPTC 7901's closing line: day, hour, minute, optional zone, month, year ("212101 GMT Nov 18").
_SENT_7901 = re.compile(
    r"(?P<d>\d{2})(?P<h>\d{2})(?P<mi>\d{2})\s+(?:(?P<zone>[A-Z]{1,4})\s+)?"
    r"(?P<mon>[A-Z][a-zä]{2})\s+(?P<y>\d{2,4})"
)
_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), start=1)}
# German services (dpa) write the month in German.
_MONTHS.update({"Mär": 3, "Mrz": 3, "Mai": 5, "Okt": 10, "Dez": 12})


def _header(header):
    """The header fields, where IPTC 7901 and ANPA-1312 place them.

    7901: "eca0124 3 i 93  dpa 1888" (service and message number, priority,
    category, word count, optional information), the keyword on the lines
    before STX. ANPA-1312: selector and number, then "r a" (priority,
    category), then after DC3/DC1 the keyword, version, reference and word count.
    """
    info = {
        "service": "",
        "number": "",
        "priority": None,
        "category": "",
        "slug": "",
        "version": "",
        "words": None,
        "optional": "",
    }
    text = header.replace(SYN, "")
    if any(dc in text for dc in "\x11\x12\x13\x14"):  # ANPA-1312: device controls before the keyword
        before, _, after = re.sub("[\x11\x12\x14]", "\x13", text).partition("\x13")
        lines = [line for line in before.replace("\x1f", "\n").split("\n") if line.strip()]
        first = lines[0].split() if lines else []
        if first:
            found = re.fullmatch(r"([A-Za-z]*)(\d+)", first[0])
            info["service"], info["number"] = (found.group(1), found.group(2)) if found else (first[0], "")
        codes = lines[-1].split() if len(lines) > 1 else []
        if codes and codes[0].lower() in PRIORITY:
            info["priority"] = PRIORITY[codes[0].lower()]
        if len(codes) > 1:
            info["category"] = codes[1].lower()
        fields = after.strip("\x13 \r\n").split()
        if fields:
            info["slug"] = fields[0]
        for token in fields[1:]:
            if re.fullmatch(r"\d{2}-\d{2}", token):
                info["reference"] = token
            elif token.isdigit():
                info["words"] = int(token)
            elif not info["version"]:
                info["version"] = token
        return info
    lines = [line.strip() for line in text.replace("\r", "").split("\n")]
    tokens = lines[0].split() if lines else []
    if tokens:
        found = re.fullmatch(r"([A-Za-z]*)(\d+)", tokens[0])
        if found:
            info["service"], info["number"] = found.group(1), found.group(2)
            tokens = tokens[1:]
    if tokens and tokens[0].isdigit() and len(tokens[0]) == 1:
        info["priority"] = int(tokens.pop(0))
    elif tokens and tokens[0].lower() in PRIORITY:
        info["priority"] = PRIORITY[tokens.pop(0).lower()]
    if tokens and tokens[0].isalpha() and len(tokens[0]) <= 3:
        info["category"] = tokens.pop(0).lower()
    if tokens and tokens[0].isdigit():
        info["words"] = int(tokens.pop(0))
    slugs = [t for t in tokens if _SLUG.match(t)]
    if slugs:
        info["slug"] = slugs[0]
        tokens.remove(slugs[0])
    info["optional"] = " ".join(tokens)
    info["slug"] = " ".join(line for line in lines[1:] if line) or info["slug"]
    return info


def _sent(trailer):
    """The transmission time in the zone the sender names (UTC if it names none), and the line as written."""
    found = _TRAILER_TIME.search(trailer or "")
    if found:
        return _trailer_time(trailer), found.group(0).strip()
    found = _SENT_7901.search(trailer or "")
    if not found or found["mon"] not in _MONTHS:
        return None, ""
    year = int(found["y"]) + (2000 if len(found["y"]) == 2 else 0)
    offset = ZONES.get((found["zone"] or "UTC").upper(), 0)
    try:
        when = datetime(
            year,
            _MONTHS[found["mon"]],
            int(found["d"]),
            int(found["h"]),
            int(found["mi"]),
            tzinfo=timezone(timedelta(hours=offset)),
        )
    except ValueError:
        return None, ""
    return when, found.group(0).strip()


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

    def sniff(self, data: bytes, filename: str = "") -> bool:
        head = data[:64]
        return b"\x01" in head or filename.lower().endswith((".anpa", ".7901", ".ipt"))

    def parse(self, data: bytes) -> Parsed:
        text = read_text(data)
        out: Parsed = []
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
            except Exception as exc:  # noqa: BLE001  one odd message never stops the file
                out.append(BadEntry(unreadable(exc), original))
        if not out:
            raise ParseError("no wire message found")
        return out

    def read(self, info: dict[str, Any], body: str, trailer: str, original: str) -> IngestedItem:
        lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        header = {k: v for k, v in info.items() if v not in (None, "")}
        slug, version = info["slug"], "1"

        def clean(line: str) -> str:
            return line.strip().removesuffix("<").strip().lstrip("^\t ").strip()

        while lines and not clean(lines[0]):
            lines.pop(0)
        # ANPA repeats the keyword, version and word count as the text's first line.
        first = clean(lines[0]) if lines else ""
        squeezed = first.replace(" ", "")
        if (
            first
            and _SLUG.match(first)
            and ("," in first or not slug or squeezed.startswith(slug.replace(" ", "")) or first.split()[0] == slug)
        ):
            lines.pop(0)
            slug = slug or first.split(",")[0].strip()
            header["keyword line"] = first
        else:
            first = ""
        for text in (info.get("version", ""), first):
            found = _VERSION.search(text or "")
            if found:
                version = str(int(found.group(1)) + 1)
                break
        # The heading: take keys, the headline and "By" lines, ended by "="
        # (IPTC 7901) or by the next marked paragraph (ANPA's "^" or tab).
        heading: list[str] = []
        while lines:
            raw = lines[0]
            line = clean(raw)
            if not line:
                if heading:
                    break
                lines.pop(0)
                continue
            if heading and raw[:1] in ("^", "\t") or len(heading) >= 6:
                break
            heading.append(line)
            lines.pop(0)
            if line.endswith("="):
                break
        if heading and not heading[-1].endswith("="):
            # No "=" closed a heading: the headline is the first line that is
            # not a take key; what followed it is text.
            keep = (
                next(
                    (i for i, line in enumerate(heading) if not (_TAKE.match(line) and len(line.split()) <= 4)),
                    len(heading) - 1,
                )
                + 1
            )
            lines[:0] = heading[keep:]
            heading = heading[:keep]
        takes: list[str] = []
        bylines: list[str] = []
        title: list[str] = []
        notes: list[str] = []
        for line in heading:
            line = line.rstrip("=").strip()
            if _TAKE.match(line) and len(line.split()) <= 4 and not title:
                takes.append(line)
            elif re.match(r"(?i)^by\s", line) and title:
                bylines += byline_names(line)
                notes.append(f"Byline as sent: {line}")
            elif line:
                title.append(line)
        headline = " ".join(title)
        for take in takes:
            found = _NTH.match(take)
            if found and "LEAD" in take.upper():
                version = str(max(int(version), int(found.group(1)) + 1))
        if takes:
            header["take"] = " / ".join(takes)
            notes.insert(0, f"Take: {header['take']}")
        if not headline:
            raise ParseError("missing a headline")
        text = "\n".join(lines)
        parsed = wiretext.from_text(text, headline=headline)
        when, written = _sent(trailer)
        if written:
            header["sent"] = written
        urgent = (info["priority"] or 9) <= 2 or bool(
            _URGENT.search(" ".join([*takes, info["slug"] or "", info.get("version", ""), first]))
        )
        city, country = place_parts(parsed.place)
        if not info["slug"] and slug and original.endswith(":" + info["number"]):
            original = f"{info['service'] or 'wire'}:{slug}"
        described = "; ".join(f"{k}: {v}" for k, v in header.items() if k != "take")
        return IngestedItem(
            original_id=original,
            original_version=version,
            headline=headline,
            paragraphs=parsed.items,
            markup=True,
            sanitised=True,
            bylines=bylines + parsed.bylines,
            dateline_city=city,
            dateline_country=country,
            dateline_agency=parsed.agency,
            first_created=when,
            version_created=when,
            urgency=info["priority"],
            slugline=slug,
            desk_notes=notes + parsed.desk_notes + [f"Transmission: {described}"],
            credit=parsed.agency or next((t for t in (info.get("optional") or "").split() if t[:1].isalpha()), ""),
            dateline_text=parsed.dateline_text,
            wire_header=header,
            source_text=text,
            headline_only=urgent and not parsed.items,
        )
