from django.urls import path

from . import views

# Mounted by the project's URLconf (at /newsroom/incoming/).
app_name = "ingest"
urlpatterns = [
    path("", views.incoming, name="incoming"),
    path("<id:pk>/", views.detail, name="detail"),
    path("<id:pk>/accept", views.accept, name="accept"),
    path("<id:pk>/dismiss", views.dismiss, name="dismiss"),
]
