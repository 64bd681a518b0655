from django.urls import path, register_converter

import dateline.core.slugs  # noqa: F401  (registers the <name:...> converter)

from .views import archive, photos, search


class TwoDigits:
    """Months and days in archive URLs are always two digits: /archive/2021/10/28/."""

    regex = "[0-9]{2}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):02d}"


register_converter(TwoDigits, "dd")

app_name = "search"
urlpatterns = [
    path("search/", search.search, name="search"),
    path("api/search/", search.search_api, name="api"),
    path("photos/", photos.photo_search, name="photos"),
    path("archive/", archive.archive_index, name="archive"),
    path("archive/<id:year>/", archive.archive_year, name="archive-year"),
    path("archive/<id:year>/<dd:month>/", archive.archive_month, name="archive-month"),
    path("archive/<id:year>/<dd:month>/<dd:day>/", archive.archive_day, name="archive-day"),
    path("archive/section/<slug:slug>/", archive.section_archive, name="section-archive"),
    path(
        "archive/section/<slug:slug>/<id:year>/<dd:month>/", archive.section_archive_month, name="section-archive-month"
    ),
    path("author/<name:slug>/", archive.author, name="author"),
    path("topic/<name:slug>/", archive.topic, name="topic"),
]
