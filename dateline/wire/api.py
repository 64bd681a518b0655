"""The subscriber API: read-only JSON in IPTC ninjs (2.1, or 3.0 on request).

/api/v1/feed     every public version in wire order, "everything since X"
/api/v1/items    current stories, newest first, with search
/api/v1/items/ID the current version of one story (and /versions, /newsml)
"""

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_safe

from dateline.core.params import parse_aware_datetime, text_param
from dateline.stories.models import Story, StoryVersion

from . import cursor, pictures
from .auth import api_key_required, error
from .events import sync_missing
from .models import WireEvent
from .newsml import to_newsml_document_bytes
from .ninjs import DEFAULT_VERSION, VERSIONS, to_ninjs
from .openapi import openapi_document

MAX_LIMIT = 100
DEFAULT_LIMIT = 50
JSON_TYPE = "application/json"


class BadRequest(ValueError):
    pass


def ninjs_version(request: HttpRequest) -> str:
    wanted = request.GET.get("ninjs", "")
    if not wanted:
        accept = request.META.get("HTTP_ACCEPT", "")
        for part in accept.split(";"):
            name, _, value = part.strip().partition("=")
            if name.strip().lower() == "version" and value:
                wanted = value.strip().strip('"')
    wanted = wanted or DEFAULT_VERSION
    if wanted not in VERSIONS:
        raise BadRequest(f"ninjs version {wanted!r} is not offered; ask for one of: {', '.join(VERSIONS)}.")
    return wanted


def limit_from(request: HttpRequest) -> int:
    raw = request.GET.get("limit", "")
    if not raw:
        return DEFAULT_LIMIT
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise BadRequest(f"limit must be a whole number from 1 to {MAX_LIMIT}.")
    return int(raw)


def settle_seconds() -> float:
    return getattr(settings, "DATELINE_WIRE_SETTLE_SECONDS", 2)


def respond(data: dict[str, Any], ver: str) -> JsonResponse:
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = f"{JSON_TYPE}; charset=utf-8"
    response["X-Ninjs-Version"] = ver
    return response


View = Callable[..., HttpResponse]


def handles_bad_requests(view: View) -> View:
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except (BadRequest, cursor.BadCursor) as exc:
            return error(400, str(exc))

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@require_safe
@api_key_required
@handles_bad_requests
def feed(request: HttpRequest) -> HttpResponse:
    """Every public version (first publication, update, correction, kill) in
    the order it reached the wire. Page with `since` (a cursor from `next`, or
    an ISO 8601 time to start from); an empty page means "nothing new yet"."""
    ver = ninjs_version(request)
    limit = limit_from(request)
    sync_missing()
    # Versions recorded in the last moments may still be behind a transaction
    # that commits a little later with an earlier time: waiting them out is
    # what makes "no item missed" hold under concurrent publishing.
    horizon = timezone.now() - timedelta(seconds=settle_seconds())
    events = (
        WireEvent.objects.filter(visible_at__lte=horizon, story__in=Story.objects.public(horizon))
        .select_related("version", "story", "story__section")
        .order_by("visible_at", "id")
    )
    since = request.GET.get("since", "")
    position = None
    if since:
        position = start_position(since)
        events = events.filter(cursor.after("visible_at", *position))
    rows = list(events[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    if rows:
        next_cursor = cursor.encode(rows[-1].visible_at, rows[-1].pk)
    elif position:
        next_cursor = cursor.encode(*position)
    else:
        next_cursor = ""
    photos = pictures.load(e.version for e in rows)
    items = [to_ninjs(e.story, e.version, ver, photos) for e in rows]
    return respond({"items": items, "next": next_cursor, "more": more}, ver)


def start_position(since: str) -> tuple[datetime, int]:
    if "-" in since and ":" in since:
        try:
            return parse_aware_datetime(since.replace(" ", "+")), 0
        except ValueError as exc:
            raise BadRequest(f"since must be a cursor from 'next' or an ISO 8601 time: it {exc}.") from None
    return cursor.decode(since)


@require_safe
@api_key_required
@handles_bad_requests
def items(request: HttpRequest) -> HttpResponse:
    """Current versions of listed stories, newest first; q and section filter."""
    ver = ninjs_version(request)
    limit = limit_from(request)
    stories = Story.objects.listed().select_related("live", "section").order_by("-first_published_at", "-id")
    q = text_param(request.GET.get("q"), 201)
    if len(q) > 200:
        raise BadRequest("q is limited to 200 characters.")
    if q:
        for word in q.split()[:8]:
            stories = stories.filter(Q(live__headline__icontains=word) | Q(live__body_html__icontains=word))
    section = text_param(request.GET.get("section"))
    if section:
        stories = stories.filter(section__slug=section)
    page = request.GET.get("cursor", "")
    if page:
        stories = stories.filter(cursor.before("first_published_at", *cursor.decode(page)))
    rows = list(stories[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    # Listed stories have a live version and a first publication time (the
    # story_public_has_live_version constraint); the checks tell the type checker.
    next_cursor = ""
    if more:
        last = rows[-1]
        assert last.first_published_at is not None
        next_cursor = cursor.encode(last.first_published_at, last.pk)
    photos = pictures.load(s.live for s in rows)
    items = [to_ninjs(s, s.live, ver, photos) for s in rows if s.live is not None]
    return respond({"items": items, "next": next_cursor, "more": more}, ver)


def public_story(public_id: str) -> Story | None:
    return Story.objects.public().select_related("live", "section").filter(public_id=public_id).first()


@require_safe
@api_key_required
@handles_bad_requests
def item(request: HttpRequest, public_id: str) -> HttpResponse:
    ver = ninjs_version(request)
    story = public_story(public_id)
    if story is None or story.live is None:
        return error(404, f"No public story {public_id}.")
    return respond(to_ninjs(story, story.live, ver), ver)


@require_safe
@api_key_required
@handles_bad_requests
def versions(request: HttpRequest, public_id: str) -> HttpResponse:
    ver = ninjs_version(request)
    story = public_story(public_id)
    if story is None:
        return error(404, f"No public story {public_id}.")
    rows = list(StoryVersion.objects.filter(story=story, published_at__lte=timezone.now()).order_by("number"))
    photos = pictures.load(rows)
    return respond({"items": [to_ninjs(story, v, ver, photos) for v in rows]}, ver)


@require_safe
@api_key_required
def newsml(request: HttpRequest, public_id: str) -> HttpResponse:
    story = public_story(public_id)
    if story is None or story.live is None:
        return error(404, f"No public story {public_id}.")
    body, media_type = to_newsml_document_bytes(story, story.live)
    return HttpResponse(body, content_type=f"{media_type}; charset=utf-8")


@require_safe
def openapi(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(json.dumps(openapi_document(), indent=2), content_type="application/json; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response
