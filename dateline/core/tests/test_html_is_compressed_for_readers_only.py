"""Readers get HTML, feeds and the API gzipped; signed-in staff get their
pages uncompressed (BREACH: desk pages hold unpublished stories next to
reflected input)."""

import gzip

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["ARTICLE", "/", "/search/?q=talks", "/rss.xml"])
def test_readers_get_gzip(client, make_story, path):
    story = make_story()
    path = story.get_absolute_url() if path == "ARTICLE" else path
    plain = client.get(path)
    packed = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
    assert packed["Content-Encoding"] == "gzip" and "Accept-Encoding" in packed["Vary"]
    assert (
        gzip.decompress(packed.content).split(b'name="csrfmiddlewaretoken"')[0]
        == plain.content.split(b'name="csrfmiddlewaretoken"')[0]
    )
    assert len(packed.content) < len(plain.content)


def test_signed_in_staff_get_their_pages_uncompressed(make_story, django_user_model):
    from dateline.newsroom.staff import create_staff

    story = make_story()
    client = Client()
    client.force_login(create_staff("eve", "editor", "correct horse battery staple", validate=False))
    for path in ("/newsroom/", f"/newsroom/story/{story.public_id}/", story.get_absolute_url()):
        response = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 200 and not response.has_header("Content-Encoding"), path
