from django.urls import path, re_path

from . import views

app_name = "site"
urlpatterns = [
    path("", views.home, name="home"),
    path("section/<slug:slug>/", views.section, name="section"),
    re_path(r"^view/(?P<public_id>[A-Z]{2,8}[0-9]{8,20})/?$", views.article, name="article"),
]
