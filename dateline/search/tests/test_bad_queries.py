"""Bad queries give a clear empty or error page, never a 500 or an engine error."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.search.backends import get_backend
from dateline.search.query import QueryError, SearchQuery, parse

NASTY = [
    '"unbalanced quote',
    'phrase with "one',
    '"""',
    '""',
    "AND OR NOT",
    "* * *",
    "-",
    "NEAR(a b)",
    "a NOT",
    "^",
    ":",
    "col:value",
    "headline : x",
    "'; DROP TABLE stories_story; --",
    "1' OR '1'='1",
    "\\",
    "%",
    "_",
    "{headline body}: x",
    "x\x00y",
    "\x01\x02\x1f",
    "\u202eevil",
    "a & b | !c",
    "<-> :* !",
    "(((",
    ")",
    '종전선언"',
    "北京*",
    "*",
]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_queries_run_safely_in_the_backend(db, text):
    try:
        query = SearchQuery(text=text)
    except QueryError:
        return
    results = get_backend().search(query)
    assert results.total == 0


@pytest.mark.parametrize("text", NASTY)
def test_nasty_queries_never_fail_the_page(client, db, text):
    response = client.get("/search/", {"q": text})
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert "Your search could not be run" in response.content.decode()


def test_ten_kilobytes_of_text_is_a_clear_400(client, db):
    response = client.get("/search/", {"q": "war " * 2560})
    assert response.status_code == 400
    assert "limited to 300 characters" in response.content.decode()


def test_operators_only_ask_for_words(client, db):
    response = client.get("/search/", {"q": "AND OR NOT"})
    assert response.status_code == 200


def test_bad_dates_and_pages_are_form_errors(client, db):
    response = client.get("/search/", {"q": "x", "date_from": "2024-02-31", "page": "-1"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "Enter the start date as YYYY-MM-DD." in text
    assert "There is no such page of results." in text


def test_reversed_date_range_is_explained(client, db):
    response = client.get("/search/", {"q": "x", "date_from": "2024-03-01", "date_to": "2024-02-01"})
    assert response.status_code == 400
    assert "The start date is after the end date." in response.content.decode()


def test_unknown_section_and_sort_are_form_errors(client, db):
    response = client.get("/search/", {"q": "x", "section": "nope'--", "sort": "rowid"})
    assert response.status_code == 400


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_any_text_parses_or_is_refused_clearly(text):
    try:
        terms = parse(text)
    except QueryError as exc:
        assert str(exc)
        return
    for term in terms:
        for token in term.tokens:
            assert token and '"' not in token and "'" not in token and "*" not in token


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=120)
    | st.lists(
        st.sampled_from(
            [
                '"',
                "*",
                "AND",
                "OR",
                "NOT",
                "NEAR",
                "(",
                ")",
                ":",
                "^",
                "-",
                "'",
                ";",
                "--",
                "word",
                "종전",
                "北",
                "\x00",
                " ",
            ]
        ),
        max_size=20,
    ).map("".join)
)
def test_any_accepted_query_runs_without_engine_errors(published_story, text):
    try:
        query = SearchQuery(text=text)
    except QueryError:
        return
    get_backend().search(query)  # must not raise


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60), st.sampled_from(["", "relevance", "date", "x"]), st.text(max_size=12))
def test_search_page_never_returns_a_server_error(client, published_story, text, sort, page):
    from django.core.cache import cache

    cache.clear()  # stay under the rate limit across examples
    response = client.get("/search/", {"q": text, "sort": sort, "page": page})
    assert response.status_code in (200, 400, 404)
    if response.status_code == 404:  # only a page past the last, and it says so
        assert int(page) > 1
        assert "There is no page" in response.content.decode() or "no such page" in response.content.decode()


@pytest.fixture
def published_story(published):
    return published("Word of the war declaration", body=["Word 종전 北京 declaration."])
