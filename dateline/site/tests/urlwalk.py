"""Every URL pattern of the project, read from the resolver, and a way to
fill a pattern's arguments: shared by the tests that must hold for every
page, so a pattern added later is covered without editing them."""

import re

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern


def walk(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from walk(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry


def routes():
    """(route, pattern) for every URL but Django's own admin."""
    return [(route, entry) for route, entry in walk(get_resolver().url_patterns) if not route.startswith("admin/")]


_GROUP = r"\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)"
_CONVERTER = r"<(?:\w+:)?(\w+)>"


def regex_template(route):
    return route.lstrip("^").rstrip("$").replace("/?", "/")


def fill(route, entry, values):
    """The pattern's path with `values` for its arguments ("1" for others)."""
    if isinstance(entry.pattern, RegexPattern):
        return "/" + re.sub(_GROUP, lambda m: values.get(m.group(1), "1"), regex_template(route))
    return "/" + re.sub(_CONVERTER, lambda m: values.get(m.group(1), "1"), route)


def argument_names(route):
    return re.findall(r"\(\?P<(\w+)>", route) + re.findall(_CONVERTER, route)
