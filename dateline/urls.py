from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("newsroom/", include("dateline.newsroom.urls")),
    path("feedback/", include("dateline.feedback.urls")),
    path("search/", include("dateline.search.urls")),
    path("", include("dateline.wire.urls")),
    path("admin/", admin.site.urls),
    path("", include("dateline.site.urls")),
]

handler404 = "dateline.site.views.page_not_found"
handler500 = "dateline.site.views.server_error"
