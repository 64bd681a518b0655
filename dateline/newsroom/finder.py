"""Finding any story for the "All stories" desk.

Public stories are found through the site's search index, which answers in
milliseconds at a million stories; the app that keeps it registers how to
ask it (`register_public_search`, from its `AppConfig.ready()`). Stories readers cannot
see (drafts, submitted, scheduled, embargoed, killed) are not in that index;
they are a small share of any archive, so their words are matched directly
in the working copy, within the status index. The two lists of ids then go
through one ORM query that applies every other filter and pages the result,
so the desk costs the same number of queries at any archive size.
"""

import html
import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db import connection
from django.db.models import Q
from django.utils import timezone

from dateline.core.timefmt import newsroom_zone
from dateline.stories.models import Story

from .permissions import is_editor

# As the public search: past this many matches a count tells nobody more.
COUNT_LIMIT = 1000
PER_PAGE = 50
S = Story.Status
# Statuses whose stories are not (or no longer) in the public search index.
UNINDEXED = (S.DRAFT, S.SUBMITTED, S.SCHEDULED, S.KILLED)


@dataclass
class Finding:
    text: str = ""
    status: str = ""
    section: object = None  # a Section, or None
    author: object = None  # a user, or None: who created the story
    urgency: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    page: int = 1
    problems: list[str] = field(default_factory=list)

    @property
    def any(self):
        return bool(
            self.text or self.status or self.section or self.author or self.urgency or self.date_from or self.date_to
        )


def _day_start(day):
    return datetime.combine(day, time.min, tzinfo=newsroom_zone())


def _words(text):
    """What the reader typed as plain words (quotes and prefix stars dropped):
    each must appear in the headline, slugline or body of an unindexed story."""
    return [w for w in (part.strip('"*\u201c\u201d') for part in text.split()) if w][:12]


def _text_match(word):
    """One word in a story's working copy. The body is stored JSON of HTML
    paragraphs: `&` is `&amp;` there, and SQLite keeps non-ASCII letters as
    JSON escapes (`\\ud68c`), so the needle is written the same way."""
    needle = html.escape(word, quote=False)
    in_json = json.dumps(needle, ensure_ascii=connection.vendor == "sqlite")[1:-1]
    return Q(headline__icontains=word) | Q(slugline__icontains=word) | Q(body__icontains=in_json)


def _dates(finding):
    """Stories count on their first publication day, or (never published) on
    the day they were created, in newsroom time."""
    out = Q()
    if finding.date_from:
        start = _day_start(finding.date_from)
        out &= Q(first_published_at__gte=start) | Q(first_published_at__isnull=True, created_at__gte=start)
    if finding.date_to:
        end = _day_start(finding.date_to + timedelta(days=1))
        out &= Q(first_published_at__lt=end) | Q(first_published_at__isnull=True, created_at__lt=end)
    return out


def dated_matches(finding, base, few):
    """Ids of the newest stories in the date range (up to COUNT_LIMIT of each
    kind), each half read through an index: published and killed stories by
    the (section,) status, first_published_at index with every filter, the
    few never published through the status index alone (`few` carries no
    other filter, so the section's index, which holds the whole archive, is
    never chosen for them; the final query applies the rest)."""
    public = base.filter(status__in=(S.PUBLISHED, S.KILLED))
    unpublished = few.filter(status__in=(S.DRAFT, S.SUBMITTED, S.SCHEDULED))
    if finding.date_from:
        public = public.filter(first_published_at__gte=_day_start(finding.date_from))
        unpublished = unpublished.filter(created_at__gte=_day_start(finding.date_from))
    if finding.date_to:
        end = _day_start(finding.date_to + timedelta(days=1))
        public = public.filter(first_published_at__lt=end)
        unpublished = unpublished.filter(created_at__lt=end)
    return list(public.order_by("-first_published_at").values_list("pk", flat=True)[:COUNT_LIMIT]) + list(
        unpublished.order_by("-pk").values_list("pk", flat=True)[:COUNT_LIMIT]
    )


_public_search = {"find": None}


def register_public_search(find):
    """`find(text, section_slug, date_from, date_to, limit)` returns the ids of
    the newest public stories matching the words, newest first, and raises
    ValueError with a message for the person searching when the words cannot
    be searched (too long, a prefix too short)."""
    _public_search["find"] = find


def public_matches(finding):
    """Ids of the newest public stories matching the words (up to COUNT_LIMIT),
    narrowed by the filters the index knows."""
    find = _public_search["find"]
    if find is None or finding.status in UNINDEXED:
        return []  # no index, or nothing it holds could pass the status filter
    try:
        return find(
            finding.text,
            finding.section.slug if finding.section else "",
            finding.date_from,
            finding.date_to,
            COUNT_LIMIT,
        )
    except ValueError as error:
        finding.problems.append(str(error))
        return []


def unindexed_matches(finding, few, now):
    """Ids of stories readers cannot see whose working copy has every word.
    Both halves walk the (status, first_published_at) index: an embargoed
    story is published with its public time in the future. `few` carries no
    other filter, so no index that holds the whole archive (a section's) is
    chosen and scanned with LIKE; the final query applies the filters."""
    words = _words(finding.text)
    if not words:
        return []
    qs = few.filter(Q(status__in=UNINDEXED) | Q(status=S.PUBLISHED, first_published_at__gt=now))
    for word in words:
        qs = qs.filter(_text_match(word))
    return list(qs.order_by("-pk").values_list("pk", flat=True)[:COUNT_LIMIT])


def find_stories(finding, user, now=None):
    """The stories for the desk, newest first, with every filter applied."""
    now = now or timezone.now()
    qs = Story.objects.all()
    if not is_editor(user):
        qs = qs.filter(created_by=user)  # reporters see their own stories, as on every desk list
    few = qs
    if finding.status:
        qs = qs.filter(status=finding.status)
    if finding.section:
        qs = qs.filter(section=finding.section)
    if finding.author:
        qs = qs.filter(created_by=finding.author)
    if finding.urgency:
        qs = qs.filter(urgency=finding.urgency)
    if finding.text:
        # Short lists of ids, each from an index, then one query for the page.
        if finding.date_from or finding.date_to:
            qs = qs.filter(_dates(finding))
        qs = qs.filter(pk__in=public_matches(finding) + unindexed_matches(finding, few, now))
    elif finding.date_from or finding.date_to:
        qs = qs.filter(pk__in=dated_matches(finding, qs, few))
    # The list shows no body: leave the big JSON columns unread. Newest
    # created first: the primary key's order, so no sort at any size.
    return qs.select_related("section", "created_by").defer("body", "bylines", "keywords").order_by("-pk")
