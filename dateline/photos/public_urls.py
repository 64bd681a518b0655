"""The photo archive's public pages, mounted at the site root."""

from django.urls import path, re_path

from . import feeds, public

app_name = "photos_public"
urlpatterns = [
    path("photos/rss.xml", feeds.photo_feed, name="feed"),
    re_path(r"^photos/(?P<public_id>[A-Za-z0-9_-]{1,40})/$", public.photo_page, name="photo"),
]
