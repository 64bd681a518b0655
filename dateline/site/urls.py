from django.urls import path, re_path

from dateline.core.urls import PUBLIC_ID

from . import views

app_name = "site"
urlpatterns = [
    path("", views.home, name="home"),
    path("section/<slug:slug>/", views.section, name="section"),
    # The permanent link works with or without the closing slash.
    re_path(rf"^view/(?P<public_id>{PUBLIC_ID})/?$", views.article, name="article"),
]
