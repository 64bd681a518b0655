"""Every <loc> of the sitemap index is on DATELINE_SITE_URL, whatever Host
the request claims (a forged Host must never be handed to search engines)."""

from lxml import etree

SM = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_sitemap_index_uses_the_site_url(client, make_story, settings):
    settings.ALLOWED_HOSTS = ["attacker.example", "testserver"]
    settings.DATELINE_SITE_URL = "https://news.example.org"
    make_story()
    response = client.get("/sitemap.xml", HTTP_HOST="attacker.example", secure=False)
    assert response.status_code == 200
    locs = etree.fromstring(response.content).xpath("//s:sitemap/s:loc/text()", namespaces=SM)
    assert {loc.split("/sitemap-")[0] for loc in locs} == {"https://news.example.org"}, locs
    assert {loc.rsplit("/", 1)[1] for loc in locs} == {
        "sitemap-home.xml",
        "sitemap-sections.xml",
        "sitemap-stories.xml",
    }
    assert response["X-Robots-Tag"]


def test_sitemap_index_query_count(client, make_story, django_assert_num_queries):
    make_story()
    make_story("Another story")
    # The sections' and the stories' counts (for paging), the stories'
    # latest change as one aggregate, however many stories there are.
    with django_assert_num_queries(3):
        assert client.get("/sitemap.xml").status_code == 200
