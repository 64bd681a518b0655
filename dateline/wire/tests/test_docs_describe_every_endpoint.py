"""docs/wire.md describes every feed and API endpoint, with curl examples."""

from pathlib import Path

from django.urls import get_resolver

from dateline.wire.openapi import openapi_document

DOCS = Path(__file__).resolve().parents[3] / "docs" / "wire.md"


def test_every_api_path_and_feed_is_documented(settings):
    text = DOCS.read_text(encoding="utf-8")
    for path in openapi_document()["paths"]:
        assert path.replace("{public_id}", "<public id>") in text, path
    for url in (
        "/rss.xml",
        "/atom.xml",
        "/section/<slug>/rss.xml",
        "/sitemap.xml",
        "/news-sitemap.xml",
        "/robots.txt",
        "/api/v1/openapi.json",
    ):
        assert url in text, url
    assert text.count("curl -s") >= 6 and "Authorization: Bearer" in text and "X-Api-Key" in text


def test_every_wire_url_is_in_the_openapi_document_or_public(db):
    names = {p.name for p in get_resolver("dateline.wire.urls").url_patterns}
    api_names = {n for n in names if n.startswith("api-")}
    assert len(api_names) == len(openapi_document()["paths"])
