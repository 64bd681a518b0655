"""The New story page: the dateline preview follows the city as it is typed,
and the story autosaves from the first headline on, as one draft."""

import pytest

from dateline.core.timefmt import ap_date, to_newsroom
from dateline.stories.models import Story

from .browser_helpers import check_both_widths, fill_body, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def quick_autosave(settings):
    settings.NEWSROOM_AUTOSAVE_SECONDS = 1


def test_the_dateline_preview_follows_the_city(live_server, page, reporter, axe):
    from django.utils import timezone

    sign_in(page, live_server, "rita")
    page.goto(live_server.url + "/newsroom/story/new/")
    preview = page.locator("[data-composed-dateline]")
    assert preview.inner_text() == "(no dateline)"
    page.click("#id_dateline_city")
    page.keyboard.type("Busan")
    today = to_newsroom(timezone.now()).date()
    assert preview.inner_text() == f"BUSAN, {ap_date(today.month, today.day)} (Dateline) --"
    page.fill("#id_dateline_country", "South Korea")
    assert preview.inner_text().startswith("BUSAN, South Korea, ")
    assert check_both_widths(page, axe) == []


def test_a_new_story_autosaves_once_and_keeps_saving_to_itself(live_server, page, reporter):
    sign_in(page, live_server, "rita")
    page.goto(live_server.url + "/newsroom/story/new/")
    fill_body(page, "Written before any headline.")
    page.wait_for_selector("[data-autosave-status]:has-text('type a headline')")
    assert not Story.objects.exists()

    page.fill("#id_headline", "Ferry service resumes")
    page.wait_for_selector("[data-autosave-status]:has-text('Saved at')")
    story = Story.objects.get()
    assert story.headline == "Ferry service resumes" and story.body == ["Written before any headline."]
    page.wait_for_url(f"**/newsroom/story/{story.public_id}/")

    page.locator(".rte-content").click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" And after it.")
    page.wait_for_selector("[data-autosave-status]:has-text('revision 2')")
    page.click("button:has-text('Save')")
    page.wait_for_selector("text=Saved as revision")
    assert Story.objects.count() == 1
    assert Story.objects.get().body == ["Written before any headline. And after it."]
