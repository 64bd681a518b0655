"""The shipped Varnish configuration in front of a live Dateline: pages are
served from the cache, a correction or a kill shows through it within a
second of the editor's action, and readers' feedback still works."""

import re
import time
import urllib.request

import pytest

from dateline.stories import actions

pytestmark = pytest.mark.django_db(transaction=True)


def fetch(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, dict(response.headers), response.read().decode()


def until_shown(url, wanted, limit=1.0):
    """Seconds until the page through the cache contains `wanted` (or fail)."""
    start = time.monotonic()
    while True:
        _, _, html = fetch(url)
        if wanted in html:
            return time.monotonic() - start
        if time.monotonic() - start > limit:
            pytest.fail(f"{wanted!r} not shown through the cache within {limit} s")
        time.sleep(0.02)


def test_reader_pages_are_served_from_the_cache_without_cookies(varnish_front, make_story):
    story = make_story()
    url = varnish_front + story.get_absolute_url()
    _, first, _ = fetch(url)
    _, second, _ = fetch(url, Cookie="sessionid=abc; csrftoken=def")
    assert first["X-Cache"] == "MISS" and second["X-Cache"] == "HIT"
    assert "Set-Cookie" not in first and "xkey" not in first


def test_a_correction_shows_through_the_cache_within_a_second(varnish_front, make_story, actor):
    story = make_story()
    url = varnish_front + story.get_absolute_url()
    fetch(url), fetch(url)  # now cached
    clicked = time.monotonic()
    actions.Correct(
        story,
        actor=actor,
        correction="An earlier version misnamed the accord.",
        changes={"headline": "Seoul and Washington sign peace declaration"},
    ).execute()
    assert until_shown(url, "sign peace declaration") + (time.monotonic() - clicked) < 2.0
    _, _, html = fetch(url)
    assert "misnamed the accord" in html


def test_no_stale_page_survives_a_kill(varnish_front, make_story, actor):
    story = make_story(body=["A sentence that must vanish everywhere once the story is killed."])
    url = varnish_front + story.get_absolute_url()
    fetch(url), fetch(url)
    actions.Kill(story, "The source withdrew the claim.", actor=actor).execute()
    until_shown(url, "The source withdrew the claim.")
    for _ in range(20):  # no reader, not even one during a refetch, gets the old text
        assert "must vanish everywhere" not in fetch(url)[2]


def purge_from(base, source):
    import http.client
    import urllib.parse

    where = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(where.hostname, where.port, timeout=10, source_address=(source, 0))
    connection.request("PURGE", "/", headers={"xkey-purge": "home"})
    status = connection.getresponse().status
    connection.close()
    return status


def test_only_the_application_may_purge(varnish_front):
    assert purge_from(varnish_front, "127.0.0.1") == 200  # the application's address
    assert purge_from(varnish_front, "127.0.0.2") == 403  # anyone else's


@pytest.mark.browser
def test_feedback_with_javascript_works_behind_the_cache(varnish_front, make_story, page):
    from dateline.feedback.models import Feedback

    story = make_story()
    url = varnish_front + story.get_absolute_url()
    fetch(url)  # the page is cached before this reader comes
    page.goto(url)
    page.get_by_text("Send Feedback", exact=True).click()
    page.get_by_label("Your message").fill("The second paragraph repeats the first.")
    page.get_by_role("button", name="Send", exact=True).click()
    page.get_by_text("Thanks for your feedback!").wait_for()
    assert Feedback.objects.get().message == "The second paragraph repeats the first."


@pytest.mark.browser
def test_feedback_without_javascript_works_behind_the_cache(varnish_front, make_story, browser):
    from dateline.feedback.models import Feedback

    story = make_story()
    url = varnish_front + story.get_absolute_url()
    fetch(url)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(url)
    page.get_by_text("Send Feedback", exact=True).click()
    page.get_by_label("Your message").fill("A typo in the headline.")
    page.get_by_role("button", name="Send", exact=True).click()
    page.get_by_role("heading", name="Please confirm your feedback").wait_for()
    page.get_by_role("button", name="Send", exact=True).click()
    page.wait_for_url(re.compile(r".*\?feedback=thanks#feedback$"))
    assert Feedback.objects.get().message == "A typo in the headline."
    context.close()
