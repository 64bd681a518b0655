"""The search page and the search API.

Both validate input with SearchForm and call the configured backend; neither
lets a bad query reach the engine as syntax, and any query the form accepts
returns a page of results or none, never an error from the engine.
"""

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.db import DatabaseError
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from dateline.core.caching import LATEST, MENU, tag
from dateline.core.ratelimit import rate_limited
from dateline.site.menu import all_sections
from dateline.site.metadata import byline_text
from dateline.stories.models import Story

from ..backends import SearchResults, get_backend
from ..forms import SearchForm
from ..highlight import mark, pattern, snippet
from ..text import plain

log = logging.getLogger(__name__)
API_MAX_PER_PAGE = 50


def search_rate():
    return getattr(settings, "DATELINE_SEARCH_RATE", "60/m,1000/h")


def execute(query):
    """Run a validated query. An engine failure on a query that passed the
    parser is a bug on our side: log it and show no results, not a 500."""
    try:
        return get_backend().search(query), None
    except DatabaseError:
        log.exception("Search failed for %r", query)
        return SearchResults([], 0), "Search is not available right now. Please try again in a moment."


PAGE_FIELDS = (
    "public_id",
    "section__name",
    "first_published_at",
    "live__headline",
    "live__body",
    "live__bylines",
    "live__label",
)


def load_stories(results, fields=PAGE_FIELDS):
    """The hits' stories in rank order, skipping any unpublished since they
    were indexed. Fetched by primary key and checked here: with the
    "listed" conditions in SQL, SQLite prefers the status index and scans
    the archive (175 ms at a million stories against 5 ms). The page needs
    a few fields; the API (fields=None) all of them."""
    ids = [hit.story_id for hit in results.hits]
    stories = Story.objects.filter(pk__in=ids).select_related("live", "section")
    if fields:
        stories = stories.only(*fields, "status", "live_id")
    found = stories.in_bulk()
    now = timezone.now()
    return [story for story in (found.get(i) for i in ids) if story is not None and story.is_listed(now)]


def result_items(stories, query):
    regex = pattern(query.highlight_words())
    items = []
    for story in stories:
        version = story.live
        body = " ".join(plain(p) for p in version.body)
        items.append(
            {
                "story": story,
                "version": version,
                "headline": mark(version.headline, regex),
                "snippet": snippet(body, regex),
                "byline": byline_text(version.bylines),
            }
        )
    return items


def page_url(request, number):
    params = request.GET.copy()
    params["page"] = number
    return "?" + params.urlencode()


@require_safe
@rate_limited("search", search_rate, methods=("GET", "HEAD"))
def search(request):
    tag(request, LATEST, MENU)
    sections = all_sections()
    form = SearchForm(request.GET or None, sections, per_page=settings.DATELINE_PAGE_SIZE)
    context = {"form": form, "items": [], "results": None, "problem": None}
    if not request.GET:
        return render(request, "search/search.html", context)
    if not form.is_valid():
        return render(request, "search/search.html", context, status=400)
    if form.is_blank:
        context["problem"] = "Type a word or phrase to search for, or choose a filter."
        return render(request, "search/search.html", context)
    query = form.query
    results, problem = execute(query)
    pages = max(1, -(-results.total // query.per_page))
    if not problem and query.page > pages:
        context["problem"] = (
            f"There is no page {query.page} of these results: they end at page {pages}."
            if results.total
            else "There is no such page of results."
        )
        return render(request, "search/search.html", context, status=404)
    context.update(
        {
            "query": query,
            "results": results,
            "problem": problem,
            "items": result_items(load_stories(results), query),
            "pages": pages,
            "prev_url": page_url(request, query.page - 1) if query.page > 1 else None,
            "next_url": page_url(request, query.page + 1) if query.page < pages else None,
        }
    )
    return render(request, "search/search.html", context, status=503 if problem else 200)


def api_error(status, message):
    return JsonResponse({"error": message}, status=status)


def api_too_many(request, decision):
    response = api_error(429, f"Too many searches; retry after {decision.retry_after} s.")
    response["Retry-After"] = str(decision.retry_after)
    return response


@require_safe
@rate_limited("search-api", search_rate, methods=("GET", "HEAD"), on_limited=api_too_many)
def search_api(request):
    """GET /api/search/?q=...: results as ninjs documents, best first."""
    from dateline.wire.ninjs import VERSIONS, to_ninjs

    data = request.GET.copy()
    data.setdefault("q", "")
    per_page = data.get("per_page", "20")
    if not per_page.isdigit() or not 1 <= int(per_page) <= API_MAX_PER_PAGE:
        return api_error(400, f"per_page must be a whole number from 1 to {API_MAX_PER_PAGE}.")
    ver = data.get("ninjs", "2.1")
    if ver not in VERSIONS:
        return api_error(400, f"ninjs must be one of {', '.join(VERSIONS)}.")
    form = SearchForm(data, all_sections(), per_page=int(per_page))
    if not form.is_valid():
        messages = [m for errors in form.errors.values() for m in errors]
        return api_error(400, " ".join(messages))
    if form.is_blank:
        return api_error(400, "Give a query (q) or at least one filter.")
    query = form.query
    results, problem = execute(query)
    if problem:
        return api_error(503, problem)
    items = [to_ninjs(story, story.live, ver) for story in load_stories(results, fields=None)]
    body = {
        "total": results.total,
        "total_is_lower_bound": results.total_is_lower_bound,
        "page": query.page,
        "per_page": query.per_page,
        "sort": query.sort,
        "items": items,
    }
    if query.offset + query.per_page < results.total:
        params = data.copy()
        params["page"] = query.page + 1
        body["next"] = request.build_absolute_uri("?" + urlencode(sorted(params.items())))
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/json; charset=utf-8"
    return response
