"""Bylines of a pasted news page: "By NAME", names in capitals without "By",
a name alone on a line, Hangul bylines, and the outlet a byline credits.

Standard library only, so it can run outside Django.
"""

from __future__ import annotations

import re

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
# Diplomatic Writer"), never a person's name: the title words (all but "chief")
# and the words outlets are named with.
_TITLE_MARKERS = (_TITLE_WORDS - {"chief"}) | {
    "columnist",
    "contributor",
    "press",
    "news",
    "agency",
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
_ROLE_THEN_NAME_RE = re.compile(
    r"(?:(?:Senior|Staff|Chief|Special) )?(?:Reporter|Correspondent) (?P<name>[A-Z].{3,40})"
)
# Words of a title-case headline that no name holds ("Reporter Held In Moscow")
_SMALL_WORDS = {"In", "Of", "On", "At", "To", "For", "From", "With", "After", "Over", "As", "By", "And", "The", "A"}
_PARTICLES = {"van", "von", "de", "dela", "der", "den", "da", "dos", "du", "del", "la", "le", "bin", "al", "ibn", "ter"}
_NAME_WORD_RE = re.compile(r"[A-ZÀ-Þ][\w.'’\-]*")


def parse_byline(line: str) -> list[str] | None:
    """Names from a "By A, B and C, Staff Reporters" line; None if not a byline.

    An empty list means a byline that only carries a title ("By Staff
    Reporter"), which the caller can drop like chrome.
    """
    m = _BYLINE_RE.fullmatch(line)
    if not m and (r := _ROLE_THEN_NAME_RE.fullmatch(line)):
        # "Reporter Kim Min-ji": a Korean byline ("김민지 기자") as a page
        # translator renders it, the title first and no "By"
        name = parse_name_line(r["name"])
        return [name] if name and not set(name.split()) & _SMALL_WORDS else None
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
    # "O'Carroll": a capital after the apostrophe
    r"(?P<name>[A-Z][a-z'’]+(?:-[a-z]+)?(?: (?:[A-Z]['’])?[A-Z][a-z'’]+(?:-[a-zA-Z]+)?){1,2})(?: in [A-Z][\w .'’\-]{1,30})?"
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


# The commonest Korean family names (one syllable; four two-syllable ones):
# a Hangul word of three syllables opening with one is a person's name, where
# a section label ("정치", "스포츠") is not.
_KOREAN_SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
_DOUBLE_SURNAMES = ("남궁", "황보", "제갈", "선우")


def hangul_name(text: str) -> str | None:
    """ "황석주": a Korean name alone, without the "기자" a byline often adds;
    the caller decides from the layout (next to the time) that it is a byline."""
    if not re.fullmatch(r"[가-힣]{3,4}", text):
        return None
    if len(text) == 3 and text[0] in _KOREAN_SURNAMES:
        return text
    return text if len(text) == 4 and text.startswith(_DOUBLE_SURNAMES) else None
