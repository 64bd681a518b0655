"""Slugs for names in any script.

Django's `slugify()` keeps ASCII only, so "김은정" or "종전선언" slugify to
nothing and every Korean byline would share one author page (or none).
`name_slug()` keeps letters and digits of every script, drops accents the
way `slugify()` does ("José" → "jose"), and so equals `slugify()` for Latin
names. URLs carry such slugs percent-encoded; `NameSlugConverter` matches
them once decoded.
"""

import unicodedata
from functools import lru_cache

from django.urls import register_converter
from django.utils.text import slugify


def name_slug(value: object) -> str:
    # Pages slug the same bylines and keywords over and over (an article
    # page six times): remember the most recent few thousand.
    return _name_slug(str(value))


@lru_cache(maxsize=4096)
def _name_slug(value: str) -> str:
    text = unicodedata.normalize("NFKD", value)
    # Only the Latin-script accents: Japanese voicing marks are combining
    # characters too, and dropping them would turn ピ into ヒ.
    text = "".join(ch for ch in text if not "\u0300" <= ch <= "\u036f")
    return slugify(unicodedata.normalize("NFC", text), allow_unicode=True)


class NameSlugConverter:
    """A path segment made by name_slug(): word characters of any script and hyphens."""

    regex = r"[-\w]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


# Author, topic and thread slugs keep Korean, Chinese and Japanese names. One
# registration for every app whose URLs use <name:...>.
register_converter(NameSlugConverter, "name")
