"""The picture on a photo's public page and an article's lead photo take
their place before the file arrives, so nothing moves when it does (no
layout shift): the box drawn while the renditions are held back is the box
once they have loaded."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PLACES = (("photo page", "figure.photo-large img"), ("article", "figure.photo-lead img"))


@pytest.fixture
def story_with_photo(make_story, make_photo):
    photo = make_photo("Rescuers search the rubble of a collapsed house in Gangneung.", size=(2400, 1600))
    story = make_story(headline="Storm leaves thousands without power", photos=[photo.pk])
    return {"photo page": f"/photos/{photo.public_id}/", "article": story.get_absolute_url()}


def boxes(browser, base, paths, width, height, hold):
    context = browser.new_context(viewport={"width": width, "height": height})
    if hold:
        # Never answered: the page shows what it reserved while the files load.
        context.route("**/media/**", lambda route: None)
    page = context.new_page()
    found = {}
    try:
        for name, selector in PLACES:
            page.goto(base + paths[name], wait_until="domcontentloaded" if hold else "load")
            found[name] = page.locator(selector).bounding_box()
            if not hold:
                assert page.locator(selector).evaluate("i => i.naturalWidth") > 0, name  # it did load
    finally:
        context.close()
    return found


@pytest.mark.parametrize("width,height", [(1366, 900), (390, 844)], ids=["1366", "390"])
def test_pictures_hold_their_box_before_the_file_arrives(story_with_photo, live_server, browser, width, height):
    waiting = boxes(browser, live_server.url, story_with_photo, width, height, hold=True)
    loaded = boxes(browser, live_server.url, story_with_photo, width, height, hold=False)
    for name, _ in PLACES:
        assert loaded[name]["height"] > 0, name
        assert waiting[name] == pytest.approx(loaded[name], abs=1), name
