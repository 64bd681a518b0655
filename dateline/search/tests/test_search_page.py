"""The search page: results with escaped, highlighted snippets and pagination."""

from django.test import override_settings


def test_empty_search_page_shows_the_form(client, db):
    response = client.get("/search/")
    assert response.status_code == 200
    assert b'role="search"' in response.content
    assert b"No stories match" not in response.content


def test_results_are_highlighted_and_linked(client, published):
    story = published("Peace declaration talks resume", body=["Envoys discussed the peace declaration in Seoul."])
    response = client.get("/search/", {"q": "declaration"})
    html = response.content.decode()
    assert response.status_code == 200
    assert story.get_absolute_url() in html
    assert "<mark>declaration</mark>" in html
    assert "1 story matches" in html


def test_snippet_text_is_escaped(client, published):
    published(
        "Script tags in copy", body=["Officials wrote &lt;script&gt;alert(1)&lt;/script&gt; in a memo about scripts."]
    )
    html = client.get("/search/", {"q": "memo"}).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;" in html


def test_no_results_message(client, published):
    published("Something else entirely")
    response = client.get("/search/", {"q": "zeppelin"})
    assert response.status_code == 200
    assert "No stories match your search" in response.content.decode()


@override_settings(DATELINE_PAGE_SIZE=2)
def test_pagination_links_keep_the_query(client, published):
    for n in range(5):
        published(f"Drought report {n}")
    html = client.get("/search/", {"q": "drought", "sort": "date", "page": "2"}).content.decode()
    assert "Page 2 of 3" in html
    assert 'href="?q=drought&amp;sort=date&amp;page=3"' in html
    assert 'href="?q=drought&amp;sort=date&amp;page=1"' in html


def test_filters_are_kept_in_the_form(client, published):
    published("Vote count begins", section="politics")
    html = client.get("/search/", {"q": "vote", "section": "politics", "byline": "Kim Eun-jung"}).content.decode()
    assert '<option value="politics" selected>' in html
    assert 'value="Kim Eun-jung"' in html
    assert "1 story matches" in html


@override_settings(DATELINE_SEARCH_RATE="3/m")
def test_search_is_rate_limited_per_client(client, db):
    codes = [client.get("/search/", {"q": "x"}).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_stories_withdrawn_behind_the_index_are_not_listed(client, published):
    # An index can lag (a bulk write sends no signal): the page checks each
    # hit against the listing rule, so a killed or re-embargoed story never
    # shows even while its entry is still indexed.
    from datetime import timedelta

    from django.utils import timezone

    from dateline.stories.models import Story

    killed = published("Harbour crane collapses in Busan")
    later = published("Harbour crane inspection ordered")
    Story.objects.filter(pk=killed.pk).update(status=Story.Status.KILLED)
    Story.objects.filter(pk=later.pk).update(first_published_at=timezone.now() + timedelta(days=1))
    kept = published("Harbour crane repairs begin")
    html = client.get("/search/", {"q": "harbour crane"}).content.decode()
    assert kept.get_absolute_url() in html
    assert killed.get_absolute_url() not in html and later.get_absolute_url() not in html
    api = client.get("/api/search/", {"q": "harbour crane"}).json()
    assert [item["uri"].rsplit(":", 1)[-1] for item in api["items"]] == [kept.public_id]
    assert kept.is_listed() and not Story.objects.get(pk=killed.pk).is_listed()
