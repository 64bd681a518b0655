"""Photo captions on a pasted news page: how they open ("This photo",
"FILE PHOTO:") and the credits that close them ("(Yonhap)", "(AP Photo/...)",
"(Photo: Name)", "© Name, AFP"), or stand on the line under them
("Credit: Name", "Name/NPR"). Standard library only.
"""

from __future__ import annotations

import re

_CAPTION_START_RE = re.compile(
    r"\(?(?:(?:In )?(?:this|these)\s+(?:[\w,.'’-]+\s+){0,4}?"
    r"(?:photos?|images?|pictures?|screenshots?|screen grabs?|graphics?)\b"
    r"|Photos?\s*(?::|by\b|courtesy\b|credit\b)|Image\s*:|File photo\b|Pictured\s*:|(?:A )?Screenshot (?:of|from)\b)",
    re.I,
)
_STRONG_CAPTION_START_RE = re.compile(
    r"\(?(?:(?:In )?this (?:file |undated |handout )?photo\b|Photo\s*:|Photo courtesy\b|FILE PHOTO:|(?:A )?Screenshot (?:of|from)\b)",
    re.I,
)
# Credits that end a caption: "(Yonhap)", "(AP Photo/Name)", "[YONHAP]",
# "[Photo by Name/site]", "REUTERS/Name", "(Xinhua/Name)", "/ Yonhap",
# "Photograph: Name/EPA", "Photo courtesy of X", "==Kyodo", "via Reuters file".
_PHOTO_CREDIT_END = (
    r"\[(?:Photo|Image|Graphic)\b[^\[\]]*\]"
    r"|\[[A-Z0-9][A-Z0-9 .&/\-]{1,30}\]"
    r"|\((?:[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)?)/[^()/]{2,40}\)"
    r"|\bPhotograph:\s.{2,60}"
    r"|\b(?:[Pp]hotos?|[Pp]ictures?) (?:courtesy of|by|from|:)\s?[^.]{2,60}"
    r"|\|\s?(?:Photo|Image|Picture)s?\s?:.{2,60}"
    r"|==[A-Z][\w]+"
    r"|(?<=\.)\s/\s?[A-Z][\w .\-]{1,30}"
    r"|\bvia [A-Z][\w\-]+(?: (?:[Ff]ile|[Pp]hoto|Images)){0,2}"
    # "(Photo: Name)", "(Supplied: Source)", "© Name, AFP", "Copyright Name/AP",
    # "...word.Credit: Name", "Photo: Name, Outlet" after the caption, "Name/NPR"
    # on the line under it, "CNA file photo".
    r"|\((?:Photos?|Images?|Pictures?|Supplied|Source|Credit)\s?:[^()]{2,60}\)"
    r"|©\s?[A-Z][^.©]{1,60}"
    r"|\bCopyright [A-Z][\w .'’\-]{1,40}/[A-Z][\w.\-]{1,20}"
    r"|(?<=[.!?])\s?(?:\|\s?)?(?:(?:Photo|Picture|Image)s?(?: Credits?)?|Credits?)\s?:\s?[A-Z].{1,60}"
    r"|(?<=[.!?] )[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3} ?/ ?[A-Z][\w&.\-]+(?: file)?"
    # "... on Thursday. | Kyodo", "... in Seoul. — AFP", "... 2024. - AFP": the
    # credit after a rule or a dash
    r"|(?<=[.!?])(?:\s?[|—–]|\s-)\s?[A-Z][\w&.'’\-]*(?: [A-Z][\w&.'’\-]*){0,2}"
    r"|(?<=[.!?] )[A-Z][\w.&]*(?: [A-Z][\w.&]*)? (?:file )?(?:photo|image)"
    # "... in Riyadh. Reuters", "... in Tokyo. Pic: AP": a picture agency after the full stop
    r"|(?<=[.!?] )(?:Reuters|AFP|AP|EPA|Getty Images|Shutterstock|Bloomberg|Yonhap|Xinhua|Kyodo|Pool)(?: file)?"
    r"|\bPic(?:ture)?s?:\s?[A-Z].{1,40}"
    # "... on June 2. Courtesy of Name": the picture's source after the full stop
    r"|(?<=[.!?] )(?:Courtesy of|Provided by) [A-Z][^.]{1,60}"
)
# A photo credit on a line of its own under the caption.
CREDIT_LINE_RE = re.compile(
    r"(?:(?:Photo|Picture|Image)s?|Credit)\s?:\s?[A-Z][^.]{1,60}"
    r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3}/[A-Z][\w&.\-]+(?: [A-Z][\w&.\-]+){0,2}"
)
_CREDIT_END_RE = re.compile(
    r"(?:\((?:[^()]*\b(?:Yonhap|AP Photo|Photo|photo|Xinhua|EPA|AFP|Reuters|REUTERS|Kyodo|"
    r"Getty|courtesy|Courtesy|pool|Pool|handout|Handout|Newsis|News1)\b[^()]*)\)\.?"
    r"|\b(?:REUTERS|AFP|EPA|Getty Images)/[^\s/][^/]*(?:/File Photo)?"
    rf"|{_PHOTO_CREDIT_END})$"
)
# In the body a bare agency credit ("... on Monday. (Yonhap)") ends captions
# and, on republished copy, the last paragraph too: it marks a caption only
# in a paragraph that reports nothing (captions describe, stories attribute).
_STRONG_CREDIT_END_RE = re.compile(
    r"(?:\((?:Yonhap photo|[^()]*\bAP Photo\b[^()]*|Photo courtesy[^()]*|[^()]*[-/]Yonhap)\)\.?"
    rf"|{_PHOTO_CREDIT_END}"
    r"|\b(?:REUTERS|AFP|EPA)/[^\s/][^/]*(?:/File Photo)?)$"
)
# "(Yonhap)", or after a full stop "... on Tuesday. (Jeonju City)".
# The source's name may hold small words: "(Korean Culture and Information
# Service)", "(Courtesy of Han Seung-woo)", or open with a digit: "(123rf)";
# "(END)", the wire's end mark, credits no picture.
_BARE_CREDIT_END_RE = re.compile(
    r"\((?!END\))[A-Z][A-Za-z]+\)\.?$|[.!?]\s?\((?!END\))(?:[A-Z]|\d+[a-z]{2,})[\w.&'’\-]*(?: (?:[A-Z][\w.&'’\-]*|and|of|for|the|de)){0,5}\)$"
)
_ATTRIBUTION_RE = re.compile(
    r"\b(?:said|says|say|told|tells|according to|added|adds|noted|stated|announced|reported|"
    r"showed|shows data|quoted|insisted|explained|urged|warned)\b"
)


# A figure with its unit is reporting too ("... priced at 4,900 won. (Yonhap)").
_FIGURE_RE = re.compile(
    r"\d[\d,.]*\s?(?:%|percent\b|per cent\b|(?:million|billion|trillion|won|yen|yuan|dollars|euros|people|tons|"
    r"kilometers|km)\b)|[$€£¥₩]\s?\d"
)


# "(KBS World Radio)" alone between paragraphs: a picture credited without a caption.
_CREDIT_ONLY_RE = re.compile(r"\((?:[A-Z][\w.&'’\-]*)(?: [A-Z][\w.&'’\-]*){1,4}\)")


# "[EXPLAINER]", "[INTERVIEW]": a genre's label; "[Photo : YONHAP News]" is a picture's credit.
_KICKER_RE = re.compile(r"\[(?![^\[\]]*(?i:photo|image|picture|graphic))[^\[\]:/]{2,40}\]")


def starts_caption(text: str, *, strong: bool = False) -> bool:
    return bool((_STRONG_CAPTION_START_RE if strong else _CAPTION_START_RE).match(text))


def ends_with_credit(text: str) -> bool:
    return bool(_CREDIT_END_RE.search(_strip_pipe(text)))


def _strip_pipe(text: str) -> str:
    return text.rstrip(" |")


def is_strong_caption(text: str) -> bool:
    """A caption by its own words ("This photo ...", "(AP Photo/...)"), not
    only by a bare agency credit, which also closes republished stories."""
    text = _strip_pipe(text)
    return starts_caption(text, strong=True) or bool(_STRONG_CREDIT_END_RE.search(text))


def is_caption(text: str, *, in_body: bool) -> bool:
    # Body paragraphs are held to stricter tests: losing a real paragraph to
    # the caption list is worse than keeping an odd caption in the body.
    text = _strip_pipe(text)
    if _KICKER_RE.fullmatch(text):
        return False  # "[EXPLAINER]" alone: a label over the headline, no picture's words
    if _CREDIT_ONLY_RE.fullmatch(text):
        return True
    if in_body:
        if is_strong_caption(text):
            return len(text) < 600
        return (
            bool(_BARE_CREDIT_END_RE.search(text))
            and len(text) < 400
            and not _ATTRIBUTION_RE.search(text)
            and not _FIGURE_RE.search(text)
        )
    return (
        starts_caption(text)
        or ends_with_credit(text)
        or (bool(_BARE_CREDIT_END_RE.search(text)) and len(text) < 400 and not _ATTRIBUTION_RE.search(text))
    )
