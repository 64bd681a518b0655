from django.urls import path

from . import views

app_name = "ingest"
urlpatterns = [
    path("newsroom/incoming/", views.incoming, name="incoming"),
    path("newsroom/incoming/<id:pk>/", views.detail, name="detail"),
    path("newsroom/incoming/<id:pk>/accept", views.accept, name="accept"),
    path("newsroom/incoming/<id:pk>/dismiss", views.dismiss, name="dismiss"),
]
