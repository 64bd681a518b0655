from django.contrib import admin
from django.urls import include, path

# Each app owns its URL space; apps mounted at "" use their own prefixes
# (feedback/, search/, archive/, rss.xml, api/, sitemap.xml ...).
urlpatterns = [
    path("newsroom/", include("dateline.newsroom.urls")),
    path("", include("dateline.feedback.urls")),
    path("", include("dateline.search.urls")),
    path("", include("dateline.wire.urls")),
    path("", include("dateline.ingest.urls")),
    path("admin/", admin.site.urls),
    path("", include("dateline.newsroom.public_urls")),
    path("", include("dateline.site.urls")),
]

handler404 = "dateline.site.views.page_not_found"
handler500 = "dateline.site.views.server_error"
