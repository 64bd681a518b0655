from django.urls import path

from . import pasted_views, views

app_name = "ingest"
urlpatterns = [
    path("newsroom/incoming/", views.incoming, name="incoming"),
    path("newsroom/incoming/<int:pk>/", views.detail, name="detail"),
    path("newsroom/incoming/<int:pk>/accept", views.accept, name="accept"),
    path("newsroom/incoming/<int:pk>/dismiss", views.dismiss, name="dismiss"),
    path("newsroom/pasted/", pasted_views.pasted_list, name="pasted"),
    path("newsroom/pasted/<int:pk>/", pasted_views.pasted_detail, name="pasted_detail"),
]
