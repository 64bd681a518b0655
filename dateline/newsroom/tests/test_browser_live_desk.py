"""The live desk: while an editor works, a reporter's submission, incoming
wire copy and readers' feedback appear without a reload, and nothing the
editor is typing is touched."""

import pytest

from dateline.stories.actions import Actor, Submit

from .browser_helpers import check_both_widths, fill_body, sign_in
from .conftest import write_draft

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def quick_polls(settings):
    settings.NEWSROOM_LIVE_SECONDS = 1


def arrive(reporter, section, make_story):
    from dateline.feedback.models import Feedback
    from dateline.ingest.models import IncomingItem

    story = write_draft(reporter, section, "Flood warnings in Gangwon", ["Rain."])
    Submit(story, actor=Actor(reporter, "127.0.0.1", "desk")).execute()
    IncomingItem.objects.create(source="AFP", format="ninjs", original_id="q1", headline="Quake off Japan")
    public = make_story()
    Feedback.objects.create(story=public, version=public.live, message="Typo in para 2", submission_token="t1")
    return story


def test_arrivals_appear_while_the_filter_keeps_what_is_typed(
    live_server, page, editor, reporter, section, make_story, axe
):
    sign_in(page, live_server, "eddie")
    page.goto(live_server.url + "/newsroom/list/submitted/")
    page.wait_for_selector("[data-live-count=submitted]")
    assert page.inner_text("[data-live-count=submitted]") == "0"
    navigations = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url))
    page.fill("#f-q", "half-typed")

    story = arrive(reporter, section, make_story)
    page.wait_for_selector("[data-live-list] a:has-text('Flood warnings in Gangwon')")
    page.wait_for_selector("[data-live-list] a:has-text('Quake off Japan')")
    assert page.inner_text("[data-live-count=submitted]") == "1"
    assert page.inner_text("[data-live-count=incoming]") == "1"
    assert page.inner_text("[data-live-count=feedback]") == "1"
    assert page.inner_text("[data-live-news]").startswith(("New: ", "2 new", "3 new"))
    assert page.input_value("#f-q") == "half-typed" and navigations == []
    assert check_both_widths(page, axe) == []
    page.click(f"[data-live-list] a:has-text('{story.headline}')")
    page.wait_for_url(f"**/newsroom/story/{story.public_id}/")


def test_the_editor_keeps_unsaved_text_while_the_desk_updates(
    live_server, page, editor, reporter, section, make_story, draft
):
    sign_in(page, live_server, "eddie")
    page.goto(f"{live_server.url}/newsroom/story/{draft.public_id}/")
    page.wait_for_selector("[data-live-count=submitted]")
    fill_body(page, "Half a sentence")
    arrive(reporter, section, make_story)
    page.wait_for_selector("[data-live-list] a:has-text('Flood warnings in Gangwon')")
    page.keyboard.type(" and the rest of it.")
    assert page.inner_text(".rte-content") == "Half a sentence and the rest of it."
