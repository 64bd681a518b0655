"""name_slug(): the same as Django's slugify() for Latin names, and keeps
names in other scripts instead of dropping them."""

import pytest
from django.utils.text import slugify

from dateline.core.slugs import name_slug


@pytest.mark.parametrize("name", ["Kim Eun-jung", "José Martí", "  North   Korea ", "U.S.-ROK talks", "Zoë O'Neil"])
def test_latin_names_slug_as_slugify_does(name):
    assert name_slug(name) == slugify(name)


@pytest.mark.parametrize(
    "name, slug",
    [
        ("김은정", "김은정"),
        ("Kim 은정", "kim-은정"),
        ("종전 선언", "종전-선언"),
        ("習近平", "習近平"),
        ("東京 オリンピック", "東京-オリンピック"),
    ],
)
def test_other_scripts_are_kept(name, slug):
    assert name_slug(name) == slug


def test_punctuation_only_gives_nothing():
    assert name_slug("!!! ???") == ""
