"""One navigation on every desk page, listing the desks this person may use."""

import re

import pytest

pytestmark = pytest.mark.django_db

# Every desk page of every app, and the label of its desk in the navigation.
DESK_PAGES = {
    "/newsroom/": "Stories",
    "/newsroom/all/": "All stories",
    "/newsroom/incoming/": "Incoming",
    "/feedback/inbox/": "Feedback",
    "/threads/manage/": "Threads",
    "/newsroom/audit/": "Audit log",
    "/newsroom/staff/": "Staff",
    "/newsroom/cache/": "Cache",
    "/newsroom/photos/": "Photos",
    "/newsroom/photos/upload/": "Photos",
}
EVERY_DESK = {
    "Stories",
    "All stories",
    "New story",
    "Photos",
    "Incoming",
    "Feedback",
    "Threads",
    "Staff",
    "Sections",
    "Settings",
    "Audit log",
    "Cache",
    "Your account",
    "Sign out",
}
EXPECTED = {
    "reporter": {"Stories", "All stories", "New story", "Photos", "Your account", "Sign out"},
    "editor": {
        "Stories",
        "All stories",
        "New story",
        "Photos",
        "Incoming",
        "Feedback",
        "Threads",
        "Your account",
        "Sign out",
    },
    "chief": EVERY_DESK,
}


def nav_labels(html):
    nav = re.search(r'<nav class="desk-nav" aria-label="Newsroom">(.*?)</nav>', html, re.S)
    assert nav, "the page has no newsroom navigation"
    return {label.strip() for label in re.findall(r"<(?:a|button)\b[^>]*>([^<]+)</(?:a|button)>", nav.group(1))}


@pytest.mark.parametrize("role", ["reporter", "editor", "chief"])
def test_each_role_sees_exactly_its_desks(client_as, role):
    assert nav_labels(client_as(role).get("/newsroom/").content.decode()) == EXPECTED[role]


@pytest.mark.parametrize("path", DESK_PAGES)
def test_every_desk_page_has_the_navigation_and_marks_its_desk(client_as, path):
    html = client_as("chief").get(path).content.decode()
    assert nav_labels(html) == EVERY_DESK
    current = re.findall(r'<a href="[^"]*" aria-current="(?:page|true)">([^<]+)</a>', html)
    assert DESK_PAGES[path] in current


def test_a_page_inside_a_desk_marks_that_desk(client_as, make_story):
    story = make_story()
    html = client_as("editor").get(f"/newsroom/story/{story.public_id}/").content.decode()
    assert '<a href="/newsroom/" aria-current="true">Stories</a>' in html


def test_the_navigation_says_who_is_signed_in_and_in_which_role(client_as):
    html = client_as("editor").get("/newsroom/").content.decode()
    assert '<li class="desk-nav-who">Editor (Editor)</li>' in html
