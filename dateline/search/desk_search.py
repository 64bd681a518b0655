"""The search index as the newsroom's "All stories" desk asks it
(registered with dateline.newsroom.finder in this app's ready())."""

from .backends import get_backend
from .query import QueryError, SearchQuery


def find_story_ids(text, section_slug, date_from, date_to, limit):
    """Ids of the newest public stories matching `text`, newest first (up to
    `limit`). A query no one could run raises ValueError with the reason."""
    try:
        query = SearchQuery(
            text=text, section=section_slug, date_from=date_from, date_to=date_to, sort="date", page=1, per_page=limit
        )
    except QueryError as error:
        raise ValueError(str(error)) from None
    if not query.terms:
        return []
    return [hit.story_id for hit in get_backend().search(query).hits]
