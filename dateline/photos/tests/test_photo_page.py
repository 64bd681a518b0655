"""Each published photo has a public page: the picture large, its
description, and the public stories that used it. Drafts, withdrawn and
unknown photos answer 404."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dateline.stories.actions import Actor, Kill

pytestmark = pytest.mark.django_db


def page(client, photo):
    return client.get(f"/photos/{photo.public_id}/")


def test_photo_page_shows_the_picture_and_its_description(client, make_photo, img_tags):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    photo = make_photo(
        "Fishing boats return to Sokcho port.",
        headline="Boats return",
        credit_line="Yonhap",
        creator="Kim Min-su",
        copyright_notice="© 2021 Yonhap News Agency",
        date_created=datetime(2021, 10, 28, 6, 30, tzinfo=ZoneInfo("Asia/Seoul")),
        city="Sokcho",
        country="South Korea",
        keywords=["fishing", "ports"],
    )
    response = page(client, photo)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and "Boats return</h1>" in html
    assert "<figcaption>Fishing boats return to Sokcho port. (Yonhap)</figcaption>" in html
    for text in ("Kim Min-su", "© 2021 Yonhap News Agency", "October 28, 2021", "Sokcho, South Korea", ">fishing</a>"):
        assert text in html
    (img,) = img_tags(html)
    assert img["alt"] == photo.alt_text and "loading" not in img
    assert f"{photo.public_id}" in html


def test_lists_the_public_stories_that_used_it(client, photo_story, published, django_capture_on_commit_callbacks):
    story, (lead, *_) = photo_story
    killed = published(headline="A story later withdrawn", photos=[lead.pk])
    with django_capture_on_commit_callbacks(execute=True):
        Kill(killed, "Withdrawn.", actor=Actor.system("test")).execute()
    html = page(client, lead).content.decode()
    assert f'href="{story.get_absolute_url()}"' in html and "Storm leaves thousands without power" in html
    assert "A story later withdrawn" not in html


@pytest.mark.parametrize("status", ["draft", "withdrawn"])
def test_unpublished_photos_are_not_found(client, make_photo, status):
    assert page(client, make_photo(status=status)).status_code == 404


def test_unknown_photo_is_not_found(client):
    assert client.get("/photos/NOSUCHPHOTO1/").status_code == 404


def test_photo_page_query_count_is_pinned(client, photo_story):
    _, (lead, *_) = photo_story
    page(client, lead)  # warm the section menu
    with CaptureQueriesContext(connection) as queries:
        assert page(client, lead).status_code == 200
    assert len(queries) == 2, [q["sql"] for q in queries]  # the photo, its stories


def test_photo_page_links_the_feed_and_the_archive_search(client, make_photo):
    html = page(client, make_photo()).content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/photos/rss.xml"' in html
    assert 'href="/photos/"' in html
