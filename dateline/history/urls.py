"""Public version history, mounted at the site root."""

from django.urls import path, re_path

from dateline.core.urls import PUBLIC_ID

from . import views as public

app_name = "history"
urlpatterns = [
    path("view/<public_id:public_id>/history/", public.history, name="history"),
    re_path(rf"^view/(?P<public_id>{PUBLIC_ID})/v/(?P<number>[0-9]{{1,6}})/$", public.version, name="version"),
    path("view/<public_id:public_id>/diff/", public.diff, name="diff"),
]
