"""Reading a wire source: a local file or an http(s) URL, never more than the size limit."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .services import max_bytes

TIMEOUT = 20


class FetchError(Exception):
    pass


@dataclass
class Fetched:
    data: bytes | None  # None: not modified since the last poll
    etag: str = ""
    last_modified: str = ""
    filename: str = ""


def is_url(source: str) -> bool:
    return urlsplit(source).scheme in ("http", "https")


def fetch(source: str, *, etag: str = "", last_modified: str = "") -> Fetched:
    limit = max_bytes()
    if is_url(source):
        return _fetch_url(source, limit, etag, last_modified)
    if "://" in source:
        raise FetchError(f"only local paths and http(s) URLs can be read, not {source!r}")
    path = Path(source)
    if not path.is_file():
        raise FetchError("no such file")
    size = path.stat().st_size
    if size > limit:
        raise FetchError(f"too large: {size:,} bytes (the limit is {limit:,})")
    return Fetched(path.read_bytes(), filename=path.name)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects between http(s) URLs only (urllib would also follow one to ftp:)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not is_url(newurl):
            raise FetchError(f"refused a redirect to {newurl!r}: only http(s) URLs are read")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_opener = urllib.request.build_opener(_HttpOnlyRedirects)


def _fetch_url(url, limit, etag, last_modified):
    request = urllib.request.Request(url, headers={"User-Agent": "Dateline wire ingest",
                                                   "Accept-Encoding": "identity"})
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    try:
        with _opener.open(request, timeout=TIMEOUT) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError(f"too large: {int(declared):,} bytes (the limit is {limit:,})")
            # Read one byte past the limit: a server may send more than it declared.
            data = response.read(limit + 1)
            if len(data) > limit:
                raise FetchError(f"too large: more than {limit:,} bytes")
            return Fetched(data, response.headers.get("ETag", ""), response.headers.get("Last-Modified", ""),
                           Path(urlsplit(url).path).name)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(None, etag, last_modified)
        raise FetchError(f"the server answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(f"could not be fetched: {reason}") from None
