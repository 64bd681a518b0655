"""Fixtures for the public photo pages: published photos and a story that
shows them, with the publication signals delivered (StoryPhoto follows)."""

import re

import pytest


@pytest.fixture
def photo_story(published, make_photo):
    """A story with a lead photo and a two-photo gallery: (story, [photos])."""
    photos = [
        make_photo("Rescuers search the rubble of a collapsed house in Gangneung on Oct. 28.", credit_line="Yonhap"),
        make_photo("Residents carry belongings out of a flooded shop.", credit_line="Newsis", creator="Lee Ji-hoon"),
        make_photo("A soldier hands out water bottles.", credit_line="AFP"),
    ]
    story = published(headline="Storm leaves thousands without power", photos=[p.pk for p in photos])
    return story, photos


def imgs(html):
    """Every <img> tag in the page, as an attribute dict."""
    return [dict(re.findall(r'([\w-]+)="([^"]*)"', tag)) for tag in re.findall(r"<img\b[^>]*>", html)]


@pytest.fixture
def img_tags():
    return imgs
