"""The archive: stable date pages (year, month, day), section archives, and
author and topic pages.

Date pages read the stories table through its (status, first_published_at)
index; author and topic pages ask the search backend for the exact-match
tag of the byline or keyword, so they cost the same at a million stories.
"""

import calendar
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from dateline.core.caching import LATEST, MENU, day_key, tag
from dateline.core.slugs import name_slug
from dateline.core.timefmt import MONTHS, newsroom_zone, to_newsroom
from dateline.site.cards import listed_stories
from dateline.site.menu import all_sections
from dateline.stories.models import Author, Story

from ..query import SearchQuery
from .search import PAGE_FIELDS, execute, load_stories

DAY_PAGE_SIZE = 100
COUNTS_TTL = 600


def local_midnight(day):
    return datetime.combine(day, time.min, tzinfo=newsroom_zone())


def in_range(start_day, end_day):
    """Listed stories first published on newsroom days [start_day, end_day)."""
    return listed_stories().filter(
        first_published_at__gte=local_midnight(start_day), first_published_at__lt=local_midnight(end_day)
    )


def first_year():
    key = "search:archive:first-year"
    year = cache.get(key)
    if year is None:
        first = (
            Story.objects.listed().order_by("first_published_at").values_list("first_published_at", flat=True).first()
        )
        year = to_newsroom(first).year if first else to_newsroom(timezone.now()).year
        cache.set(key, year, COUNTS_TTL)
    return year


def this_year():
    return to_newsroom(timezone.now()).year


def valid_date(year, month=1, day=1):
    try:
        value = date(year, month, day)
    except (ValueError, OverflowError):
        raise Http404("There is no such date.") from None
    if not first_year() <= year <= this_year():
        raise Http404("The archive has no stories from that year.")
    return value


def next_month(day):
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def paginate(request, queryset, per_page):
    try:
        return Paginator(queryset, per_page).page(request.GET.get("page", 1))
    except PageNotAnInteger:
        raise Http404("That is not a page number.") from None
    except EmptyPage:
        raise Http404("There is no such page.") from None


def page_links(request, page):
    return {
        "prev_url": f"?page={page.previous_page_number()}" if page.has_previous() else None,
        "next_url": f"?page={page.next_page_number()}" if page.has_next() else None,
        "page_number": page.number,
        "page_count": page.paginator.num_pages,
    }


@require_safe
def archive_index(request):
    tag(request, LATEST, MENU)
    years = list(range(this_year(), first_year() - 1, -1))
    return render(
        request,
        "search/archive_index.html",
        {
            "years": years,
            "months": MONTHS,
        },
    )


@require_safe
def archive_year(request, year):
    tag(request, LATEST, MENU)
    valid_date(year)
    key = f"search:archive:year:{year}"
    counts = cache.get(key)
    if counts is None:
        counts = []
        for month in range(1, 13):
            start = date(year, month, 1)
            counts.append((month, in_range(start, next_month(start)).count()))
        cache.set(key, counts, COUNTS_TTL)
    return render(
        request,
        "search/archive_year.html",
        {
            "year": year,
            "counts": counts,
            "months": MONTHS,
        },
    )


@require_safe
def archive_month(request, year, month):
    tag(request, LATEST, MENU)
    start = valid_date(year, month)
    key = f"search:archive:month:{year}-{month}"
    days = cache.get(key)
    if days is None:
        per_day = {}
        for when in in_range(start, next_month(start)).values_list("first_published_at", flat=True):
            day = to_newsroom(when).day
            per_day[day] = per_day.get(day, 0) + 1
        days = [(d, per_day.get(d, 0)) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
        cache.set(key, days, COUNTS_TTL)
    return render(
        request,
        "search/archive_month.html",
        {
            "year": year,
            "month": month,
            "month_name": MONTHS[month - 1],
            "days": days,
        },
    )


@require_safe
def archive_day(request, year, month, day):
    when = valid_date(year, month, day)
    tag(request, day_key(when), MENU)
    stories = in_range(when, when + timedelta(days=1)).order_by("first_published_at", "id")
    page = paginate(request, stories, DAY_PAGE_SIZE)
    return render(
        request,
        "search/archive_day.html",
        {
            "day": when,
            "month_name": MONTHS[month - 1],
            "page": page,
            "previous_day": when - timedelta(days=1),
            "next_day": when + timedelta(days=1),
            **page_links(request, page),
        },
    )


def find_section(slug):
    section = next((s for s in all_sections() if s.slug == slug), None)
    if section is None:
        raise Http404("No such section.")
    return section


@require_safe
def section_archive(request, slug):
    tag(request, LATEST, MENU)
    section = find_section(slug)
    years = list(range(this_year(), first_year() - 1, -1))
    return render(
        request,
        "search/archive_section.html",
        {
            "section": section,
            "current_section": section,
            "years": years,
            "months": MONTHS,
        },
    )


@require_safe
def section_archive_month(request, slug, year, month):
    tag(request, LATEST, MENU)
    section = find_section(slug)
    start = valid_date(year, month)
    stories = in_range(start, next_month(start)).filter(section=section).order_by("first_published_at", "id")
    page = paginate(request, stories, DAY_PAGE_SIZE)
    return render(
        request,
        "search/archive_section_month.html",
        {
            "section": section,
            "current_section": section,
            "year": year,
            "month": month,
            "month_name": MONTHS[month - 1],
            "page": page,
            **page_links(request, page),
        },
    )


def tagged_page(request, **filters):
    """Newest stories carrying an author or keyword tag, via the search index."""
    raw = request.GET.get("page", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= 500:
        raise Http404("There is no such page.")
    query = SearchQuery(sort="date", page=int(raw), per_page=settings.DATELINE_PAGE_SIZE, **filters)
    results, problem = execute(query)
    stories = load_stories(results, fields=PAGE_FIELDS + ("live__summary", "live__keywords", "section_id"))
    pages = max(1, -(-results.total // query.per_page))
    if query.page > pages:
        raise Http404("There is no such page.")
    return stories, {
        "problem": problem,
        "total": results.total,
        "prev_url": f"?page={query.page - 1}" if query.page > 1 else None,
        "next_url": f"?page={query.page + 1}" if query.page < pages else None,
        "page_number": query.page,
        "page_count": pages,
    }


def name_for(slug, values):
    return next((v for v in values if name_slug(v) == slug), None)


@require_safe
def author(request, slug):
    tag(request, f"author-{slug}", MENU)
    if name_slug(slug) != slug:
        raise Http404("No such author.")
    profile = Author.objects.filter(slug=slug).first()
    stories, context = tagged_page(request, byline=slug)
    name = profile.name if profile else None
    for story in stories:
        name = name or name_for(slug, story.live.bylines)
    if name is None:
        raise Http404("No stories by this author.")
    return render(
        request,
        "search/author.html",
        {
            "name": name,
            "profile": profile,
            "stories": stories,
            **context,
        },
    )


@require_safe
def topic(request, slug):
    tag(request, f"topic-{slug}", MENU)
    if name_slug(slug) != slug:
        raise Http404("No such topic.")
    stories, context = tagged_page(request, keyword=slug)
    name = None
    for story in stories:
        name = name or name_for(slug, story.live.keywords)
    if name is None:
        raise Http404("No stories on this topic.")
    return render(
        request,
        "search/topic.html",
        {
            "name": name,
            "stories": stories,
            **context,
        },
    )
