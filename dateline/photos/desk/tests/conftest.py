"""Fixtures of the photo desk's tests: newsroom staff in each role, signed-in
clients, and photos added through the photo core from pictures made here."""

import io
import itertools

import pytest
from django.test import Client
from PIL import Image

from dateline.newsroom.tests.conftest import PASSWORD, form_data  # noqa: F401  (re-exported for the tests)

_colours = itertools.count(1)


def jpeg_bytes(size=(900, 600), colour=None, fmt="JPEG"):
    """A small picture with a block of colour: each call gives different bytes."""
    n = next(_colours)
    colour = colour or ((n * 53) % 256, (n * 97) % 256, (n * 31) % 256)
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    image.paste(Image.new("RGB", (size[0] // 3, size[1] // 3), colour), (size[0] // 4, size[1] // 4))
    out = io.BytesIO()
    image.save(out, fmt, quality=80)
    return out.getvalue()


SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'


@pytest.fixture
def make_staff(db):
    from dateline.newsroom.staff import create_staff

    def factory(username, role, name=""):
        return create_staff(username, role, PASSWORD, name=name or username.title(), validate=False)

    return factory


@pytest.fixture
def reporter(make_staff):
    return make_staff("rita", "reporter", "Rita Reporter")


@pytest.fixture
def other_reporter(make_staff):
    return make_staff("rob", "reporter", "Rob Reporter")


@pytest.fixture
def editor(make_staff):
    return make_staff("eddie", "editor", "Eddie Editor")


@pytest.fixture
def chief(make_staff):
    return make_staff("chloe", "chief", "Chloe Chief")


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def reporter_client(reporter):
    return client_for(reporter)


@pytest.fixture
def editor_client(editor):
    return client_for(editor)


@pytest.fixture
def make_photo(db, django_capture_on_commit_callbacks):
    """A photo added through the photo core (renditions made as the upload
    commits), as `user` (default: a system actor); `described` fields win over the file's."""
    from dateline.photos.services import add_photo
    from dateline.stories.actions import Actor

    def factory(user=None, size=(900, 600), **described):
        actor = Actor(user, "127.0.0.1", "desk") if user else Actor.system("test", via="test")
        with django_capture_on_commit_callbacks(execute=True):
            return add_photo(jpeg_bytes(size), "picture.jpg", actor=actor, described=described or None)

    return factory


@pytest.fixture
def draft_story(db, reporter, section):
    from dateline.stories.actions import Actor, CreateStory

    return CreateStory(
        actor=Actor(reporter, "127.0.0.1", "desk"),
        section=section,
        headline="Floods close roads in Busan",
        body=["Heavy rain flooded roads on Monday.", "Schools were closed."],
        dateline_city="Busan",
    ).execute()
