"""axe finds no violations on the pages that show photos, at desktop and
phone widths, the pictures load from their renditions, and every <img> has
an alt attribute (empty only on card thumbnails beside their headline)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = [(1366, 900), (390, 844)]


@pytest.fixture
def photo_site(make_story, make_photo):
    from dateline.search.photos import sync_photo

    photos = [
        make_photo(
            "Rescuers search the rubble of a collapsed house in Gangneung.",
            keywords=["storm"],
            # The photo page then has its "Image description" section, for axe to check.
            extended_description="Four rescuers kneel on a slab of concrete.\n\nBehind them a digger waits.",
        ),
        make_photo("Residents carry belongings out of a flooded shop.", credit_line="Newsis"),
        make_photo("A soldier hands out water bottles.", credit_line="AFP"),
    ]
    for photo in photos:
        sync_photo(photo.pk)
    story = make_story(headline="Storm leaves thousands without power", photos=[p.pk for p in photos])
    make_story(headline="Exports rise for a fifth month", section="economy", photos=[photos[1].pk])
    return story, photos


def pages(story, photos):
    return {
        "article": story.get_absolute_url(),
        "home": "/",
        "section": "/section/economy/",
        "photo": f"/photos/{photos[0].public_id}/",
        "photo search": "/photos/?q=storm",
        "history": f"/view/{story.public_id}/history/",
    }


@pytest.mark.parametrize("width,height", WIDTHS, ids=["1366", "390"])
def test_pages_with_photos_have_no_axe_violations(photo_site, live_server, browser, axe, width, height):
    story, photos = photo_site
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        for name, path in pages(story, photos).items():
            page.goto(live_server.url + path)
            assert axe(page) == [], name
            alts = page.eval_on_selector_all("img", "imgs => imgs.map(i => i.getAttribute('alt'))")
            assert alts and None not in alts, name
    finally:
        context.close()


def test_lead_photo_loads_and_keeps_its_place(photo_site, live_server, page):
    story, _ = photo_site
    page.goto(live_server.url + story.get_absolute_url())
    lead = page.locator("figure.photo-lead img")
    lead.wait_for()
    page.wait_for_function("document.querySelector('figure.photo-lead img').complete")
    size = lead.evaluate("i => [i.naturalWidth, i.getBoundingClientRect().width, i.getBoundingClientRect().height]")
    assert size[0] > 0  # the rendition was served as a file
    assert abs(size[1] / size[2] - 1.5) < 0.02  # drawn at its own ratio (3:2 original)
