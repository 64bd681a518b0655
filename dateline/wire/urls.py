from django.urls import path

from . import api, feeds, sitemaps

app_name = "wire"


urlpatterns = [
    path("rss.xml", feeds.rss_all, name="rss"),
    path("atom.xml", feeds.atom_all, name="atom"),
    path("section/<slug:slug>/rss.xml", feeds.rss_section, name="section-rss"),
    path("section/<slug:slug>/atom.xml", feeds.atom_section, name="section-atom"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap"),
    path("sitemap-<section>.xml", sitemaps.sitemap_section, name="sitemap-section"),
    path("news-sitemap.xml", sitemaps.news_sitemap, name="news-sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
    path("api/v1/openapi.json", api.openapi, name="openapi"),
    path("api/v1/feed", api.feed, name="api-feed"),
    path("api/v1/items", api.items, name="api-items"),
    path("api/v1/items/<public_id:public_id>", api.item, name="api-item"),
    path("api/v1/items/<public_id:public_id>/versions", api.versions, name="api-versions"),
    path("api/v1/items/<public_id:public_id>/newsml", api.newsml, name="api-newsml"),
]
