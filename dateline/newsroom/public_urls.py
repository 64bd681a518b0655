"""Public version history, mounted at the site root (before the site's URLs)."""

from django.urls import re_path

from .views import public

PUBLIC_ID = r"(?P<public_id>[A-Z]{2,8}[0-9]{8,20})"

app_name = "history"
urlpatterns = [
    re_path(rf"^view/{PUBLIC_ID}/history/$", public.history, name="history"),
    re_path(rf"^view/{PUBLIC_ID}/v/(?P<number>[0-9]{{1,6}})/$", public.version, name="version"),
    re_path(rf"^view/{PUBLIC_ID}/diff/$", public.diff, name="diff"),
]
