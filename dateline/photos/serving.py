"""Serving photo renditions as files, in the WhiteNoise style: a middleware
answers /media/renditions/... from MEDIA_ROOT before any session, page or
database work, so a development server or granian serves them without a
view per request. In production nginx, Varnish or a CDN serves the same
paths (docs/photos.md); with an S3-compatible store the URLs point there.

Only rendition names are served, and only names of the exact shape
renditions/<public id>/<key>/<ratio>-<width>.<jpg|webp|avif>: originals
(which may carry GPS positions and camera serials) and anything else under
MEDIA_ROOT answer 404, as does every path trick (.., encoded slashes,
backslashes, NUL). Rendition names change whenever their pixels do, so they
are cached for a year, immutable.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseNotFound
from django.http.response import HttpResponseBase
from django.utils.http import http_date

from dateline.core.caching import KEY_HEADERS, photo_files_key
from dateline.core.delivery import ONE_YEAR

RENDITION = re.compile(
    r"renditions/([A-Za-z0-9_-]{1,40})/[0-9a-f]{16}/(?:original|16x9|4x3|1x1)-[0-9]{1,5}\.(jpg|webp|avif)"
)
CONTENT_TYPES = {"jpg": "image/jpeg", "webp": "image/webp", "avif": "image/avif"}


class MediaFiles:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        prefix = settings.MEDIA_URL
        if not prefix.startswith("/") or not request.path_info.startswith(prefix):
            return self.get_response(request)
        return serve_rendition(request, request.path_info[len(prefix) :])


def serve_rendition(request: HttpRequest, name: str) -> HttpResponseBase:
    match = RENDITION.fullmatch(name)
    if match is None:
        return HttpResponseNotFound("Not found", content_type="text/plain")
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    path = Path(settings.MEDIA_ROOT) / name
    try:
        stat = path.stat()
        handle = path.open("rb") if request.method == "GET" else None
    except OSError:
        return HttpResponseNotFound("Not found", content_type="text/plain")
    content_type = CONTENT_TYPES[match.group(2)]
    response: HttpResponseBase
    if handle is None:  # HEAD: the headers alone
        response = HttpResponse(content_type=content_type)
    else:
        response = FileResponse(handle, content_type=content_type)
    response["Content-Length"] = str(stat.st_size)
    response["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["X-Content-Type-Options"] = "nosniff"
    response["Access-Control-Allow-Origin"] = "*"
    # The cache in front keeps the file for a year; withdrawing the photo
    # purges this key (dateline.edge), so a withdrawn picture goes from it too.
    for header in KEY_HEADERS:
        response[header] = photo_files_key(match.group(1))
    return response
