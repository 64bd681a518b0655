"""Fixtures for search tests: stories published the way the newsroom does,
with the on-commit signals actually delivered so the index follows."""

import pytest

from dateline.search.backends import get_backend
from dateline.search.query import SearchQuery


@pytest.fixture
def search_ids():
    """Run a search and return the matching stories' headlines, best first."""
    from dateline.stories.models import Story

    def run(text="", **kwargs):
        results = get_backend().search(SearchQuery(text=text, **kwargs))
        by_id = dict(Story.objects.filter(pk__in=[h.story_id for h in results.hits]).values_list("pk", "headline"))
        return [by_id[h.story_id] for h in results.hits]

    return run


@pytest.fixture
def indexed_photo(make_photo):
    """Make a photo and index it, as the photo desk's signal would."""
    from dateline.search.photos import sync_photo

    def make(*args, **kwargs):
        photo = make_photo(*args, **kwargs)
        sync_photo(photo.pk)
        return photo

    return make
