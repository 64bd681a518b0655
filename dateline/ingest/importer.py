"""Turning pasted article text into a story."""

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from dateline.core.text import NotText, decode_text
from dateline.core.timefmt import newsroom_zone, to_newsroom
from dateline.stories.actions import Actor, CreateStory, Publish
from dateline.stories.models import Section, Story
from dateline.stories.services import StoryError

from .models import PastedImport
from .pasted import NoArticleFound, ParsedStory, parse_page_text

MAX_TEXT_BYTES = 2 * 1024 * 1024
HEADLINE_MAX = cast(int, Story._meta.get_field("headline").max_length)  # a CharField's


@dataclass
class ImportResult:
    story: Story
    created: bool
    parsed: ParsedStory | None = None


def fingerprint(parsed: ParsedStory) -> str:
    """Same article text, same key: re-imports find the story already there."""
    h = hashlib.sha256()
    for part in (parsed.headline, parsed.published.isoformat() if parsed.published else "", *parsed.paragraphs):
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def find_section(name: str) -> Section:
    """The page's section by name, else the default one."""
    section = Section.for_copy(name)
    if section is None:
        raise NoArticleFound("no section to file the story in: run migrations first")
    return section


def dateline_date(parsed: ParsedStory, published: datetime) -> date | None:
    dl = parsed.dateline
    if not dl or not dl.month or not dl.day:
        return None
    local = to_newsroom(published)
    year = local.year if (dl.month, dl.day) <= (local.month, local.day) else local.year - 1
    try:
        return date(year, dl.month, dl.day)
    except ValueError:
        return None


def is_house_copy(parsed: ParsedStory) -> bool:
    """Our own agency's copy: its dateline is composed in house style."""
    return bool(parsed.credit) and parsed.credit.casefold() == settings.DATELINE_AGENCY.casefold()


def parse_upload(data: bytes | str) -> ParsedStory:
    """Bytes or text to a parsed page, refusing what the newsroom cannot take."""
    if isinstance(data, bytes):
        if len(data) > MAX_TEXT_BYTES:
            raise NoArticleFound(f"too large: {len(data)} bytes (limit {MAX_TEXT_BYTES})")
        try:
            data = decode_text(data)
        except NotText as exc:
            raise NoArticleFound(str(exc)) from None
    parsed = parse_page_text(data)
    if len(parsed.headline) > HEADLINE_MAX:
        raise NoArticleFound(
            f"no article found: the headline is {len(parsed.headline)} characters "
            f"(limit {HEADLINE_MAX}); is this an article page?"
        )
    return parsed


def import_text(data: bytes | str, *, draft: bool = False, source: str = "", user: Any = None) -> ImportResult:
    """Import one pasted article page (str or bytes). Raises NoArticleFound
    with a one-line reason; nothing is written then."""
    parsed = parse_upload(data)
    key = fingerprint(parsed)
    existing = Story.objects.filter(source_key=key).first()
    if existing:
        return ImportResult(existing, False, parsed)

    page_time = parsed.published
    if page_time is not None and timezone.is_naive(page_time):
        page_time = page_time.replace(tzinfo=newsroom_zone())
    # An undated page is published now, by us; its own date stays unknown
    # (the record says so) and no date is written into its dateline.
    published = page_time or timezone.now()
    dl = parsed.dateline
    house = is_house_copy(parsed)
    # The command line's imports act as the "import-text" system actor,
    # credited to `user` when one is given.
    actor = Actor.system("import-text", via="import", user=user)
    try:
        with transaction.atomic():
            story = CreateStory(
                actor=actor,
                section=find_section(parsed.section),
                headline=parsed.headline,
                body=parsed.paragraphs,
                markup=False,
                created_at=published,
                bylines=list(parsed.bylines),
                dateline_city=dl.city[:80] if dl else "",
                dateline_country=dl.country[:80] if dl else "",
                dateline_agency=(dl.agency[:80] if dl else "") or "",
                # Another outlet's story keeps its credit and its dateline as
                # written; only our own copy is composed in house style.
                credit="" if house else parsed.credit[:120],
                dateline_text="" if house or not dl else dl.raw[:200],
                ednote=parsed.ednote[:500],
                source=source[:200],
                source_key=key,
            ).execute()
            PastedImport.objects.create(
                story=story,
                source=source[:200],
                imported_by=user,
                page_time=page_time,
                headline_derived=parsed.headline_derived,
                dateline_text=dl.raw[:200] if dl else "",
                credit=parsed.credit[:120],
                captions=list(parsed.captions),
                dropped=list(parsed.dropped),
            )
            if not draft:
                publication = Publish(
                    story, actor=actor, at=published, dateline_date=dateline_date(parsed, published) if house else None
                )
                publication.execute()
                story = publication.story
    except (ValidationError, StoryError) as exc:
        # The model's own checks: one line, and the transaction wrote nothing.
        messages = getattr(exc, "messages", None) or [str(exc)]
        raise NoArticleFound("cannot store the story: " + " ".join(" ".join(messages).split())) from None
    return ImportResult(story, True, parsed)
