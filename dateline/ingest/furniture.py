"""Page furniture: the lines of a copied news page that are not the story.

Rules here come from how pages are built, not from any one outlet's words:
navigation is runs of short capitalised items; tool rows and counters are
short lines without a sentence; sign-offs end a story with an address, a
credit or the desk's initials; lists of linked headlines follow a heading or
an end mark and never end a sentence. Standard library only.
"""

from __future__ import annotations

import re

from .bylines import parse_byline
from .furniturewords import CHROME_PHRASES, HEADLINE_SMALL_WORDS
from .pagedates import parse_meta_line

__all__ = [
    "AUTHOR_NOTE_RE",
    "RELATED_RE",
    "closes_story",
    "end_mark",
    "is_chrome_line",
    "is_header_chrome",
    "is_list_item",
    "is_signoff",
    "strip_glued_trailer",
    "strip_trailing_widget",
]

# Several widgets often land on one line ("Go to Contents Go to Navigation").
_CHROME_LINE_RE = re.compile("(?:{0})(?: (?:{0}))*".format("|".join(re.escape(p) for p in CHROME_PHRASES)))
COPYRIGHT_RE = re.compile(r"^(?:\(c\)|©|ⓒ|copyright\s*(?:©|ⓒ|\(c\)|\d{4}|by\b))|all rights reserved", re.I)
RELATED_RE = re.compile(
    r"(?:related(?: (?:articles?|news|stories|content|coverage|links|topics|posts?))?|"
    r"most (?:viewed|read|popular|shared|commented)(?: (?:articles|news|stories))?(?: from [\w ]{1,30})?|"
    r"latest(?: (?:news|stories|articles|videos))?|top (?:stories|news)|more (?:stories|news)|"
    r"recommended(?: (?:stories|articles|for you))?|you (?:may|might) (?:also )?like|"
    r"see also|editor'?s picks?|trending(?: now)?|popular (?:stories|news|articles)|"
    r"what to read next|tagged topics|topics|explore more on these topics|more on this story|"
    r"in this article|read next|more from [\w ]{1,30}|also read|read (?:also|more)|key points|highlights|"
    r"what (?:we|you need to) know(?: so far)?|what to know|"
    r"disclosure statement|partners|tags|keywords|suggested topics|more for you|next in [\w ]{1,30}|"
    r"(?:previous|next) (?:article|post|story)|(?:this (?:article|story|post) (?:is )?)?tagged (?:under|in|with))\s*:?",
    re.I,
)
_NAV_SPLIT_RE = re.compile(r"\s+[>/]\s+|\s*[|•·›»]\s*")
# Time stamps without a full date ("Updated 3 hours ago") give no usable
# time; tag lists are navigation; counters and read times are widgets.
_STAMP_OR_TAGS_RE = re.compile(
    r"(?:(?:first |last )?(?:updated|published|posted)\s*:?\s*(?:on |at )?\d[^.!?]{0,40}"
    r"|\d+[- ]min(?:ute)?s?(?: read| listen)|\d+\s?[-–]\s?\d+\s?min(?:ute)?s?(?: read)?|\d{1,3} of \d{1,3}|(?:this (?:\w+ )?was (?:published|posted|updated|written) )?\d+ \w+ ago|(?:tags?|tagged|topics?|keywords?|labels?|filed under)\s*:.{0,200}"
    r"|(?:no |\d+ )?comments?\s*(?:\(\d+\)|:|\d+)?|comments?\s*\(\d+\)|\d+(?:\.\d+)?[km]?"
    r"|-?\d+(?:\.\d)?\s?°?[CF]|댓글\s*\d*|\d+ (?:likes?|shares?|views?)|\d{1,3}\s?/\s?\d{1,3}"
    # "#public housing": a keyword tag; "2h", "45m": a portal's relative stamp
    r"|#\w[\w\-]*(?: [\w\-]+){0,3}|\d{1,2}\s?(?:h|hrs?|m|mins?|d)(?: ago)?)",
    re.I,
)
# Lines of page furniture with a label: the source or editor credit, the
# contact or questions footer, the standards link, the blog's post footer,
# a category footer, promotions of the newsletter, the currency note.
_LABELLED_RE = re.compile(
    r"(?:source|sources|editor|editors|contacts?|credits?|image source|photo editor|tel|phone|fax|mobile|e-?mail"
    r"|address|publisher|registration no\.?|registered on|juvenile protection officer)"
    r"\s*:\s*.{1,80}"
    r"|please direct (?:any |your )?(?:comments|questions).{0,160}|this (?:article|story) (?:is|was|has been) "
    r"republished.{0,200}|our standards:.{0,120}"
    r"|posted by .{1,60} at \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"|posted in .{1,200}|sign up (?:for|to) .{1,120}|subscribe (?:to|for|now).{0,120}"
    r"|(?:want|like) (?:more|this).{0,80}subscribe.{0,60}|(?:also )?read(?: more| also| next)?\s*:.{0,200}"
    r"|\((?:[$€£¥₩]|US\$|US\s\$)\s?1 = .{2,60}\)|click here.{0,100}|enditem"
    r"|follow (?:topics?|us|[\w ]{1,20})\s*:.{0,60}|(?:log ?in|sign in|register) to (?:leave |post |add |read )?.{0,20}"
    r"|(?:you must be )?logged in to (?:post|leave|add|read) .{0,40}"
    # a site's legal disclaimer at the foot of republished copy
    r"|(?:the )?(?:information|content) (?:contained )?on this (?:page|site|website)\b.{0,400}"
    r"|.{0,120}\bmakes? no (?:warranties or representations|representations or warranties)\b.{0,300}"
    # "Related: Linked headline", a link set between paragraphs (no sentence)
    r"|(?:related|see also|watch|listen)(?: \w+)?\s?:\s[^.!?]{2,150}"
    # "Follow our live coverage ...", "Become a member for ...": the site invites its reader
    r"|(?:follow|read|see) our (?:live )?(?:coverage|updates|live blog)\b.{0,120}"
    r"|become a (?:member|subscriber|supporter)\b.{0,120}"
    r"|why you can trust .{1,20}|create (?:a|an|your) (?:free )?(?:account|profile)\b.{0,60}|search (?:the|our|this) [\w ,&]{1,40}|(?:please )?update your browser.{0,80}"
    r"|your browser is out of date.{0,120}|.{0,120}\bprivacy (?:policy|statement|collection statement|notice)\b.{0,40}"
    r"|support (?:\w+ ){0,3}journalism.{0,80}|(?:do you like|did you (?:like|enjoy)|was this (?:article|story) "
    r"(?:helpful|useful)).{0,60}|comments (?:will be|are) moderated.{0,400}|read (?:the )?(?:original|full (?:story|article|text))\b.{0,80}"
    r"|(?:join|follow|subscribe to|sign up for|download|get) .{0,60}\b(?:channel|newsletter|app|podcast|alerts|inbox|"
    r"on (?:facebook|twitter|x|instagram|telegram|whatsapp|youtube))\b.{0,80}",
    re.I,
)
_FILE_NAMES_RE = re.compile(r"(?:[\w\-]+\.(?:png|jpe?g|gif|svg|webp|ico)\s?)+", re.I)
# "The author is a professor of ...", "The views expressed are his own": a
# note on the author or a disclaimer, above or under the text, never its news.
AUTHOR_NOTE_RE = re.compile(
    r"(?:The (?:author|writer|columnist|contributor)s? (?:is|are|was|were) (?:a|an|the)\b"
    r"|The (?:views|opinions) expressed\b).{0,400}"
)
# Notes a site puts around the copy: a link to video or a related story set
# between paragraphs ("Related video: ...", "Read moreHeadline" glued by
# the copy), a newsletter promotion ending "Sign up here.", an editor's
# note between rules, an unsupported-browser warning, the comment form, a
# syndication note, a subscription appeal, an opinion disclaimer, a cookie
# banner (copied above the page or after its footer).
_NOTICE_RE = re.compile(
    r"related (?:videos?|audio|galler(?:y|ies)|podcasts?)\s*:.{2,200}"
    r"|(?:(?:also )?read (?:more|also|next)|see also|related)(?-i:[A-Z\"“‘])[^.!?]{2,150}"
    r"|[^.!?]{0,200}[.!?] (?:sign up|subscribe|register) here\."
    r"|editor[’']?s[’']? note\s*:.{2,300}"
    r"|[^.!?]{0,60}\bnot supported\b.{0,120}\bbrowser\b.{0,40}"
    r"|leave a (?:reply|comment)\b.{0,40}|your e-?mail address will not be published.{0,80}"
    r"|.{0,250}\bsyndicated feed\b.{0,40}"
    r"|[^()]{0,200}\b(?:by subscribing|your subscription)\b.{0,200}"
    r"|\(?[^()]{0,120}\bopinions expressed (?:are|here are)\b[^()]{0,120}\)?"
    r"|[^.!?]{0,80}\b(?:download|get|install) (?:the |our )?[\w ]{0,30}\bapp\b[^.!?]{0,40}"
    # "Update, 14:20 KST: This article has been updated with ...": the site's note on its own copy
    r"|updated?\b.{0,40}?:\s?this (?:article|story|post|report) (?:has been|was) updated\b.{0,200}"
    # the programme a story belongs to ("This is part of X's effort to ...")
    r"|this (?:story |article |report )?is (?:a )?part of (?:[\w'’\-]+ ){0,5}(?:effort|series|project|initiative|partnership)\b.{0,300}"
    # a cookie or consent banner: the site says it uses cookies, or asks the reader to accept them
    r"|.{0,200}\b(?:we|this (?:site|website)|our (?:site|website)) (?:and our partners )?uses? cookies\b.{0,400}"
    r"|.{0,200}\b(?:accept|agree to|consent to)\b.{0,80}\bcookies\b.{0,300}",
    re.I,
)
_AGO_RE = re.compile(r"(?i)\b\d+\s?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\sago\b")
_DATED_RE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\b\d{1,2}/\d{1,2}/\d{4}|[A-Za-z]\.?\s?\d{1,2},\s?\d{4}")
_TRAILER_RE = re.compile(
    r"\(?(?:(?:Additional )?reporting|editing|edited|writing|compiled|translated|translation|graphics?|(?:\w+ )?original) by\b",
    re.I,
)
_CONTRIBUTED_RE = re.compile(
    r"(?:[\w.'’\- ]{0,80}\b(?:writers?|reporters?|correspondents?|journalists?|staff)\b.{0,120}"
    r"\bcontributed (?:to )?(?:this|the) (?:report|story)\.?)"
    r"|(?:[A-Z][\w.'’\-]+ ){1,3}(?:and (?:[A-Z][\w.'’\-]+ ){1,3})?contributed(?: reporting)?\.",
    re.I,
)
# The end of wire copy: "--IANS", "—AFP", the desk's initials "ksk/",
# "kjk/dva", and the Korean and Japanese "==Kyodo" style.
_AGENCY_SIGNOFF_RE = re.compile(r"(?:[-—–]{1,2}\s?|==)[A-Z][A-Za-z]{1,12}\.?")
_INITIALS_RE = re.compile(r"[a-z]{2,4}(?:[-/][a-z]{2,4})*/?(?:\s\([A-Za-z][\w ,&/.]{1,40}\))?")
# A broadcaster's report ends with the reporter and the channel: "Kim Do-yeon, Arirang News."
_TV_SIGNOFF_RE = re.compile(
    r"(?P<name>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2}),\s(?:[A-Z][\w&.'’]*\s){0,3}(?:News|TV|Radio|Television)\.?"
)
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "(AFP)" alone closes a story the agency sent; "Enditem/AW" carries the editor's initials.
_END_MARK_RE = re.compile(
    r"\(END\)|Enditem(?:/\w{1,6})?|[-—–]{1,2}\s?[A-Z][A-Za-z]{1,12}|\([A-Z][A-Za-z]{1,12}\)", re.I
)
_GLUED_TRAILERS = (
    re.compile(r"\s*\((?:Additional )?[Rr]eporting by [^()]*\)\.?$"),
    # "... said. – Outlet.com": the site signs off on the last line.
    re.compile(r"(?<=[.!?\"”])\s+[-—–]{1,2}\s?[A-Z][A-Za-z]{1,15}(?:\.com)?$"),
    # "... suburbs.--IANS rvt/skp": the agency's double dash glued, the desk's initials after it
    re.compile(r"(?<=[.!?\"”])\s*(?:--|——)\s?[A-Z][A-Za-z]{1,15}(?:\s+[a-z]{2,4}(?:/[a-z]{2,4})+/?)?$"),
    # "... planters. [FULL STORY]": a link to the rest on the source site.
    re.compile(r"\s*\[(?:full story|read more|more|continue reading)\]\.?$", re.I),
    # "... illnesses. (READ: Linked headline)": a link closing a paragraph.
    re.compile(r"\s*\((?:(?:ALSO )?READ|Also read|Read also|WATCH|SEE ALSO|RELATED)\s?:[^()]{2,150}\)\.?$"),
    re.compile(r"\s*\bEnditem\.?$"),
    re.compile(r"(?:\s*\(END\))+$"),
)
_ROLE_RE = re.compile(
    r"(?:[A-Z][\w.'’\-]*\s){0,3}(?:correspondent|reporter|editor|writer|columnist|contributor|"
    r"analyst|producer|presenter|lecturer|professor|fellow|researcher)s?(?:,? [\w ]{1,40})?",
    re.I,
)


def is_chrome_line(line: str) -> bool:
    """Furniture whatever its place on the page."""
    if parse_meta_line(line) or parse_byline(line) is not None:
        return False  # "Politics | 09:05" would otherwise look like a menu
    if not any(ch.isalnum() for ch in line):
        return True  # rules, bullets and other decoration
    if _FILE_NAMES_RE.fullmatch(line):
        return True  # an icon's file name copied as its alt text ("bt_fb_on.svg")
    if (len(line) < 250 and COPYRIGHT_RE.search(line.lstrip("-–— <[("))) or _STAMP_OR_TAGS_RE.fullmatch(line):
        return True
    if len(line) < 100 and _AGO_RE.search(line) and not line.endswith("."):
        return True  # "KYODO NEWS - 3 hours ago - 10:22 | All, Japan": a stamp without a date
    if len(line) < 160 and _DATED_RE.search(line):
        return False  # "Source: X | 2023-10-25 10:41 | Editor: Y" carries the time
    if len(line) < 500 and (_LABELLED_RE.fullmatch(line) or _NOTICE_RE.fullmatch(line)):
        return True
    if line.lower().startswith("copyright") and len(line) < 100 and not line.endswith("."):
        return True
    parts = [p for p in _NAV_SPLIT_RE.split(line) if p]
    if any(parse_meta_line(p) for p in parts):
        return False  # "Thursday, 26 October 2023 | IANS | Guwahati" carries the time
    # A breadcrumb may end with the headline itself ("Home » World » Headline").
    if len(parts) >= 3 and parts[0].lower() == "home" and all(len(p.split()) <= 4 for p in parts[:-1]):
        return True
    if re.search(r"\s[>›»]\s", line) and all(len(p.split()) <= 4 and not p.endswith((".", "!", "?")) for p in parts):
        return True  # a breadcrumb ("Life&Culture > Arts & Design"): no headline holds ">"
    # A long menu may hold a question ("Error/typo?"); a sentence split by pipes may not.
    ends = (".", ",", "!") if len(parts) >= 5 else (".", ",", "!", "?")
    if (len(parts) >= 3 or (len(parts) == 2 and parts[0].lower() == "home")) and all(
        len(p.split()) <= 4 and not p.endswith(ends) for p in parts
    ):
        return True
    if len(line) > 200:
        return False
    words = re.sub(r"[|•·/?!:.,;+()]+", " ", line.lower()).split()
    return bool(_CHROME_LINE_RE.fullmatch(" ".join(words)))


def is_header_chrome(line: str) -> bool:
    """Furniture above the story: besides the above, lines that no headline
    looks like. Headlines start with a capital, a digit or a quote; menus
    written in the page's interface language carry no Latin letters on an
    English page; a row of capitalised single words is a menu."""
    if is_chrome_line(line) or _ROLE_RE.fullmatch(line):
        return True
    if line[:1].islower():
        return True
    if not re.search(r"[A-Za-z]", line):
        return True
    return is_menu_row(line)


def is_menu_row(line: str) -> bool:
    """ "Politics Economy Society Opinion": four or more capitalised section
    names. A title-case headline ("Why South Korea's Local Elections Matter
    More Than Usual") gives itself away by a function word, a possessive or
    a number."""
    words = line.split()
    return (
        len(words) >= 4
        and all(re.fullmatch(r"[A-Z][\w&\-]*", w) for w in words)
        and not any(w.lower() in HEADLINE_SMALL_WORDS for w in words)
        and not re.search(r"\d", line)
    )


def is_role_line(line: str) -> bool:
    return bool(_ROLE_RE.fullmatch(line)) and len(line.split()) <= 6


def is_list_item(line: str) -> bool:
    # Linked headlines don't end a sentence; a short closing paragraph does,
    # also with a credit or end mark glued after it ("... said. (Yonhap)",
    # "... bridges. Enditem", "... said.--IANS").
    line = strip_glued_trailer(re.sub(r"(?:\s*\(END\))+$", "", line))[0]
    line = re.sub(r"(?<=[.!?])[\"'”’]?\s?\([A-Z][\w .&'’/\-]{1,40}\)$", "", line)
    return len(line) <= 120 and len(line.split()) <= 20 and not re.search(r"[.!?][\"'”’]*$", line)


def end_mark(line: str) -> bool:
    """The line that closes wire copy: "(END)", "Enditem", "--IANS"."""
    return bool(_END_MARK_RE.fullmatch(line.strip()))


def closes_story(text: str) -> bool:
    """A sign-off after which a page holds no more of the story: the
    reporting and editing credits, the contributors' note, the agency's
    sign-off. What follows is the site's foot. (A copyright line may sit
    under a picture mid-story, so it closes nothing.)"""
    return bool(
        _TRAILER_RE.match(text)
        or _CONTRIBUTED_RE.fullmatch(text)
        or _AGENCY_SIGNOFF_RE.fullmatch(text)
        or end_mark(text)
    )


def is_signoff(text: str) -> bool:
    """A paragraph that signs the story off rather than tells it."""
    if _TRAILER_RE.match(text) or _CONTRIBUTED_RE.fullmatch(text):
        return True
    if _AGENCY_SIGNOFF_RE.fullmatch(text) or _INITIALS_RE.fullmatch(text) or _TV_SIGNOFF_RE.fullmatch(text):
        return True
    if len(text) < 300 and (_LABELLED_RE.fullmatch(text) or _NOTICE_RE.fullmatch(text)):
        return True
    if _EMAIL_RE.search(text) and len(text) < 160:
        # "By Lee Ha-eun (lhe@...)", "BY YOON DA-BIN [yoon@...]", a bare
        # address, "Contact: news@...": an address with at most a name.
        rest = _EMAIL_RE.sub("", text)
        rest = re.sub(r"[()\[\]<>,;:|]", " ", rest)
        return not re.search(r"[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}", rest) or bool(
            re.match(r"(?i)by\s", text)
        )
    return False


def strip_trailing_widget(line: str) -> tuple[str, str]:
    """A link's text run onto the end of a line by the copy ("... REUTERS/Name
    Purchase Licensing Rights"): returns the line without it, and the link.
    The shortest run of two to four capitalised words that is a widget wins."""
    words = line.split(" ")
    for k in (2, 3, 4):
        tail, head = words[-k:], " ".join(words[:-k])
        if (
            len(words) > k + 2
            and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in tail)
            and re.search(r"[.!?)\w]$", head)
            and _CHROME_LINE_RE.fullmatch(" ".join(tail).lower())
        ):
            return head, " ".join(tail)
    return line, ""


def strip_glued_trailer(text: str) -> tuple[str, list[str]]:
    """Cut credits glued to the end of a paragraph ("... revenue. (Reporting
    by ...)", "... direction. Enditem"); returns the text and what was cut."""
    cut = []
    for rx in _GLUED_TRAILERS:
        m = rx.search(text)
        if m and m.start() > 0:
            cut.append(m.group(0).strip())
            text = text[: m.start()].rstrip()
    return text, cut
