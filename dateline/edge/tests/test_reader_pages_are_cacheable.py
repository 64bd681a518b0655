"""Reader pages are the same for every anonymous reader, so a cache in front
may keep them: no cookie, public Cache-Control with stale-while-revalidate and
stale-if-error, the surrogate keys of what they show, and 304 for a repeat."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def cache_control(response):
    return {part.strip() for part in response.headers.get("Cache-Control", "").split(",") if part.strip()}


def keys(response):
    return response.headers.get("xkey", "").split()


def test_an_anonymous_article_sets_no_cookie_is_public_and_lists_its_keys(make_story, settings):
    story = make_story(keywords=["peace declaration"])
    response = Client().get(story.get_absolute_url())
    assert response.status_code == 200
    assert not response.cookies
    assert {
        "public",
        "max-age=0",
        f"s-maxage={settings.DATELINE_CACHE_MAX_AGE}",
        f"stale-while-revalidate={settings.DATELINE_CACHE_STALE_WHILE_REVALIDATE}",
        f"stale-if-error={settings.DATELINE_CACHE_STALE_IF_ERROR}",
    } <= cache_control(response)
    assert keys(response) == [f"story-{story.public_id}", "menu"]
    assert response.headers["Surrogate-Key"] == response.headers["xkey"]
    assert response.headers["Cache-Tag"] == ",".join(keys(response))


def test_two_readers_get_the_same_article_bytes(make_story):
    story = make_story()
    first, second = Client().get(story.get_absolute_url()), Client().get(story.get_absolute_url())
    assert first.content == second.content
    assert first.headers["ETag"] == second.headers["ETag"]


def test_a_repeat_visit_with_the_etag_gets_304(make_story):
    story = make_story()
    client = Client()
    etag = client.get(story.get_absolute_url()).headers["ETag"]
    again = client.get(story.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""


def test_a_story_not_yet_public_404s_briefly_under_its_own_key(make_story, settings):
    story = make_story(publish_it=False)
    response = Client().get(f"/view/{story.public_id}")
    assert response.status_code == 404
    assert f"s-maxage={settings.DATELINE_CACHE_ERROR_MAX_AGE}" in cache_control(response)
    assert f"story-{story.public_id}" in keys(response)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", {"home", "latest", "menu"}),
        ("/section/north-korea/", {"section-north-korea", "menu"}),
        ("/rss.xml", {"latest"}),
        ("/section/north-korea/atom.xml", {"latest", "section-north-korea"}),
        ("/sitemap.xml", {"latest"}),
        ("/news-sitemap.xml", {"latest"}),
        ("/archive/", {"latest", "menu"}),
        ("/author/kim-eun-jung/", {"author-kim-eun-jung", "menu"}),
        ("/search/?q=peace", {"latest", "menu"}),
    ],
)
def test_lists_carry_the_keys_their_stories_are_purged_under(published, path, expected):
    published()  # indexed for search, author and topic pages
    response = Client().get(path)
    assert response.status_code == 200, path
    assert not response.cookies
    assert "public" in cache_control(response)
    assert set(keys(response)) == expected


def test_the_archive_day_and_history_are_keyed_by_day_and_story(make_story):
    from dateline.core.timefmt import to_newsroom

    story = make_story()
    day = to_newsroom(story.first_published_at).date()
    response = Client().get(f"/archive/{day:%Y/%m/%d}/")
    assert f"day-{day:%Y-%m-%d}" in keys(response)
    history = Client().get(f"/view/{story.public_id}/history/")
    assert f"story-{story.public_id}" in keys(history)


@pytest.mark.parametrize("path", ["/newsroom/", "/newsroom/login/", "/api/v1/feed", "/feedback/inbox/"])
def test_staff_and_subscriber_pages_are_never_public(client, path):
    response = client.get(path)
    assert "public" not in cache_control(response)
    assert not response.has_header("xkey")


def test_a_page_that_sets_a_cookie_is_kept_private(rf, settings):
    from django.http import HttpResponse

    from dateline.core.caching import PublicCacheMiddleware, tag

    def view(request):
        tag(request, "home")
        response = HttpResponse("hello")
        response.set_cookie("csrftoken", "one-reader's")
        return response

    request = rf.get("/")
    response = PublicCacheMiddleware(view)(request)
    assert "public" not in cache_control(response) and "private" in cache_control(response)
    assert not response.has_header("xkey")
