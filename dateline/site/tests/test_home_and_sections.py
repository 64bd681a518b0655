from datetime import UTC

import pytest

from dateline.stories.models import Section

pytestmark = pytest.mark.django_db


def test_home_shows_top_story_latest_and_section_blocks(client, make_story):
    urgent = make_story(headline="Flash: major quake hits coast", urgency=1, section="national")
    routine = make_story(headline="Won edges up against dollar", urgency=5, section="economy")
    html = client.get("/").content.decode()
    top = html.split('class="top-story"', 1)[1].split("</section>", 1)[0]
    assert urgent.headline in top
    assert routine.headline in html
    assert 'id="sec-economy"' in html and 'id="sec-national"' in html


def test_home_without_stories_says_so(client):
    assert "No stories have been published yet." in client.get("/").content.decode()


def test_section_page_lists_only_its_stories_newest_first(client, make_story):
    from datetime import datetime

    old = make_story(headline="Older sports story", section="sports", at=datetime(2020, 1, 1, tzinfo=UTC))
    new = make_story(headline="Newer sports story", section="sports", at=datetime(2021, 1, 1, tzinfo=UTC))
    other = make_story(headline="An economy story", section="economy")
    html = client.get("/section/sports/").content.decode()
    assert html.index(new.headline) < html.index(old.headline)
    assert other.headline not in html
    assert 'aria-current="page">Sports' in html


def test_section_pagination(client, make_story, settings):
    settings.DATELINE_PAGE_SIZE = 2
    for n in range(5):
        make_story(headline=f"Culture story {n}", section="culture")
    first = client.get("/section/culture/").content.decode()
    assert "Page 1 of 3" in first and 'rel="next" href="?page=2"' in first
    last = client.get("/section/culture/?page=3").content.decode()
    assert "Page 3 of 3" in last and 'rel="prev"' in last


@pytest.mark.parametrize("page", ["0", "99", "abc", "-1"])
def test_bad_page_numbers_are_404(client, page):
    assert client.get(f"/section/culture/?page={page}").status_code == 404


def test_unknown_section_is_404(client):
    assert client.get("/section/no-such-desk/").status_code == 404


def test_killed_stories_are_not_listed(client, make_story):
    story = make_story(headline="Story that will be killed", section="world")
    story.status = "killed"
    story.save()
    assert story.headline not in client.get("/section/world/").content.decode()
    assert story.headline not in client.get("/").content.decode()


def test_new_section_appears_in_menu(client):
    client.get("/")  # the menu is now in memory
    Section.objects.create(name="Science", slug="science", code=370, position=9)
    assert 'href="/section/science/"' in client.get("/").content.decode()
