from django.contrib import admin
from django.urls import include, path

# Each app owns its URL space; apps mounted at "" use their own prefixes
# (feedback/, search/, archive/, rss.xml, api/, sitemap.xml ...). The public
# site comes first: its patterns are anchored and few, and the article page,
# the most requested URL, then resolves without trying every other app's.
urlpatterns = [
    path("", include("dateline.site.urls")),
    path("newsroom/", include("dateline.newsroom.urls")),
    path("newsroom/", include("dateline.edge.urls")),
    path("newsroom/photos/", include("dateline.photos.desk.urls")),
    path("", include("dateline.feedback.urls")),
    path("", include("dateline.search.urls")),
    path("", include("dateline.threads.urls")),
    path("", include("dateline.wire.urls")),
    path("newsroom/incoming/", include("dateline.ingest.urls")),
    path("admin/", admin.site.urls),
    path("", include("dateline.history.urls")),
    path("", include("dateline.photos.public_urls")),
]

handler403 = "dateline.desk.views.permission_denied"
handler404 = "dateline.site.views.page_not_found"
handler500 = "dateline.site.views.server_error"
