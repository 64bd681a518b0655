"""The one place where stories change state.

Views, management commands, importers and the API all call these functions,
so every path gets the same checks, the same transaction and the same signals.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from dateline.core.html import clean_body_item, escape_text, is_block, item_text, render_item
from dateline.core.timefmt import ap_date, to_newsroom

from .models import Revision, Section, Story, StoryVersion
from .models.story import make_public_id
from .signals import story_published

WORKING_FIELDS = (
    "headline", "bylines", "dateline_city", "dateline_country", "dateline_agency",
    "body", "urgency", "keywords", "slugline", "ednote", "section_id", "language",
    "credit", "dateline_text", "desk_notes",
)


class StoryError(ValueError):
    """A state change that is not allowed; the message is shown to the user."""


def compose_dateline(city, country="", when: date | None = None, agency="", separator="--"):
    """House-style dateline: "SEOUL, Oct. 28 (Yonhap) --"."""
    city = (city or "").strip().upper()
    if not city:
        return ""
    parts = [city]
    if country:
        parts.append(country.strip())
    if when is not None:
        parts.append(ap_date(when.month, when.day))
    text = ", ".join(parts)
    if agency:
        text += f" ({agency})"
    return f"{text} {separator}".strip()


def clean_paragraphs(paragraphs, markup=True):
    """Sanitise body items (paragraphs, or whole blocks such as subheads, lists
    and tables); plain text (markup=False) is escaped instead."""
    clean = clean_body_item if markup else escape_text
    return [p for p in (clean(str(p)) for p in paragraphs) if p]


def split_plain_text(text):
    """Pasted plain text to paragraphs: blank lines separate paragraphs; single
    newlines inside a block are wrapping and become spaces."""
    blocks, current = [], []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return blocks


def render_body(paragraphs, dateline_text=""):
    """Stored body items to article HTML; the dateline opens the first
    paragraph. Item ids let readers' feedback point at a paragraph."""
    out = []
    lead = f'<span class="dateline">{escape_text(dateline_text)}</span>' if dateline_text else ""
    for number, item in enumerate(paragraphs, start=1):
        if lead and not is_block(item):
            out.append(render_item(item, number, lead))
            lead = ""
        else:
            out.append(render_item(item, number))
    return "\n".join(out)


def summarize(paragraphs, limit=300):
    first = next((p for p in paragraphs if not is_block(p)), paragraphs[0] if paragraphs else "")
    text = item_text(first)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def snapshot(story):
    return {field: getattr(story, field) for field in WORKING_FIELDS}


@transaction.atomic
def create_story(*, section: Section, headline: str, body=(), user=None, markup=True,
                 created_at: datetime | None = None, **fields) -> Story:
    """A new draft with its public ID and first revision."""
    headline = " ".join(headline.split())
    if not headline:
        raise StoryError("A story needs a headline.")
    created_at = created_at or timezone.now()
    story = Story(
        public_id=make_public_id(section, created_at),
        section=section,
        headline=headline,
        slug=slugify(headline)[:120],
        body=clean_paragraphs(body, markup=markup),
        created_at=created_at,
        modified_at=created_at,
        created_by=user,
        revision=1,
        **fields,
    )
    story.full_clean(exclude=["live", "body", "bylines", "keywords"])
    story.save()
    Revision.objects.create(story=story, number=1, data=snapshot(story), created_by=user,
                            created_at=created_at, note="Created")
    return story


@dataclass
class Publication:
    """Publishing a story's working copy as a new public version.

    `check()` says why it cannot happen (or nothing); `execute()` does it in
    one transaction and announces it once the transaction has committed.
    """

    story: Story
    user: object = None
    at: datetime | None = None
    kind: str = ""
    label: str = ""
    correction: str = ""
    dateline_date: date | None = None
    # False for embargoed publications: the release job announces them later.
    announce: bool = True

    def check(self):
        story = self.story
        if story.status == Story.Status.KILLED:
            return "A killed story cannot be published again; write a new story."
        if not story.headline.strip():
            return "A story needs a headline before it is published."
        if not story.body:
            return "A story needs a body before it is published."
        if self.kind == StoryVersion.Kind.CORRECTION and not self.correction.strip():
            return "A correction needs a correction note."
        return None

    def execute(self):
        problem = self.check()
        if problem:
            raise StoryError(problem)
        with transaction.atomic():
            story = Story.objects.select_for_update().get(pk=self.story.pk)
            at = self.at or timezone.now()
            number = story.versions.count() + 1
            kind = self.kind or (StoryVersion.Kind.FIRST if number == 1 else StoryVersion.Kind.UPDATE)
            if story.first_published_at is None or number == 1:
                story.first_published_at = at
            when = self.dateline_date or to_newsroom(story.first_published_at).date()
            # Another agency's story keeps its credit: never ours by default.
            agency = story.dateline_agency or story.credit or settings.DATELINE_AGENCY
            # Another agency's story shows its dateline as that agency wrote
            # it, or none: never one composed here with our date on it.
            dateline_text = story.dateline_text or ("" if story.credit else compose_dateline(
                story.dateline_city, story.dateline_country, when, agency))
            version = StoryVersion.objects.create(
                story=story,
                number=number,
                kind=kind,
                headline=story.headline,
                bylines=list(story.bylines),
                dateline_city=story.dateline_city,
                dateline_country=story.dateline_country,
                dateline_date=when if story.dateline_city else None,
                dateline_agency=agency,
                dateline_text=dateline_text[:200],
                credit=story.credit,
                body=list(story.body),
                body_html=render_body(story.body, dateline_text),
                summary=summarize(story.body),
                urgency=story.urgency,
                keywords=list(story.keywords),
                slugline=story.slugline,
                label=self.label.strip(),
                ednote=story.ednote,
                correction=self.correction.strip(),
                published_at=at,
                published_by=self.user,
            )
            story.live = version
            story.status = Story.Status.PUBLISHED
            story.last_published_at = at
            story.scheduled_at = None
            story.save(update_fields=["live", "status", "first_published_at", "last_published_at", "scheduled_at"])
            self.story = story
            if self.announce:
                transaction.on_commit(
                    lambda: story_published.send(sender=Story, story=story, version=version)
                )
        return version


def publish(story, **kwargs) -> StoryVersion:
    return Publication(story, **kwargs).execute()
