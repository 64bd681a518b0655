"""Fixtures of the photo desk's tests: the newsroom's staff fixtures, and
photos added through the photo core from pictures made here."""

import io
import itertools

import pytest
from django.test import Client
from PIL import Image

# The newsroom's staff in each role and their signed-in clients, shared.
from dateline.newsroom.tests.conftest import (  # noqa: F401
    PASSWORD,
    chief,
    draft,
    editor,
    editor_client,
    form_data,
    make_staff,
    other_reporter,
    reporter,
    reporter_client,
)

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


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


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
