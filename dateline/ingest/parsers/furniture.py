"""Body text that is for the desk, not readers, where the format has no mark for it.

Formats that mark such text (NITF ed-msg and note type="npa", NewsML-G2
edNote, dpa's non-public notepad) are read by their parsers. Inside the body
text itself agencies follow conventions instead; these are the ones Dateline
recognises, each a rule about what the text is, never about who sent it:

- a rule line (``___``, ``----``): transmission furniture, no words;
- markup source shown as text, a whole paragraph of it opening with an element
  that has attributes (an embed code: ``<div class="..."></div><script ...>``):
  for a web desk to paste, never prose (a sentence quoting ``<script>`` is prose);
- a closing sign-off of initials or a service name between slashes, or of
  the service, desk codes and initials (``hh/ph/ts/hd``, ``/ritzau/``,
  ``AAP RTV ar``): the desk's transmission trail;
- a closing rights notice to subscribers (``© ANA-MPA. ...``, ``Copyright 2025 ...``);
- a short line that is only a picture credit (``Foto: NTNU``, ``Photo: AP``):
  the picture itself is not carried;
- a subhead left with nothing for readers under it (``Embed (large):`` above
  an embed code) goes with what it headed.
"""

from __future__ import annotations

import re

from dateline.core.html import is_block, item_text

_RULE = re.compile(r"^[\s_=\-–—~*·.]*[_=\-–—~]{3,}[\s_=\-–—~*·.]*$")
# An embed code is markup from the paragraph's first character to its last,
# opening with an element that carries attributes (`<div class=…>`,
# `<iframe src=…>`, `<blockquote class="twitter-tweet">`). Prose that quotes a
# tag ("the attacker's <script> ran") is text for readers.
_MARKUP_SOURCE = re.compile(r"<[a-zA-Z][\w-]*\s+[\w:-]+\s*=[^<>]*>.*</[a-zA-Z][\w-]*\s*>", re.S)
_SIGN_OFF = re.compile(
    r"^/?[a-z0-9]{1,12}(?:/[a-z0-9]{1,12})+/?$|^/[a-z0-9]{2,12}/$"
    # the service, desk codes, the editor's initials: "AAP RTV ar"
    r"|^[A-Z]{2,6}(?:\s+[A-Z0-9]{2,6}){0,3}\s+[a-z]{1,4}$"
)
_RIGHTS = re.compile(r"^(?:©|\(c\)\s|Copyright\b)", re.I)
_PICTURE_CREDIT = re.compile(r"^(?:Foto|Photo|Photos|Fotos|Bild|Bilde|Kuva|Picture|Image)\s*:\s*\S", re.I)


def is_sign_off(text: str) -> bool:
    """Initials or codes closing a transmission ("hh/ph/ts/hd", "gr/bp", "AAP RTV ar")."""
    return bool(_SIGN_OFF.match(" ".join((text or "").split())))


def kind_of(item: str, *, last: bool) -> str:
    """What a body item is, if it is not for readers: "rule", "embed code",
    "sign-off", "picture credit"; "" for reader text."""
    text = item_text(item)
    if is_block(item):
        return ""
    if not text or _RULE.match(text):
        return "rule"
    if _MARKUP_SOURCE.fullmatch(text):
        return "embed code"
    if last and _SIGN_OFF.match(text):
        return "sign-off"
    if last and _RIGHTS.match(text):
        return "rights notice"
    if _PICTURE_CREDIT.match(text) and len(text.split()) <= 40:
        return "picture credit"
    return ""


def split_desk_text(items: list[str]) -> tuple[list[str], list[str]]:
    """(items for readers, notes for the desk) from parsed body items."""
    kinds = [kind_of(item, last=index == len(items) - 1) for index, item in enumerate(items)]
    # A subhead whose whole section went to the desk (the next item is desk
    # text, and no reader text follows before the next subhead) goes with it.
    for index, item in enumerate(items):
        if kinds[index] or not _is_subhead(item):
            continue
        section = []
        for following in range(index + 1, len(items)):
            if _is_subhead(items[following]) and not kinds[following]:
                break
            section.append(kinds[following])
        if section and all(k and k != "rule" for k in section):
            kinds[index] = "subhead"
    public = [item for item, kind in zip(items, kinds, strict=True) if not kind]
    desk = [
        f"{kind.capitalize()}: {item_text(item)}"
        for item, kind in zip(items, kinds, strict=True)
        if kind and kind != "rule"
    ]
    return public, desk


def _is_subhead(item: str) -> bool:
    return bool(re.match(r"^<h[2-4]\b", item or ""))
