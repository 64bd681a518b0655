"""axe finds no violations on the public history pages."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_public_history_pages_have_no_axe_violations(live_server, page, axe, make_story, desk_actor):
    from dateline.stories.actions import Correct, SaveWorkingCopy

    story = make_story(body=["The minister arrived on Monday."])
    story = SaveWorkingCopy(
        story, {"body": ["The minister arrived on Tuesday."]}, actor=desk_actor, base_revision=story.revision
    ).execute()
    Correct(story, actor=desk_actor, correction="The day was wrong.").execute()
    for path in ("", "history/", "v/1/", "diff/?a=1&b=2", "diff/?a=1&b=99"):
        page.goto(f"{live_server.url}/view/{story.public_id}/{path}")
        assert axe(page) == [], path
