"""Responses a shared cache (Varnish, a CDN) may keep, and the keys to purge.

Public pages are the same for every reader, so a cache in front of Dateline
can serve them. A view opts in by tagging its request with the surrogate keys
of what the page shows:

    tag(request, *story_keys(story), MENU)

`PublicCacheMiddleware` then sends `Cache-Control: public, max-age=0, s-maxage=…,
stale-while-revalidate=…, stale-if-error=…` and the keys in `xkey` (Varnish's
xkey module), `Surrogate-Key` (Fastly and most CDNs) and `Cache-Tag`
(Cloudflare). Untagged responses are left alone: nothing is cached by
accident. When a story changes, the edge app purges the same keys that
`story_keys()` gives here, so pages and purges never disagree.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.utils.cache import patch_cache_control

from dateline.core.slugs import name_slug

if TYPE_CHECKING:
    from dateline.stories.models import Story, StoryVersion

logger = logging.getLogger(__name__)

# Keys for what many pages show.
MENU = "menu"  # the section menu on every HTML page
HOME = "home"
LATEST = "latest"  # lists of the newest stories: feeds, sitemaps, search results
PHOTOS = "photos"  # lists of photos: the photo feed, the photo archive's search

KEY_HEADERS = ("xkey", "Surrogate-Key", "Cache-Tag")
_ATTRIBUTE = "_dateline_cache_keys"


def tag(request: HttpRequest, *keys: str) -> None:
    """Mark this request's response as public and cacheable under `keys`."""
    existing = getattr(request, _ATTRIBUTE, None)
    if existing is None:
        existing = []
        setattr(request, _ATTRIBUTE, existing)
    for key in keys:
        if key and key not in existing:
            existing.append(key)


def keys_of(request: HttpRequest) -> list[str] | None:
    return getattr(request, _ATTRIBUTE, None)


def story_key(public_id: str) -> str:
    return f"story-{public_id}"


def section_key(slug: str) -> str:
    return f"section-{slug}"


def author_key(name: str) -> str:
    return f"author-{name_slug(name)}"


def topic_key(name: str) -> str:
    return f"topic-{name_slug(name)}"


def photo_key(photo_id: int) -> str:
    """Pages showing a photo (its own page, articles and lists with it) carry
    this key; a change to the photo (edit, withdrawal, new crops) purges it."""
    return f"photo-{photo_id}"


def photo_files_key(public_id: str) -> str:
    """A photo's rendition files carry this key (their names hold the public
    id, not the row's pk, and are served without a query). Withdrawing the
    photo purges it: the files are cached for a year by URL otherwise."""
    return f"photo-files-{public_id}"


def photo_keys(photo_ids: Iterable[int]) -> list[str]:
    return [photo_key(pk) for pk in dict.fromkeys(photo_ids) if pk]


def day_key(day: date) -> str:
    return f"day-{day:%Y-%m-%d}"


def story_keys(story: Story, version: StoryVersion | None = None, section_slug: str = "") -> list[str]:
    """Every key under which a page showing this story may be cached: its
    own pages, and the lists it appears in (home, its section, feeds and
    sitemaps, its archive day, its authors' and topics' pages)."""
    from dateline.core.timefmt import to_newsroom

    version = version or getattr(story, "live", None)
    keys = [story_key(story.public_id), HOME, LATEST]
    slug = section_slug or getattr(getattr(story, "section", None), "slug", "")
    if slug:
        keys.append(section_key(slug))
    if story.first_published_at:
        keys.append(day_key(to_newsroom(story.first_published_at).date()))
    if version is not None:
        keys.extend(author_key(name) for name in version.bylines or [] if name_slug(name))
        keys.extend(topic_key(word) for word in version.keywords or [] if name_slug(word))
    return list(dict.fromkeys(keys))


def cache_control_for(status: int) -> dict[str, bool | int]:
    """Lifetimes for a public response: short for errors, so a story that
    appears at its embargo time is not hidden behind a cached 404 for long."""
    if status == 200:
        max_age = settings.DATELINE_CACHE_MAX_AGE
    else:
        max_age = min(settings.DATELINE_CACHE_MAX_AGE, settings.DATELINE_CACHE_ERROR_MAX_AGE)
    # s-maxage is for the shared cache, which is purged on every change;
    # browsers (max-age=0) ask again each time and get a 304 when nothing
    # changed, so a reader never keeps a page the newsroom has corrected.
    return {
        "public": True,
        "max_age": 0,
        "s_maxage": max_age,
        "stale_while_revalidate": settings.DATELINE_CACHE_STALE_WHILE_REVALIDATE,
        "stale_if_error": settings.DATELINE_CACHE_STALE_IF_ERROR,
    }


class PublicCacheMiddleware:
    """Makes tagged responses cacheable by a shared cache, and refuses to when
    a response would differ between readers (it sets a cookie)."""

    CACHEABLE_STATUS = {200, 301, 404, 410}

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        keys = keys_of(request)
        if keys is None or request.method not in ("GET", "HEAD"):
            return response
        if response.status_code not in self.CACHEABLE_STATUS or response.has_header("Cache-Control"):
            return response
        if response.cookies:
            # A cookie makes the page one reader's: caching it would hand
            # that reader's cookie to everyone. Say so, and keep it private.
            logger.warning("not caching %s: the response sets %s", request.path, ", ".join(response.cookies))
            patch_cache_control(response, private=True, no_cache=True)
            return response
        patch_cache_control(response, **cache_control_for(response.status_code))
        value = " ".join(keys)
        response["xkey"] = value
        response["Surrogate-Key"] = value
        response["Cache-Tag"] = ",".join(keys)
        return response
