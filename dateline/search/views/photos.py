"""The photo archive's search page: thumbnails of the published photos that
match, through the same backends as story search (backends/photos.py)."""

import logging

from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from dateline.core.caching import MENU, PHOTOS, tag
from dateline.core.ratelimit import rate_limited
from dateline.photos.display import pictures, public_photos

from ..backends import get_backend
from ..forms import PhotoSearchForm
from .search import page_url, search_rate

log = logging.getLogger(__name__)
PER_PAGE = 24


@require_safe
@rate_limited("search", search_rate, methods=("GET", "HEAD"))
def photo_search(request: HttpRequest) -> HttpResponse:
    tag(request, PHOTOS, MENU)
    form = PhotoSearchForm(request.GET or None, per_page=PER_PAGE)
    context = {"form": form, "pictures": [], "results": None, "problem": None}
    if not request.GET:
        return render(request, "search/photos.html", context)
    if not form.is_valid():
        return render(request, "search/photos.html", context, status=400)
    if form.is_blank:
        context["problem"] = "Type a word to search for, or choose a keyword or dates."
        return render(request, "search/photos.html", context)
    query = form.query
    try:
        results = get_backend().search_photos(query)
    except DatabaseError:
        log.exception("Photo search failed for %r", query)
        context["problem"] = "Search is not available right now. Please try again in a moment."
        return render(request, "search/photos.html", context, status=503)
    pages = max(1, -(-results.total // query.per_page))
    if query.page > pages:
        context["problem"] = "There is no such page of results."
        return render(request, "search/photos.html", context, status=404)
    context.update(
        {
            "query": query,
            "results": results,
            # One query for the page's photos; any withdrawn since indexing are skipped.
            "pictures": pictures(results.photo_ids, public_photos(results.photo_ids), "4x3", 640, 960),
            "pages": pages,
            "prev_url": page_url(request, query.page - 1) if query.page > 1 else None,
            "next_url": page_url(request, query.page + 1) if query.page < pages else None,
        }
    )
    return render(request, "search/photos.html", context)
