"""The photo archive's search page (/photos/): results as thumbnails linking
to each photo's page, paging that keeps the filters, dates validated, and
`dateline reindex` covering photos."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

from dateline.search.backends import get_backend
from dateline.search.query import SearchQuery

pytestmark = pytest.mark.django_db


def test_results_are_thumbnails_linking_to_the_photo_pages(client, indexed_photo):
    photo = indexed_photo("Typhoon waves crash on the Busan seafront.", alt_text="Waves higher than a lamp post.")
    indexed_photo("A quiet morning market.")
    response = client.get("/photos/", {"q": "typhoon"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 photo matches" in html
    (link,) = re.findall(r'<ol class="photo-results".*?</ol>', html, re.S)
    assert f'href="/photos/{photo.public_id}/"' in link
    assert 'alt="Waves higher than a lamp post."' in link  # the picture is the link: its alt names it
    assert "Typhoon waves crash on the Busan seafront. (Yonhap)" in link
    assert "quiet morning" not in html


def test_pages_keep_the_query_and_filters(client, indexed_photo, monkeypatch):
    monkeypatch.setattr("dateline.search.views.photos.PER_PAGE", 2)
    for n in range(5):
        indexed_photo(f"Lantern festival night {n}.", keywords=["lanterns"])
    html = client.get("/photos/", {"q": "lantern", "keyword": "lanterns"}).content.decode()
    assert 'aria-label="Photo result pages"' in html and "Page 1 of 3" in html
    (next_url,) = re.findall(r'<a rel="next" href="([^"]+)"', html)
    assert "q=lantern" in next_url and "keyword=lanterns" in next_url and "page=2" in next_url
    assert client.get("/photos/", {"q": "lantern", "page": "9"}).status_code == 404


def test_bad_dates_are_a_form_error_that_keeps_what_was_typed(client):
    response = client.get("/photos/", {"q": "river", "date_from": "2021-13-45"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Enter the start date as YYYY-MM-DD." in html
    assert 'value="river"' in html


def test_the_empty_page_is_a_form(client):
    response = client.get("/photos/")
    assert response.status_code == 200 and 'name="q"' in response.content.decode()


def test_reindex_covers_photos(make_photo):
    make_photo("Harbour lights at night.")
    make_photo("Harbour draft.", status="draft")
    get_backend().rebuild_photos([])  # an index lost, or never built after a bulk load
    assert get_backend().search_photos(SearchQuery(text="harbour")).photo_ids == []
    out = StringIO()
    call_command("reindex", "--no-progress", stdout=out)
    assert "Indexed 1 photos" in out.getvalue()
    assert len(get_backend().search_photos(SearchQuery(text="harbour")).photo_ids) == 1
    call_command("reindex", "--no-progress", stdout=StringIO())
    assert get_backend().count_photos() == 1  # idempotent


def test_reindex_dry_run_counts_photos_and_changes_nothing(make_photo):
    make_photo()
    get_backend().rebuild_photos([])
    out = StringIO()
    call_command("reindex", "--no-progress", "--dry-run", stdout=out)
    assert "Would index 1 photos (currently 0 in the index)" in out.getvalue()
    assert get_backend().count_photos() == 0


def test_photo_search_page_query_count_is_pinned(client, indexed_photo):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(3):
        indexed_photo(f"Cherry blossoms along the river, picture {n}.")
    client.get("/photos/", {"q": "blossoms"})  # warm the section menu
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/photos/", {"q": "blossoms"}).status_code == 200
    # The index, then every photo of the page at once.
    assert len(queries) == 2, [q["sql"] for q in queries]
