"""Turning pasted article text into a story."""

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from dateline.core.timefmt import newsroom_zone, to_newsroom
from dateline.stories.models import Section, Story
from dateline.stories.actions import Actor, CreateStory, Publish

from .pasted import NoArticleFound, ParsedStory, decode_bytes, parse_page_text

MAX_TEXT_BYTES = 2 * 1024 * 1024


@dataclass
class ImportResult:
    story: Story
    created: bool


def fingerprint(parsed: ParsedStory) -> str:
    """Same article text, same key: re-imports find the story already there."""
    h = hashlib.sha256()
    for part in (parsed.headline, parsed.published.isoformat() if parsed.published else "", *parsed.paragraphs):
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def find_section(name: str) -> Section:
    if name:
        section = Section.objects.filter(name__iexact=name.strip()).first()
        if section:
            return section
    default = getattr(settings, "DATELINE_DEFAULT_SECTION", "national")
    section = Section.objects.filter(slug=default).first() or Section.objects.order_by("position").first()
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


def import_text(data, *, draft=False, source="", user=None) -> ImportResult:
    """Import one pasted article page (str or bytes). Raises NoArticleFound."""
    if isinstance(data, bytes):
        if len(data) > MAX_TEXT_BYTES:
            raise NoArticleFound(f"too large: {len(data)} bytes (limit {MAX_TEXT_BYTES})")
        data = decode_bytes(data)
    parsed = parse_page_text(data)
    key = fingerprint(parsed)
    existing = Story.objects.filter(source_key=key).first()
    if existing:
        return ImportResult(existing, False)

    if parsed.published:
        published = parsed.published
        if timezone.is_naive(published):
            published = published.replace(tzinfo=newsroom_zone())
    else:
        published = timezone.now()
    dl = parsed.dateline
    # The command line's imports act as the "import-text" system actor,
    # credited to `user` when one is given.
    actor = Actor.system("import-text", via="import", user=user)
    with transaction.atomic():
        story = CreateStory(
            actor=actor,
            section=find_section(parsed.section),
            headline=parsed.headline,
            body=parsed.paragraphs,
            markup=False,
            created_at=published,
            bylines=list(parsed.bylines),
            dateline_city=dl.city if dl else "",
            dateline_country=dl.country if dl else "",
            dateline_agency=(dl.agency if dl else "") or "",
            source=source[:200],
            source_key=key,
        ).execute()
        if not draft:
            publication = Publish(story, actor=actor, at=published, dateline_date=dateline_date(parsed, published))
            publication.execute()
            story = publication.story
    return ImportResult(story, True)
