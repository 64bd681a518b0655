"""Fixtures for the wire's tests: API keys, kills (the schema validators are the project's, in conftest.py)."""

import pytest


@pytest.fixture(autouse=True)
def no_settle(settings):
    # The feed normally holds back versions of the last two seconds (see
    # api.feed); tests publish and poll within the same second.
    settings.DATELINE_WIRE_SETTLE_SECONDS = 0


@pytest.fixture
def api_key(db):
    from dateline.wire.models import ApiClient

    _, key = ApiClient.create_with_key("Test Herald", rate_limit=1000)
    return key


@pytest.fixture
def api(client, api_key):
    """GET an API path with a valid key; returns the response."""

    def get(path, **params):
        return client.get(path, params, HTTP_AUTHORIZATION=f"Bearer {api_key}")

    return get


@pytest.fixture
def kill_story():
    """Kill through the newsroom's workflow, as the desk does."""
    from dateline.stories.actions import SYSTEM, Kill

    def do_kill(story, reason="Legal problem."):
        version = Kill(story, reason, actor=SYSTEM).execute()
        story.refresh_from_db()
        return version

    return do_kill


@pytest.fixture
def update_story():
    from dateline.stories.actions import SYSTEM, Correct, Update

    def update(story, *, kind="", correction="", ednote="", label=None, at=None, **changes):
        changes["ednote"] = ednote
        if kind == "correction":
            action = Correct(story, actor=SYSTEM, at=at, correction=correction, label=label, changes=changes)
        else:
            action = Update(story, actor=SYSTEM, at=at, label=label, changes=changes)
        version = action.execute()
        story.refresh_from_db()
        return version

    return update
