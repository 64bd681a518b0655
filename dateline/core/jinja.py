"""The Jinja2 environment for Dateline's pages."""

from functools import lru_cache
from typing import Any

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.urls.base import get_script_prefix
from jinja2 import Environment

from . import languages, timefmt
from .urls import fast_reverse


@lru_cache(maxsize=512)
def _url_without_arguments(name, prefix):
    return reverse(name)


def url(name: str, *args: object, **kwargs: object) -> str:
    """reverse() for templates. Every page renders the same few URLs many
    times, so argument-less URLs are remembered and one-argument URLs are
    made by substitution where the pattern allows it."""
    if not args and not kwargs:
        return _url_without_arguments(name, get_script_prefix())
    if len(args) == 1 and not kwargs:
        try:
            return fast_reverse(name, args[0])
        except NoReverseMatch:
            pass
    return reverse(name, args=args or None, kwargs=kwargs or None)


@lru_cache(maxsize=256)
def cached_static(path: str) -> str:
    # Static URLs only change with a deployment (a new process).
    return static(path)


@receiver(setting_changed)
def _clear(setting, **kwargs) -> None:
    if setting == "ROOT_URLCONF":
        _url_without_arguments.cache_clear()
    if setting in {"STATIC_URL", "STORAGES"}:
        cached_static.cache_clear()


def absolute(path: str) -> str:
    return settings.DATELINE_SITE_URL + path


def environment(**options: Any) -> Environment:
    env = Environment(**options)
    env.globals.update(
        url=url,
        static=cached_static,
        absolute=absolute,
        site_name=settings.DATELINE_SITE_NAME,
        agency=settings.DATELINE_AGENCY,
    )
    env.filters.update(
        display_time=timefmt.display_time,
        display_date=timefmt.display_date,
        iso=timefmt.iso,
        bcp47=languages.to_bcp47,
        og_locale=languages.to_og_locale,
    )
    return env
