from django.urls import path

from . import views

# Mounted by the project's URLconf (at /newsroom/incoming/).
app_name = "ingest"
urlpatterns = [
    path("", views.incoming, name="incoming"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/accept", views.accept, name="accept"),
    path("<int:pk>/dismiss", views.dismiss, name="dismiss"),
]
