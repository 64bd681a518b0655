"""Every newsroom page, as each role sees it, fits a 390 px phone without
scrolling sideways, and axe finds nothing on it at 1366 and at 390 px."""

from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIRE_SAMPLE = Path(__file__).resolve().parents[2] / "ingest" / "tests" / "wire_samples" / "agency_ninjs2.json"
LONG = "Ministry of Economy and Finance spokesperson responds to parliamentary questions about the supplementary budget"


@pytest.fixture
def world(make_story, staff):
    """Something on every desk: stories in each state, an incoming item, a
    reader's report, a thread, and staff in each role."""
    from django.test import Client

    from dateline.feedback.models import Feedback
    from dateline.feedback.services import new_token
    from dateline.ingest.services import ingest_bytes
    from dateline.newsroom.forms import StoryForm
    from dateline.stories.actions import Actor, CreateStory
    from dateline.threads.services import create_thread

    people = {role: staff(role) for role in ("reporter", "editor", "chief")}
    published = make_story(LONG, keywords=["budget", "parliament"], slugline="BUDGET-SUPPLEMENTARY-QUESTIONS")
    by_reporter = Actor(people["reporter"], "127.0.0.1", "desk")
    draft = CreateStory(
        actor=by_reporter,
        section=published.section,
        headline=LONG + " (draft)",
        body=["A very long paragraph " * 30],
        dateline_city="Seoul",
    ).execute()
    submitted = CreateStory(
        actor=by_reporter, section=published.section, headline="Submitted " + LONG, body=["x"]
    ).execute()
    # Through the desk, as the reporter would: a second revision, a submission.
    reporter = Client()
    reporter.force_login(people["reporter"])
    data = {**StoryForm.initial_for(draft), "section": draft.section_id, "headline": LONG + " (second draft)"}
    assert reporter.post(f"/newsroom/story/{draft.public_id}/", data).status_code == 302
    assert reporter.post(f"/newsroom/story/{submitted.public_id}/workflow/", {"action": "submit"}).status_code == 302
    ingest_bytes(WIRE_SAMPLE.read_bytes(), source="Example Agency with a long name", origin="/wire/a.json")
    item = Feedback.objects.create(
        story=published,
        version=published.live,
        message="Wrong figure " * 40,
        category=Feedback.Category.ERROR,
        submission_token=new_token(),
        email="a.reader.with.a.long.address@example.org",
    )
    thread = create_thread("Supplementary budget", stories=[published])
    from dateline.ingest.models import IncomingItem

    return {
        "people": people,
        "DRAFT": f"/newsroom/story/{draft.public_id}/",
        "REVISIONS": f"/newsroom/story/{draft.public_id}/revisions/?a=1&b=2",
        "PUBLISHED": f"/newsroom/story/{published.public_id}/",
        "INCOMING_ITEM": f"/newsroom/incoming/{IncomingItem.objects.get().pk}/",
        "FEEDBACK_ITEM": f"/feedback/inbox/{item.pk}/",
        "THREAD": f"/threads/manage/{thread.slug}/",
        "STAFF_MEMBER": f"/newsroom/staff/{people['reporter'].pk}/",
    }


REPORTER = [
    "/newsroom/",
    "/newsroom/list/submitted/",
    "/newsroom/story/new/",
    "DRAFT",
    "REVISIONS",
    "/newsroom/account/",
    "/feedback/inbox/",
]
EDITOR = [
    "/newsroom/list/submitted/",
    "/newsroom/list/scheduled/",
    "/newsroom/list/published/",
    "PUBLISHED",
    "/newsroom/incoming/?status=all",
    "INCOMING_ITEM",
    "/feedback/inbox/",
    "FEEDBACK_ITEM",
    "/threads/manage/",
    "THREAD",
    "/threads/suggestions/",
    "/newsroom/incoming/pasted/",
    "/newsroom/staff/",
]
CHIEF = [
    "/newsroom/staff/",
    "STAFF_MEMBER",
    "/newsroom/sections/",
    "/newsroom/settings/",
    "/newsroom/audit/",
    "FEEDBACK_ITEM",
]
PAGES = [("reporter", p) for p in REPORTER] + [("editor", p) for p in EDITOR] + [("chief", p) for p in CHIEF]


def sideways(page):
    """How many pixels the page is wider than the window."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize(("role", "path"), PAGES)
def test_desk_pages_fit_a_phone_and_pass_axe(live_server, browser, axe, world, sign_in_page, role, path):
    url = live_server.url + world.get(path, path)
    for width, height in ((390, 844), (1366, 900)):
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        sign_in_page(page, world["people"][role])
        page.goto(url)
        if width == 390:
            assert sideways(page) <= 0, f"{path} as {role} scrolls sideways at 390 px"
        assert axe(page) == [], f"{path} as {role} at {width} px"
        context.close()


def test_the_sign_in_page_fits_a_phone(live_server, browser, axe, db):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + "/newsroom/login/")
    assert sideways(page) <= 0 and axe(page) == []
    context.close()
