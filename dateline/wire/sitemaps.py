"""sitemap.xml (an index of paged sitemaps), the Google News sitemap and robots.txt."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem  # type: ignore[attr-defined]  # Django 5.x has it; its stubs lack it
from django.db.models import Max, QuerySet
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from dateline.core.caching import LATEST, tag
from dateline.core.languages import to_news_sitemap
from dateline.core.timefmt import iso
from dateline.stories.models import Section, Story

if TYPE_CHECKING:
    # Only in the signatures Django gives these hooks: the sites app is not installed.
    from django.contrib.sites.models import Site
    from django.contrib.sites.requests import RequestSite

# The sitemaps protocol's ceiling per file; Django pages at Sitemap.limit.
URLS_PER_SITEMAP = 50_000
NEWS_DAYS = 2
NEWS_LIMIT = 1000


class SiteSitemap(Sitemap):
    """Absolute URLs on the configured site address, not the request's host."""

    limit = URLS_PER_SITEMAP

    def get_domain(self, site: Site | RequestSite | None = None) -> str:
        return urlsplit(settings.DATELINE_SITE_URL).netloc

    def get_protocol(self, protocol: str | None = None) -> str:
        return urlsplit(settings.DATELINE_SITE_URL).scheme or "https"


class StorySitemap(SiteSitemap):
    changefreq = "never"

    def items(self) -> QuerySet[Story]:
        return Story.objects.listed().only("public_id", "last_published_at", "first_published_at").order_by("id")

    def location(self, story: Story) -> str:
        return story.get_absolute_url()

    def lastmod(self, story: Story) -> datetime | None:
        return story.last_published_at or story.first_published_at

    def get_latest_lastmod(self) -> datetime | None:
        # Django's default loads every story to take the max in Python.
        return self.items().aggregate(latest=Max(Coalesce("last_published_at", "first_published_at")))["latest"]


class SectionSitemap(SiteSitemap):
    changefreq = "hourly"
    priority = 0.8

    def items(self) -> QuerySet[Section]:
        return Section.objects.order_by("position", "id")

    def location(self, section: Section) -> str:
        return section.get_absolute_url()


class HomeSitemap(SiteSitemap):
    changefreq = "always"
    priority = 1.0

    def items(self) -> list[str]:
        return ["/"]

    def location(self, path: str) -> str:
        return path


SITEMAPS = {"home": HomeSitemap, "sections": SectionSitemap, "stories": StorySitemap}


def _cached(request, response):
    """Sitemaps list the newest stories: cached in front, purged on publish."""
    tag(request, LATEST)
    return response


@require_safe
def sitemap_index(request: HttpRequest) -> HttpResponse:
    """Django's index view takes its host from the request (a forged Host
    header would be listed); the sitemaps here live on DATELINE_SITE_URL."""
    entries: list[SitemapIndexItem] = []
    lastmods: list[datetime | None] = []
    for section, sitemap_class in SITEMAPS.items():
        sitemap = sitemap_class()
        url = settings.DATELINE_SITE_URL + reverse("wire:sitemap-section", kwargs={"section": section})
        lastmod = sitemap.get_latest_lastmod()
        lastmods.append(lastmod)
        entries.append(SitemapIndexItem(url, lastmod))
        entries += [SitemapIndexItem(f"{url}?p={page}", lastmod) for page in range(2, sitemap.paginator.num_pages + 1)]
    headers = {"X-Robots-Tag": "noindex, noodp, noarchive"}
    known = [lastmod for lastmod in lastmods if lastmod is not None]
    if len(known) == len(lastmods):
        headers["Last-Modified"] = http_date(max(known).timestamp())
    response = TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml", headers=headers
    )
    response.render()
    return _cached(request, response)


@require_safe
def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    # The view only reads the mapping; its stubs ask for a dict of the wider union.
    response = sitemap_views.sitemap(request, SITEMAPS, section=section)  # type: ignore[arg-type]
    response.render()
    return _cached(request, response)


def news_stories(now: datetime | None = None) -> QuerySet[Story]:
    """Stories of the last two days, newest first, at most 1,000 (Google's rules)."""
    now = now or timezone.now()
    return (
        Story.objects.listed(now)
        .filter(first_published_at__gte=now - timedelta(days=NEWS_DAYS))
        .select_related("live")
        .only("public_id", "language", "first_published_at", "live__headline", "live__keywords")
        .order_by("-first_published_at", "-id")[:NEWS_LIMIT]
    )


@require_safe
def news_sitemap(request: HttpRequest) -> HttpResponse:
    site = settings.DATELINE_SITE_URL
    name = escape(settings.DATELINE_SITE_NAME)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ]
    for story in news_stories():
        assert story.live is not None  # listed stories are published, so have a live version
        lines.append(
            f"<url><loc>{escape(site + story.get_absolute_url())}</loc><news:news>"
            f"<news:publication><news:name>{name}</news:name>"
            f"<news:language>{escape(to_news_sitemap(story.language))}</news:language></news:publication>"
            f"<news:publication_date>{iso(story.first_published_at)}</news:publication_date>"
            f"<news:title>{escape(story.live.headline)}</news:title>"
            "</news:news></url>"
        )
    lines.append("</urlset>")
    return _cached(request, HttpResponse("\n".join(lines), content_type="application/xml; charset=utf-8"))


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    site = settings.DATELINE_SITE_URL
    text = "\n".join(
        [
            "User-agent: *",
            "Disallow: /newsroom/",
            "Disallow: /admin/",
            "Disallow: /api/",
            "",
            f"Sitemap: {site}{reverse('wire:sitemap')}",
            f"Sitemap: {site}{reverse('wire:news-sitemap')}",
            "",
        ]
    )
    return _cached(request, HttpResponse(text, content_type="text/plain; charset=utf-8"))
