"""Template URL helpers give exactly what reverse() gives."""

import pytest
from django.urls import reverse

from dateline.core.jinja import url
from dateline.core.urls import fast_reverse


@pytest.mark.parametrize("value", ["north-korea", "sports", "DLN20211028000001325"])
def test_one_argument_urls_match_reverse(value):
    name = "site:article" if value.startswith("DLN") else "site:section"
    assert fast_reverse(name, value) == reverse(name, args=[value])
    assert url(name, value) == reverse(name, args=[value])


def test_argument_less_urls_match_reverse():
    assert url("site:home") == reverse("site:home") == "/"


def test_values_needing_quoting_take_the_slow_path():
    from django.urls import NoReverseMatch

    with pytest.raises(NoReverseMatch):
        fast_reverse("site:section", "a b/c")


def test_script_prefix_is_respected():
    from django.urls import set_script_prefix

    set_script_prefix("/news/")
    try:
        assert fast_reverse("site:section", "sports") == "/news/section/sports/"
        assert url("site:home") == "/news/"
    finally:
        set_script_prefix("/")
