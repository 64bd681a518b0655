from django.urls import path, re_path

from . import views

app_name = "feedback"
urlpatterns = [
    re_path(r"^feedback/story/(?P<public_id>[A-Z]{2,8}[0-9]{8,20})/$", views.submit, name="submit"),
    re_path(r"^feedback/story/(?P<public_id>[A-Z]{2,8}[0-9]{8,20})/tokens$", views.tokens, name="tokens"),
    path("feedback/inbox/", views.inbox, name="inbox"),
    path("feedback/inbox/export.csv", views.export_csv, name="export"),
    path("feedback/inbox/<id:pk>/", views.item, name="item"),
]
