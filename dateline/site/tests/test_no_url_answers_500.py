"""No URL answers 500, whatever its path arguments and query parameters.

The URL patterns are read from the resolver, so a pattern added later is
covered without editing this file. The query parameters of each pattern are
the ones its view module reads (`request.GET.get("…")` and the fields of the
forms it binds). Each parameter gets every hostile value on its own (so an
early refusal of one never hides a crash in another), then hypothesis tries
random paths and queries. Errors under /api/ are JSON."""

import inspect
import re
import sys

import pytest
from django import forms
from django.urls.resolvers import RegexPattern
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from . import urlwalk

pytestmark = pytest.mark.django_db

HOSTILE = [
    "9" * 20,
    "-1",
    "9999-12-31",
    "0001-01-01",
    "2026-02-30T00:00:00Z",
    "2026-01-01T00:00:00+99:00",
    "1e309",
    "\x00",
    "é[]%",
    "a" * 2000,
]
_GET_NAMES = re.compile(r"""GET(?:\.get|\.getlist|\[)\(?\s*["']([\w-]+)["']""")
# A form bound to the query string, `SomeForm(request.GET …)`, or to a copy of
# it (`data = request.GET.copy()` … `SomeForm(data …)`).
_GET_COPIES = re.compile(r"\b(\w+)\s*=\s*request\.GET\.copy\(\)")


ROUTES = urlwalk.routes()


def query_names(entry):
    """The query parameters a view's module reads: named GET lookups and the
    fields of every form it binds to the query string."""
    module = sys.modules[entry.callback.__module__]
    source = inspect.getsource(module)
    names = set(_GET_NAMES.findall(source))
    bound = "|".join(["request\\.GET", *_GET_COPIES.findall(source)])
    for name in re.findall(rf"\b(\w+)\((?:{bound})\b", source):
        value = getattr(module, name, None)
        if inspect.isclass(value) and issubclass(value, forms.BaseForm):
            names.update(value.base_fields)
    return sorted(names)


# Known-good path arguments, so random ones are mixed with ones that reach
# past the "no such object" answer (filled from the `world` fixture).
KNOWN = {}


def _segment(name, regex):
    return (
        st.one_of(st.just(KNOWN[name]), st.from_regex(regex, fullmatch=True))
        if name in KNOWN
        else st.from_regex(regex, fullmatch=True)
    )


def path_strategy(route, entry):
    """Paths the pattern matches, with each argument known-good or random."""
    if isinstance(entry.pattern, RegexPattern):
        template = urlwalk.regex_template(route)
        groups = re.findall(r"\(\?P<(\w+)>((?:[^()]|\([^()]*\))*)\)", template)
        parts = re.split(r"\(\?P<\w+>(?:[^()]|\([^()]*\))*\)", template)
        segments = [_segment(name, regex) for name, regex in groups]
    else:
        converters = entry.pattern.converters
        names = re.findall(r"<(?:\w+:)?(\w+)>", route)
        parts = re.split(r"<(?:\w+:)?\w+>", route)
        segments = [_segment(name, converters[name].regex) for name in names]

    def join(values):
        out = parts[0]
        for value, part in zip(values, parts[1:], strict=True):
            out += value + part
        return "/" + out

    return st.tuples(*segments).map(join) if segments else st.just(join(()))


@pytest.fixture
def staff(world):
    client, known = world
    KNOWN.update(known)
    yield client
    KNOWN.clear()


def check(client, path, query):
    response = client.get(path, query)
    assert response.status_code < 500, (path, query, response.status_code)
    if path.startswith("/api/") and response.status_code >= 400:  # NewsML succeeds as XML
        assert response["Content-Type"].startswith("application/json"), (path, query, response["Content-Type"])
    return response


def test_every_pattern_is_walked():
    routes = [route for route, _ in ROUTES]
    assert "api/v1/feed" in routes and "feedback/inbox/" in routes and any("revisions" in r for r in routes)
    entry = dict(ROUTES)["feedback/inbox/"]
    assert "until" in query_names(entry)


@pytest.mark.parametrize("route,entry", ROUTES, ids=[route for route, _ in ROUTES])
def test_no_500_for_hostile_parameters_and_paths(staff, route, entry):
    # Each query parameter alone with each hostile value, then all of them
    # together (views that read a pair, ?a=&b=, need both to go further).
    path = urlwalk.fill(route, entry, KNOWN)
    names = query_names(entry)
    # Each path argument with huge numbers and nonsense, where the URL still
    # matches (a pattern that refuses them answers 404 at the resolver).
    for argument in urlwalk.argument_names(route):
        for value in ("9" * 20, "9" * 18, "0", "00"):
            check(staff, urlwalk.fill(route, entry, {**KNOWN, argument: value}), {})
    for value in HOSTILE:
        for name in names:
            check(staff, path, {name: value})
        if len(names) > 1:
            check(staff, path, dict.fromkeys(names, value))

    # Then random paths the pattern matches, with random queries.
    @hypothesis_settings(
        max_examples=8,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        path=path_strategy(route, entry),
        query=st.dictionaries(
            st.sampled_from(names or ["page"]), st.one_of(st.sampled_from(HOSTILE), st.text(max_size=30)), max_size=3
        ),
    )
    def random_requests(path, query):
        check(staff, path, query)

    random_requests()


@given(tail=st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_./", min_size=1, max_size=40))
@hypothesis_settings(
    max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_unknown_api_paths_answer_json_404(staff, tail):
    response = check(staff, f"/api/v1/{tail}", {})
    assert response.status_code in (200, 404, 405), response.status_code


def test_a_malformed_item_path_is_the_documented_json_error(staff):
    response = staff.get("/api/v1/items/nope")
    assert response.status_code == 404
    assert response.json()["status"] == 404 and response.json()["error"]
