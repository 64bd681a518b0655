from django.urls import path

from .views import archive, search, threads

app_name = "search"
urlpatterns = [
    path("search/", search.search, name="search"),
    path("api/search/", search.search_api, name="api"),
]
