"""Parse the plain text a user copied from a news article web page.

Editors paste whole pages (menus, share buttons, feedback widgets and all),
sometimes re-wrapped by a mail client, from any outlet: a wire agency, a
newspaper, a broadcaster, a blog. The parser throws away page furniture line
by line (``furniture``), reads the top of the page up to where the story
begins (``pageheader``), then rebuilds the body paragraphs and sorts them
into text, captions and furniture (``pagebody``). Everything it drops is
listed in ``ParsedStory.dropped`` so an editor can check it.
Standard library (and `dateline.core.text`) only: it runs in import jobs
without Django settings.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from datetime import datetime

from dateline.core.text import strip_control

from .bylines import parse_name_line
from .captions import CREDIT_LINE_RE, is_caption
from .datelines import ParsedDateline, match_dateline
from .furniture import RELATED_RE, is_chrome_line, is_list_item, strip_trailing_widget
from .pagebody import _paragraphs, drop_author_notes, sort_body, wrap_width
from .pagedates import MetaLine, parse_meta_line
from .pageheader import read_header
from .pageunits import BARE_CLOCK_RE, ends_sentence

__all__ = ["NoArticleFound", "ParsedDateline", "ParsedStory", "parse_page_text"]

MAX_PARAGRAPHS = 300
MAX_WORDS = 25_000


class NoArticleFound(ValueError):
    """The input holds no recognisable article; the message is one line."""


@dataclass
class ParsedStory:
    headline: str
    section: str = ""
    published: datetime | None = None
    bylines: list[str] = field(default_factory=list)
    dateline: ParsedDateline | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    # The outlet the copy credits (dateline, agency byline, sign-off), as written.
    credit: str = ""
    ednote: str = ""
    # True when the page had no headline line and it was taken from the lead.
    headline_derived: bool = False
    # Lines dropped as page furniture, in page order, for the editor to check.
    dropped: list[str] = field(default_factory=list)


# ------------------------------------------------------------- whitespace
_SPACES_RE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# List bullets that pages put before bylines and dates ("• 승인 2023.08.17").
_BULLET_RE = re.compile(r"^[•·▶►■□◆◇○●▪∙*]\s+")


def _normalise(text: str) -> list[str]:
    text = re.sub(r"\r\n?|[\v\f\x85\u2028\u2029]", "\n", text)
    # Controls, zero-width and bidirectional marks, and soft hyphens: invisible,
    # and they would split or join words a reader sees as one.
    text = strip_control(text, invisible=True).replace("\u00ad", "")
    text = _unquote(text)
    # A drop capital copied on a line of its own: "T" + blank + "he city ...".
    text = re.sub(r"(?m)^([A-Z])[ \t\u00a0]*\n\s*\n?([a-z])", r"\1\2", text)
    return [_BULLET_RE.sub("", _SPACES_RE.sub(" ", line).strip()) for line in text.split("\n")]


def _unquote(text: str) -> str:
    """A page forwarded in a reply arrives with every line quoted ("> ..."):
    when nearly all lines are, one level of quoting is taken off."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) >= 3 and sum(ln.lstrip().startswith(">") for ln in lines) >= 0.9 * len(lines):
        return re.sub(r"(?m)^[ \t]*> ?", "", text)
    return text


# ----------------------------------------------------------------- chrome
def _drop_chrome(lines: list[str], dropped: list[str]) -> list[str]:
    """Blank out chrome lines; blanks (not deletions) keep paragraph breaks."""
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        line, widget = strip_trailing_widget(lines[i])
        if widget:
            dropped.append(widget)
        # A list heading opens its block; the last line of a menu ("News",
        # "City News", "Trending", then a blank line) is not one.
        menu_end = i > 0 and bool(lines[i - 1]) and (i + 1 == n or not lines[i + 1])
        if line and RELATED_RE.fullmatch(line) and not menu_end:
            start = i
            i += 1
            while i < n and not lines[i]:
                i += 1  # the list may start after a blank line
            first_item = i
            # "Read More" under a picture, then the lead with its dateline:
            # a button, not a list heading, when its first line opens a story.
            if i < n and match_dateline(lines[i]) and len(lines[i].split()) >= 8:
                dropped.append(line)
                out.extend([""] * (i - start))
                continue
            while i < n and (lines[i] or _next_rank_follows(lines, first_item, i)):
                if not lines[i]:
                    i += 1  # a blank line between a ranked list's items
                    continue
                # Copied without blank lines, the story goes on right under
                # the list: a line of prose after linked headlines ends it,
                # and so do a live page's first entry under its time stamp,
                # a caption and the dateline of the story's lead.
                # A ranked list ("1", a headline, its date, "2", ...) keeps
                # its items' dates: a rank number marks no live entry.
                ranked = any(_RANK_RE.fullmatch(ln) for ln in lines[first_item:i])
                if i > first_item and (
                    (not ranked and (BARE_CLOCK_RE.fullmatch(lines[i]) or parse_meta_line(lines[i])))
                    or is_caption(lines[i], in_body=True)
                    or match_dateline(lines[i])
                ):
                    break
                if (
                    i > first_item
                    and _is_prose_line(lines[i])
                    and not any(_is_prose_line(ln) for ln in lines[first_item:i])
                    # a teaser's summary has its date under it ("April 1, 2024")
                    and not (i + 1 < n and _bare_day(lines[i + 1]))
                ):
                    break
                i += 1
            # Lists at the page foot often put a blank line between items;
            # items opened by a dash are a factbox's, the story's own.
            tail = [ln for ln in lines[i:] if ln]
            if all(is_list_item(ln) or is_chrome_line(ln) for ln in tail) and not any(
                re.match(r"[-–] ", ln) for ln in tail
            ):
                i = n
            dropped.extend(ln for ln in lines[start:i] if ln)
            out.extend([""] * (i - start))  # one blank a line: the header reads lines by index
            continue
        if line and (
            (is_chrome_line(line) and not (i and _credit_under_caption(lines[i - 1], line)))
            or (i + 1 < n and _alt_text_of(line, lines[i + 1]))
        ):
            dropped.append(line)
            out.append("")
        else:
            out.append(line)
        i += 1
    return out


_RANK_RE = re.compile(r"0?[1-9]|10")
_TIMECODE_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_SPONSOR_RE = re.compile(r"(?i)sponsored(?: content| links?| stories)?|promoted(?: content)?|paid (?:post|content)")
_EMAIL_FIELD_RE = re.compile(r"(?i)(?:your |enter (?:your )?)?e-?mail(?: address)?\*?")
_SIGNUP_RE = re.compile(r"(?i)(?:sign (?:me )?up|subscribe)(?: now| today| here)?")


def _drop_boxes(lines: list[str], dropped: list[str]) -> list[str]:
    """Boxes a page sets in or after the story, blanked whole: a video's
    transcript (a "Transcript" heading over timecoded lines), a sponsored
    slot (the label and the ad's line under it, which ends no sentence), a
    newsletter or subscription box (a few lines holding a sign-up button
    and an e-mail field or an appeal: "At a time of ...", "Your subscription
    helps ...", "SUBSCRIBE NOW")."""
    out = list(lines)
    n = len(out)
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < n else ""
        if line.lower() == "transcript" and _TIMECODE_RE.fullmatch(nxt):
            j = i
            while j < n and out[j]:
                dropped.append(out[j])
                out[j] = ""
                j += 1
        elif _SPONSOR_RE.fullmatch(line) and nxt and not ends_sentence(nxt):
            dropped.extend((line, nxt))
            out[i] = out[i + 1] = ""
    start = 0
    for i in range(n + 1):
        if i < n and out[i]:
            continue
        block = out[start:i]
        buttons = [b for b in block if _SIGNUP_RE.fullmatch(b)]
        others = [b for b in block if b not in buttons]
        if (
            2 <= len(block) <= 5
            and buttons
            and any(_EMAIL_FIELD_RE.fullmatch(b) or (is_chrome_line(b) and len(b.split()) > 3) for b in others)
        ):
            dropped.extend(block)
            out[start:i] = [""] * len(block)
        start = i + 1
    return out


def _next_rank_follows(lines: list[str], first_item: int, at: int) -> bool:
    """A ranked list spaced out by blank lines goes on over a blank to its
    next rank, or, where its rank numbers stand alone between blanks, to the
    rest of the item under a rank (its headline, then its date): at most two
    lines after each rank number. A compact list ends at its blank line."""
    rank_at = [k for k in range(first_item, at) if _RANK_RE.fullmatch(lines[k])]
    nxt = next((ln for ln in lines[at:] if ln), "")
    if not rank_at or not nxt:
        return False
    last = rank_at[-1]
    if _RANK_RE.fullmatch(nxt):
        return int(nxt) == int(lines[last]) + 1
    spaced = not lines[last + 1]
    return spaced and sum(bool(ln) for ln in lines[last + 1 : at]) < 2 and is_list_item(nxt)


def _alt_text_of(line: str, nxt: str) -> bool:
    """A picture's alt text, which some browsers copy as a line of its own,
    right above the caption that starts with the same words."""
    return len(line.split()) >= 3 and len(nxt) > len(line) and nxt.startswith(line) and not ends_sentence(line)


def _bare_day(line: str) -> bool:
    meta = parse_meta_line(line) if line else None
    return meta is not None and not meta.section and not meta.has_clock and not meta.label


def _is_prose_line(line: str) -> bool:
    # A sentence of eight words or more: linked headlines end in no full stop.
    return len(line.split()) >= 8 and bool(re.search(r"[.!?][\"'”’)]*$", line))


def _credit_under_caption(prev: str, line: str) -> bool:
    """ "Credit: Name" or "Photo: Name" on the line under a caption belongs to it."""
    return bool(prev) and bool(CREDIT_LINE_RE.fullmatch(line)) and bool(re.search(r"[.!?]$", prev))


def _join_clock_lines(lines: list[str], raw: list[str]) -> list[str]:
    """A clock on the line under a date ("Wednesday, 25 Oct 2023" then "10:41
    AM MYT") is that date's time: join them into one time line. So is a stamp
    with a clock and no day next to it ("Updated 16:40 KST · 12 minutes ago",
    dropped as furniture, over "A | B January 14, 2024")."""
    out = list(lines)
    for i, line in enumerate(out):
        if i and BARE_CLOCK_RE.fullmatch(line) and (meta := parse_meta_line(out[i - 1])) and not meta.has_clock:
            out[i - 1], out[i] = f"{out[i - 1]} {line}", ""
        elif line and (meta := parse_meta_line(re.split(r"\s[|•·]\s", line)[-1])) and not meta.has_clock:
            for j in (i - 1, i + 1):
                if 0 <= j < len(raw) and not out[j] and (m := _STAMP_CLOCK_RE.fullmatch(raw[j])):
                    out[i] = f"{line} {m['clock']}"
                    break
    return out


_STAMP_CLOCK_RE = re.compile(
    r"(?i)(?:updated|published|posted)\s*:?\s*(?:at\s)?(?P<clock>\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,5})?)"
    r"(?:\s*[·•|\-]\s*\d+\s\w+\sago)?"
)


# --------------------------------------------------------- not an article
_MARKUP_LINE_RE = re.compile(r"(?:#{1,6} |```|~~~|\s{4,}\S|\t|[-*+] \[[ x]\]|>>> |\$ |\|.*\|\s*$|<[a-z]+[ >])")


_HEADING_LINE_RE = re.compile(r"#{1,6} ")


def _refuse_non_article(text: str) -> None:
    # Code, tables and prompts mark a README or source file; headings alone
    # may be an article saved as Markdown, so they need to be most lines.
    # An indent every line shares (a word processor's margin, a quoted mail)
    # is no code block, and neither is a paragraph indented as in print.
    lines = [ln for ln in textwrap.dedent(text).splitlines() if ln.strip()]
    markup = sum(bool(_MARKUP_LINE_RE.match(ln)) and not _indented_prose(ln) for ln in lines)
    headings = sum(bool(_HEADING_LINE_RE.match(ln)) for ln in lines)
    code = markup - headings
    if (code >= 3 and markup >= 0.05 * len(lines)) or (headings >= 4 and headings >= 0.3 * len(lines)):
        raise NoArticleFound(
            f"not an article page: {markup} of {len(lines)} lines are headings, code or tables "
            "(a README or source file?)"
        )


def _indented_prose(line: str) -> bool:
    text = line.strip()
    return (
        line[:1].isspace()
        and len(text.split()) >= 8
        and not re.match(r"[#*/\-]|\$ |>>> ", text)
        and not re.search(r"[{};<>=]", text)
    )


_LABEL_OPEN_RE = re.compile(r"[A-Z][A-Z'’ ]{1,30}:\s")


def _labelled_form(paragraphs: list[str]) -> bool:
    """Paragraphs opening with different capitalised labels ("CLAIM: ...",
    "THE FACTS: ..."): a fact check's or an interview's form. The first
    label is the text's, not a dateline, which a story carries once."""
    labels = {m[0] for p in paragraphs[:4] if (m := _LABEL_OPEN_RE.match(p))}
    return len(labels) >= 2


def _refuse_oversized(story: ParsedStory) -> None:
    words = sum(len(p.split()) for p in story.paragraphs)
    if len(story.paragraphs) > MAX_PARAGRAPHS or words > MAX_WORDS:
        raise NoArticleFound(
            f"not an article page: {len(story.paragraphs)} paragraphs, {words} words "
            f"(an article page has at most {MAX_PARAGRAPHS} paragraphs and {MAX_WORDS} words)"
        )


# ------------------------------------------------------------------ time
_DAY_CLOCK_RE = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?!:?\d)\s*([ap])?")
_FOOTER_TIME_RE = re.compile(r"(?i)posted by .{1,60}? at (\d{1,2})[:.](\d{2})\s*([ap])?\.?m?\.?")


def _published(metas, dropped: list[str]) -> datetime | None:
    """The first-publication time. A time the page labels as publication
    beats an unlabelled one, which beats a last update; a bare date above
    the headline (the site's "today" or a blog's day heading) counts only
    when nothing else gives a time."""

    def rank(item: tuple[MetaLine, bool]) -> int:
        meta, after = item
        if meta.label == "published":
            return 0
        if meta.label == "updated":
            return 3
        if meta.has_clock:
            return 1
        return 2 if after else 4

    if not metas:
        return None
    # Among bare days above the headline the nearest one is the story's: the
    # site's "today" heads the page, above its masthead and menus.
    meta, _ = min(enumerate(metas), key=lambda e: (rank(e[1]), -e[0] if rank(e[1]) == 4 else e[0]))[1]
    when = meta.published
    if not meta.has_clock:
        # A blog's "Posted by NAME at 9:41 PM" footer, or an air-time line
        # naming the same day without a year ("at 18:00 (JST), October 25"),
        # completes a day heading.
        day = re.compile(rf"\b{when:%b}\w*\.? {when.day}\b|\b{when.day} {when:%b}", re.I)
        for line in dropped:
            if (other := parse_meta_line(line)) and other.label == "updated":
                continue  # the clock of a later update is not the publication's
            m = _FOOTER_TIME_RE.search(line)
            if m is None and day.search(line):
                m = _DAY_CLOCK_RE.search(line)
            if m:
                hour = int(m[1]) % 12 + (12 if (m[3] or "").lower() == "p" else 0) if m[3] else int(m[1])
                when = when.replace(hour=hour, minute=int(m[2]))
                break
    return when


# ------------------------------------------------------------------ credit
_SIGNOFF_CREDIT_RE = re.compile(
    r"(?:[-—–]{1,2}\s?|==)(?P<c>[A-Z][A-Za-z]{1,12}(?:\.com)?)\.?|Sources?\s*:\s*(?P<s>[A-Z][\w.&'’ ]{1,40})(?:/[a-z]{1,4})?|\((?!END\))(?P<p>[A-Z][A-Za-z]{1,12})\)"
)
_TRAILING_CREDIT_RE = re.compile(r"\((?P<c>[A-Z][A-Za-z]+)\)\.?$")
_CAPTION_CREDIT_RE = re.compile(r"==(?P<c>[A-Z][A-Za-z]+)$")


def _credit(story: ParsedStory, header, signoffs: list[str]) -> str:
    """The outlet the copy credits, in order of how explicitly it says so."""
    if story.dateline and story.dateline.agency:
        return story.dateline.agency
    if header.lead_credit:
        return header.lead_credit
    if header.credits:
        return header.credits[0]
    for line in signoffs:
        if m := _SIGNOFF_CREDIT_RE.fullmatch(line):
            return (m["c"] or m["s"] or m["p"]).strip()
    if story.paragraphs and (m := _TRAILING_CREDIT_RE.search(story.paragraphs[-1])):
        return m["c"]
    for caption in story.captions:
        if m := _CAPTION_CREDIT_RE.search(caption):
            return m["c"]
    # A live page's lead is its newest entry; the first one, further down,
    # opens with the agency's dateline.
    for para in story.paragraphs[1:]:
        if (found := match_dateline(para)) and found[0].agency:
            return found[0].agency
    return ""


# ---------------------------------------------------------------- headline
_ABBREV_RE = re.compile(
    r"\b(?:[A-Z]|Co|Corp|Inc|Ltd|Gov|Gen|Rep|Sen|Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.N|N|S)\.$"
)


def _headline_from_lead(lead: str) -> str:
    """A page copied without its headline: the lead's first clause stands in,
    marked ``headline_derived`` so the desk rewrites it."""
    sentence = lead
    for m in re.finditer(r"[.!?](?=\s+[A-Z\"“])", lead):
        if not _ABBREV_RE.search(lead[: m.end()]):
            sentence = lead[: m.end()]
            break
    clause = sentence.split(", ")[0]
    text = clause if len(clause.split()) >= 5 else sentence
    if len(text) > 120:
        text = text[:120].rsplit(" ", 1)[0] + "…"
    # "0 ." must not leave "0 ": the stand-in is stripped like any headline.
    return text.rstrip(".").strip() or lead.strip()


def _described(captions: list[str]) -> bool:
    # A caption that says what the picture shows, not a credit alone ("Photo : YONHAP News").
    return any(len(c.split()) >= 8 for c in captions)


def _columnist(headline: str) -> str:
    """ "[Han Ji-won] The quiet cost of ...": a contributor's column names its
    writer in brackets before the title (a kicker names a genre instead)."""
    m = re.match(r"\[([^\[\]]{3,40})\]\s", headline)
    return (parse_name_line(m[1]) or "") if m else ""


# ------------------------------------------------------------------- parse
def parse_page_text(text: str) -> ParsedStory:
    """Parse pasted page text; raises NoArticleFound if no article is there."""
    lines = _normalise(text)
    if not any(lines):
        raise NoArticleFound("no article found: the text is empty")
    _refuse_non_article(text)
    dropped: list[str] = []
    raw, lines = lines, _drop_chrome(_drop_boxes(lines, dropped), dropped)
    if not any(lines):
        raise NoArticleFound("no article found: the text is only page chrome, no headline and body")

    lines = _join_clock_lines(lines, raw)
    header = read_header(lines, raw, wrap_width(lines))
    if header.body_at is None:
        if not header.headline:
            raise NoArticleFound("no article found: no headline and body")
        if not _described(header.captions):
            raise NoArticleFound("no article found: no body paragraphs after the headline")
        header.body_at = len(lines)  # a picture's page: its caption is all the text
    if not header.bylines and header.credits and (columnist := _columnist(header.headline)):
        # "[Han Ji-won] Title" signed "By Korea Herald": the column is the
        # columnist's; the outlet's name over it is the house's, not a source.
        header.bylines, header.credits = [columnist], []
    story = ParsedStory(
        headline=header.headline,
        section=header.section,
        bylines=list(header.bylines),
        captions=list(header.captions),
        ednote=header.ednote,
    )

    paragraphs = _paragraphs(lines[header.body_at :])
    if paragraphs:
        first = paragraphs[0]
        if header.lead_credit:
            first = re.sub(r"^By\s+[A-Z][A-Za-z]{1,12},\s+", "", first)
            found = match_dateline(first, loose=True)
        else:
            found = match_dateline(first) if not _labelled_form(paragraphs) else None
        if found:
            story.dateline, paragraphs[0] = found
    body = sort_body(paragraphs, headline=story.headline)
    story.paragraphs = body.paragraphs
    for caption in body.captions:
        if caption not in story.captions:
            story.captions.append(caption)
    story.bylines = story.bylines or body.bylines
    body.paragraphs = drop_author_notes(body.paragraphs, story.bylines, body.dropped)
    story.dropped = [*dropped, *header.dropped, *body.dropped]
    story.published = _published([*header.metas, *((m, True) for m in body.metas)], story.dropped)
    if not story.paragraphs and story.headline and _described(story.captions):
        # A picture published alone (a wire's photo item and its republished
        # copies): what the caption describes is the story's text.
        story.paragraphs, story.captions = list(story.captions), []
    if not story.paragraphs:
        raise NoArticleFound("no article found: no body paragraphs after the headline")
    if not story.headline:
        # Refuse loose prose; a page that kept its byline or dateline is an
        # article whose headline was not selected when it was copied.
        if not (story.bylines or story.dateline):
            raise NoArticleFound("no article found: no headline before the body")
        story.headline, story.headline_derived = _headline_from_lead(story.paragraphs[0]), True
    story.credit = _credit(story, header, [*body.signoffs, *dropped])
    _refuse_oversized(story)
    return story
