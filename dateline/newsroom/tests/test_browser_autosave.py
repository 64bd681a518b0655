"""Drafts autosave in the browser; an autosave that meets someone else's save
is refused and the page says how to merge."""

import pytest

from dateline.stories.actions import Actor, SaveWorkingCopy
from dateline.stories.models import Revision, Story

from .browser_helpers import fill_body, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def quick_autosave(settings):
    settings.NEWSROOM_AUTOSAVE_SECONDS = 1


def test_typing_is_autosaved_as_a_revision(live_server, page, editor, draft):
    sign_in(page, live_server, "eddie")
    page.goto(f"{live_server.url}/newsroom/story/{draft.public_id}/")
    fill_body(page, "Typed and never saved by hand.")
    page.wait_for_selector("[data-autosave-status]:has-text('Saved at')")
    story = Story.objects.get(pk=draft.pk)
    assert story.body == ["Typed and never saved by hand."]
    assert Revision.objects.get(story=draft, number=story.revision).autosave is True
    assert page.input_value("#id_base_revision") == str(story.revision)


def test_autosave_after_someone_elses_save_is_refused(live_server, page, editor, chief, draft):
    sign_in(page, live_server, "eddie")
    page.goto(f"{live_server.url}/newsroom/story/{draft.public_id}/")
    SaveWorkingCopy(draft, {"headline": "The chief's headline"}, actor=Actor(chief), base_revision=1).execute()
    fill_body(page, "The editor's text.")
    page.wait_for_selector("[data-autosave-status]:has-text('Someone else saved this story')")
    assert Story.objects.get(pk=draft.pk).headline == "The chief's headline"
    page.click("button:has-text('Save')")
    page.wait_for_selector("text=Your changes were not saved")
    assert "The editor's text." in page.inner_text("[data-mine]")
