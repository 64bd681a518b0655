"""Reading a wire source: a local file or an http(s) URL, never more than the size limit.

URLs go through `dateline.core.fetch` (address policy on every hop, one
deadline per fetch, size cap)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from dateline.core.fetch import FetchError, fetch_url

from .services import max_bytes

__all__ = ["FetchError", "Fetched", "fetch", "is_url"]


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


def _fetch_url(url, limit, etag, last_modified):
    headers = {"User-Agent": "Dateline wire ingest"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    response = fetch_url(url, max_bytes=limit, headers=headers)
    if response.status == 304:
        return Fetched(None, etag, last_modified)
    return Fetched(
        response.body,
        response.headers.get("etag", ""),
        response.headers.get("last-modified", ""),
        Path(urlsplit(response.url).path).name,
    )
