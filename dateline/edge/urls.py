from django.urls import path

from . import views

app_name = "edge"
urlpatterns = [
    path("cache/", views.purges, name="purges"),
    path("cache/retry/", views.retry_now, name="retry"),
]
