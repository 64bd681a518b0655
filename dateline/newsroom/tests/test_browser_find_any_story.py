"""An editor finds a two-year-old story by a word in its body and opens it in
the editor in three actions, and moves through results by keyboard."""

from datetime import timedelta

import pytest
from django.utils import timezone

from .browser_helpers import check_both_widths, sign_in
from .conftest import write_draft

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def archive(indexed_story, reporter, sections):
    two_years = timezone.now() - timedelta(days=731)
    old = indexed_story(
        "Fishing fleet returns early",
        section="economy",
        at=two_years,
        body=[
            "Trawlers came back to Tongyeong with holds of anchovy after a storm warning.",
            "The cooperative said prices would hold.",
        ],
    )
    for i in range(12):
        indexed_story(f"Market report {i}", section="economy", body=["Shares rose in Seoul."])
    write_draft(reporter, sections["economy"], "Anchovy quotas debated", ["Lawmakers want smaller anchovy quotas."])
    return old


def test_a_two_year_old_story_is_three_actions_away(live_server, page, editor, archive):
    sign_in(page, live_server, "eddie")  # lands on the desk
    page.click("nav[aria-label=Newsroom] >> text=All stories")  # 1
    page.fill("#id_q", "anchovy")
    page.press("#id_q", "Enter")  # 2
    page.click(f"[data-finder-row]:has-text('{archive.headline}')")  # 3
    page.wait_for_url(f"{live_server.url}/newsroom/story/{archive.public_id}/")
    assert page.input_value("#id_headline") == "Fishing fleet returns early"


def test_keys_move_through_the_results_and_open_one(live_server, page, editor, archive, axe):
    sign_in(page, live_server, "eddie")
    page.goto(live_server.url + "/newsroom/all/")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "id_q"
    page.keyboard.type("anchovy")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=2 stories match")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.textContent") == "Anchovy quotas debated"
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.textContent") == "Fishing fleet returns early"
    page.keyboard.press("k")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == "Fishing fleet returns early"
    assert check_both_widths(page, axe) == []
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/newsroom/story/{archive.public_id}/")


def test_filters_and_pages_work_by_tab_and_keep_what_was_chosen(live_server, page, editor, archive, axe):
    sign_in(page, live_server, "eddie")
    page.goto(live_server.url + "/newsroom/all/")
    page.select_option("#id_status", "published")
    page.select_option("#id_section", "economy")
    page.focus("#id_q")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=13 stories match")
    assert page.input_value("#id_status") == "published"
    assert check_both_widths(page, axe) == []
    # A reversed date range is explained beside the field, with the choices kept.
    page.fill("#id_date_from", "2026-05-02")
    page.fill("#id_date_to", "2026-05-01")
    page.press("#id_q", "Enter")
    page.wait_for_selector(".error-summary")
    assert page.input_value("#id_section") == "economy"
    assert check_both_widths(page, axe) == []
