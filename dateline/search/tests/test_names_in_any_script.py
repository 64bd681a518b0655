"""Korean, Chinese and Japanese bylines and keywords get their own author
and topic pages, linked from the article, like Latin ones."""

from urllib.parse import quote

from dateline.stories.models import Author


def test_korean_byline_links_to_its_own_author_page(client, published):
    story = published("반도체 수출 증가", bylines=["김은정"])
    published("다른 기자의 기사", bylines=["박지원"])
    article = client.get(story.get_absolute_url()).content.decode()
    href = "/author/" + quote("김은정") + "/"
    assert href in article
    response = client.get(href)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>김은정</h1>" in html
    assert "반도체 수출 증가" in html and "다른 기자의 기사" not in html


def test_cjk_keyword_has_a_topic_page(client, published):
    story = published("Talks on the declaration", keywords=["종전선언"])
    published("Unrelated", keywords=["経済"])
    href = "/topic/" + quote("종전선언") + "/"
    assert href in client.get(story.get_absolute_url()).content.decode()
    html = client.get(href).content.decode()
    assert "Talks on the declaration" in html and "Unrelated" not in html
    assert "Unrelated" in client.get("/topic/" + quote("経済") + "/").content.decode()


def test_byline_filter_tells_korean_names_apart(published, search_ids):
    published("First", bylines=["김은정"])
    published("Second", bylines=["김민수"])
    assert search_ids(byline="김은정") == ["First"]
    assert search_ids(byline="김민수") == ["Second"]


def test_each_korean_name_gets_its_own_author_profile(db):
    first, second = Author.for_name("김은정"), Author.for_name("박지원")
    assert first.pk != second.pk
    assert (first.slug, second.slug) == ("김은정", "박지원")


def test_a_slug_that_is_not_canonical_is_404(client, published):
    published("Seoul story", bylines=["Kim Eun-jung"])
    assert client.get("/author/Kim-Eun-jung/").status_code == 404
    assert client.get("/author/" + quote("김 은정") + "/").status_code == 404
