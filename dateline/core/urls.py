"""URL building for hot templates.

`reverse()` resolves the URLconf on each call; a list page with a menu called
it dozens of times per render. A pattern with one argument is reversed once
with a placeholder, and later URLs are made by substitution.
"""

import re
from functools import lru_cache

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import register_converter, reverse
from django.urls.base import get_script_prefix

# A story's public ID: the agency prefix, then the date, sequence and desk
# code ("DLN20211028000001325"). One definition for every URL that takes one.
PUBLIC_ID = r"[A-Z]{2,8}[0-9]{8,20}"


class PublicIdConverter:
    """`<public_id:public_id>` in a path(): a story's public ID."""

    regex = PUBLIC_ID

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(PublicIdConverter, "public_id")

# Letters then digits: valid for both slug and public-ID patterns.
_PLACEHOLDER = "ZQ00000000000000000"


@lru_cache(maxsize=64)
def _pattern(name, prefix):
    return reverse(name, args=[_PLACEHOLDER])


_PLAIN = re.compile(r"[A-Za-z0-9_-]+\Z")


def fast_reverse(name: str, value: object) -> str:
    """reverse(name, args=[value]) for one argument. Values with characters
    that reverse() would quote go the slow way."""
    value = str(value)
    if not _PLAIN.match(value):
        return reverse(name, args=[value])
    return _pattern(name, get_script_prefix()).replace(_PLACEHOLDER, value)


@receiver(setting_changed)
def _clear(setting, **kwargs) -> None:
    if setting == "ROOT_URLCONF":
        _pattern.cache_clear()
