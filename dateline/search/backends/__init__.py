"""Backend registry: `get_backend()` picks one from DATELINE_SEARCH_BACKEND,
defaulting to the database's own full-text search."""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from . import postgres, sqlite  # noqa: F401  (register themselves)
from .base import REGISTRY, Document, Hit, PhotoDocument, PhotoResults, SearchBackend, SearchResults

DEFAULTS = {"sqlite": "sqlite-fts5", "postgresql": "postgres"}


def backend_name():
    name = getattr(settings, "DATELINE_SEARCH_BACKEND", "") or DEFAULTS.get(connection.vendor, "")
    if name not in REGISTRY:
        raise ImproperlyConfigured(
            f"DATELINE_SEARCH_BACKEND={name!r} is not one of {sorted(REGISTRY)} (the database is {connection.vendor})."
        )
    return name


def get_backend() -> SearchBackend:
    backend = REGISTRY[backend_name()](connection)
    backend.check_vendor()
    return backend


__all__ = [
    "Document",
    "Hit",
    "PhotoDocument",
    "PhotoResults",
    "SearchBackend",
    "SearchResults",
    "get_backend",
    "REGISTRY",
]
