from django.urls import path

from . import pasted_views, views

# Mounted by the project's URLconf (at /newsroom/incoming/): the Incoming
# queue, and the review of pasted pages beside it.
app_name = "ingest"
urlpatterns = [
    path("", views.incoming, name="incoming"),
    path("<id:pk>/", views.detail, name="detail"),
    path("<id:pk>/accept", views.accept, name="accept"),
    path("<id:pk>/dismiss", views.dismiss, name="dismiss"),
    path("pasted/", pasted_views.pasted_list, name="pasted"),
    path("pasted/<id:pk>/", pasted_views.pasted_detail, name="pasted_detail"),
]
