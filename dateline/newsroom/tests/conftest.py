"""Fixtures of the newsroom's tests: staff in each role and signed-in clients."""

import pytest
from django.test import Client

PASSWORD = "correct horse battery staple"


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


def _client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def reporter_client(reporter):
    return _client_for(reporter)


@pytest.fixture
def editor_client(editor):
    return _client_for(editor)


@pytest.fixture
def chief_client(chief):
    return _client_for(chief)


@pytest.fixture
def draft(db, reporter, section):
    from dateline.stories.actions import Actor, CreateStory

    return CreateStory(
        actor=Actor(reporter, "127.0.0.1", "desk"),
        section=section,
        headline="Talks resume in Panmunjom",
        body=["Delegates met on Monday.", "Talks continue on Tuesday."],
        dateline_city="Seoul",
        bylines=["Rita Reporter"],
    ).execute()


@pytest.fixture
def desk_actor(editor):
    from dateline.stories.actions import Actor

    return Actor(editor, "127.0.0.1", "desk")


def form_data(story, **overrides):
    """The editor form's POST data for `story`, as a browser would send it."""
    from dateline.newsroom.forms import StoryForm

    initial = StoryForm.initial_for(story)
    data = {k: v for k, v in initial.items() if k != "staff_bylines"}
    data["section"] = story.section_id
    data["staff_bylines"] = initial["staff_bylines"]
    data.update(overrides)
    return data


@pytest.fixture
def indexed_story(make_story, django_capture_on_commit_callbacks):
    """make_story with the publication signals delivered, so the search index
    holds the story (tests run in a transaction that never commits)."""

    def factory(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return make_story(*args, **kwargs)

    return factory


@pytest.fixture
def clock(monkeypatch, settings, tmp_path):
    """Sign-in protection's clock, moved by hand: `clock.now += 2`. The counters
    live in the SQLite file store (the default without Redis), which reads
    expiry from the clock it is given; a cache expires keys on its own clock."""
    from dateline.newsroom import signin

    settings.DATELINE_COUNTERS = "sqlite"
    settings.DATELINE_COUNTERS_FILE = tmp_path / "counters.sqlite3"

    class Clock:
        now = 1_800_000_000.0  # a fixed instant inside one fifteen-minute window

    monkeypatch.setattr(signin, "_now", lambda: Clock.now)
    return Clock


def sign_in(client, username, password=PASSWORD, address="203.0.113.5", **extra):
    """POST the newsroom sign-in form from `address` (REMOTE_ADDR, or as the
    proxy's X-Forwarded-For when `extra` says so)."""
    extra.setdefault("REMOTE_ADDR", address)
    return client.post(
        "/newsroom/login/", {"username": username, "password": password, **extra.pop("data", {})}, **extra
    )


def write_draft(user, section, headline, body, **fields):
    """A draft written at the desk by `user`, through the story action."""
    from dateline.stories.actions import Actor, CreateStory

    return CreateStory(
        actor=Actor(user, "127.0.0.1", "desk"), section=section, headline=headline, body=body, **fields
    ).execute()
