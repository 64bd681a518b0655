"""The small interface every search backend implements.

Callers (views, the API, signals, `dateline reindex`) only see this class,
`SearchQuery` and `SearchResults`; adding OpenSearch later means one more
subclass registered under a new name.
"""

from dataclasses import dataclass, field
from datetime import datetime

from ..query import SearchQuery


@dataclass
class Document:
    """What the index stores for one public story."""

    story_id: int
    published_at: datetime
    headline: str
    body: str
    meta: str  # bylines, keywords, dateline city, slugline
    tags: list[str] = field(default_factory=list)
    lead: str = ""  # the first paragraphs, for backends that rank on less than the body


@dataclass
class Hit:
    story_id: int
    score: float = 0.0


@dataclass
class SearchResults:
    hits: list[Hit]
    total: int
    # True when `total` stopped counting at the backend's count limit.
    total_is_lower_bound: bool = False


@dataclass
class PhotoDocument:
    """What the photo index stores for one published photo."""

    photo_id: int
    date: datetime  # when the picture was taken, else when it was published
    text: str  # caption, headline, alt text
    people: str  # credit line, creator, copyright notice
    place: str  # city, country, keywords
    tags: list[str] = field(default_factory=list)


@dataclass
class PhotoResults:
    photo_ids: list[int]
    total: int
    total_is_lower_bound: bool = False


class SearchBackend:
    name = ""
    # Relevance is computed among the newest matches of very common queries
    # (DATELINE_SEARCH_RANK_WINDOW, default 1,000), which keeps a one-word
    # search on a million stories fast: scoring every one of half a million
    # matches costs seconds on either engine. News readers want recent
    # stories first among equals anyway.
    # Counting stops here ("more than 1,000 stories match"): past it a count
    # costs more than the search and tells a reader nothing more.
    count_limit = 1_000

    @property
    def rank_window(self):
        from django.conf import settings

        return getattr(settings, "DATELINE_SEARCH_RANK_WINDOW", 1000)

    vendor = ""

    def __init__(self, connection):
        self.connection = connection

    def check_vendor(self):
        if self.vendor and self.connection.vendor != self.vendor:
            from django.core.exceptions import ImproperlyConfigured

            raise ImproperlyConfigured(
                f"The {self.name} search backend needs a {self.vendor} database, not {self.connection.vendor}."
            )

    def index(self, document: Document) -> None:
        raise NotImplementedError

    def remove(self, story_id: int) -> None:
        raise NotImplementedError

    def search(self, query: SearchQuery) -> SearchResults:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def count(self) -> int:
        raise NotImplementedError

    def rebuild(self, documents, progress=None, batch_size=2000) -> int:
        """Replace the whole index with `documents`; returns how many."""
        raise NotImplementedError

    def size_bytes(self) -> int | None:
        return None

    # The photo archive's index (see backends/photos.py for each database's).
    def index_photo(self, document: PhotoDocument) -> None:
        raise NotImplementedError

    def remove_photo(self, photo_id: int) -> None:
        raise NotImplementedError

    def search_photos(self, query: SearchQuery) -> PhotoResults:
        raise NotImplementedError

    def rebuild_photos(self, documents, batch_size=2000) -> int:
        raise NotImplementedError

    def count_photos(self) -> int:
        raise NotImplementedError


REGISTRY: dict[str, type[SearchBackend]] = {}


def register(name):
    def wrap(cls):
        cls.name = name
        REGISTRY[name] = cls
        return cls

    return wrap
