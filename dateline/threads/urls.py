from django.urls import path

import dateline.core.slugs  # noqa: F401  (registers the <name:...> converter)

from .views import manage, public

app_name = "threads"
urlpatterns = [
    path("threads/", public.thread_index, name="threads"),
    path("threads/suggestions/", public.suggestions, name="suggestions"),
    path("threads/manage/", manage.manage_index, name="thread_manage"),
    path("threads/manage/<name:slug>/", manage.manage_thread, name="thread_manage_detail"),
    path("thread/<name:slug>/", public.thread, name="thread"),
]
