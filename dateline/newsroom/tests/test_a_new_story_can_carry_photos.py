"""The New story page has the story editor's photo box: a reporter chooses
the lead photo and the gallery before the story exists, without scripts
(each photo button shows the page again with its change and everything
typed, creating nothing), and Create draft stores them in the story's first
revision. Bad photo IDs and tampered forms are form errors keeping the text."""

import re

import pytest

from dateline.newsroom.models import AuditLog
from dateline.stories.models import Story

NEW = "/newsroom/story/new/"


@pytest.fixture
def typed(section):
    """The New story form as a reporter filled it in, without scripts."""

    def data(**overrides):
        values = {
            "headline": "Typhoon closes Jeju airport",
            "section": section.pk,
            "urgency": 3,
            "dateline_city": "Jeju",
            "body": "Flights were cancelled on Sunday.\n\nFerries stayed in port.",
            "keywords": "typhoon, Jeju",
            "photos": "",
            "photo_q": "",
            "photo_q_shown": "",
        }
        values.update(overrides)
        return values

    return data


def ids_field(page):
    return re.search(r'<input id="id_photos" name="photos" value="([^"]*)"', page).group(1)


def chosen(page):
    """The photo IDs listed as chosen, in order."""
    box = page.split("data-chosen-photos", 1)[1].split("</ol>", 1)[0]
    return re.findall(r'<li data-photo-id="([^"]+)"', box)


def test_create_draft_stores_the_lead_and_gallery_in_the_first_revision(reporter_client, reporter, typed, make_photo):
    lead, gallery = make_photo("Waves at the sea wall."), make_photo("An empty departure hall.", status="draft")
    response = reporter_client.post(NEW, typed(photos=f"{lead.public_id}, {gallery.public_id}"))
    assert response.status_code == 302
    story = Story.objects.get()
    assert response["Location"] == f"/newsroom/story/{story.public_id}/"
    assert story.photos == [lead.pk, gallery.pk]
    assert story.revision == 1 and story.revisions.get(number=1).data["photos"] == [lead.pk, gallery.pk]
    assert story.created_by == reporter and story.headline == "Typhoon closes Jeju airport"
    assert AuditLog.objects.filter(action="story.create", story=story).count() == 1
    # The editor opens with them.
    page = reporter_client.get(response["Location"]).content.decode()
    assert chosen(page) == [lead.public_id, gallery.public_id]


def test_the_page_offers_the_photo_box_with_the_newest_photos(reporter_client, make_photo):
    photo = make_photo("Waves at the sea wall.")
    page = reporter_client.get(NEW).content.decode()
    assert 'id="story-photos"' in page and "No photos chosen." in page
    assert f'value="add:{photo.public_id}"' in page
    # The buttons' note says what they do here: nothing is created by them.
    assert "the draft is created when you press Create draft" in page
    assert "(saves the story)" not in page


def test_photo_buttons_show_the_page_again_with_the_change_and_create_nothing(reporter_client, typed, make_photo):
    a, b = make_photo("Waves at the sea wall."), make_photo("An empty departure hall.")
    # A photo added before the headline is written: no complaint about the headline.
    response = reporter_client.post(NEW, typed(headline="", photo_op=f"add:{a.public_id}"))
    assert response.status_code == 200
    page = response.content.decode()
    assert chosen(page) == [a.public_id] and ids_field(page) == a.public_id
    assert "Lead photo" in page and "This field is required" not in page and "error-summary" not in page
    assert "Flights were cancelled on Sunday." in page and 'value="typhoon, Jeju"' in page

    steps = [
        (f"add:{b.public_id}", [a.public_id, b.public_id]),
        (f"lead:{b.public_id}", [b.public_id, a.public_id]),
        (f"down:{b.public_id}", [a.public_id, b.public_id]),
        (f"remove:{a.public_id}", [b.public_id]),
    ]
    for op, expected in steps:
        page = reporter_client.post(NEW, typed(photos=ids_field(page), photo_op=op)).content.decode()
        assert chosen(page) == expected, op
        assert ids_field(page) == " ".join(expected)
    assert not Story.objects.exists()

    response = reporter_client.post(NEW, typed(photos=ids_field(page)))
    assert response.status_code == 302
    assert Story.objects.get().photos == [b.pk]


def test_find_photos_shows_the_matches_keeping_the_text(reporter_client, typed, make_photo):
    make_photo("Typhoon waves at the sea wall.")
    make_photo("Market day in Seoul.")
    make_photo("Typhoon damage, withdrawn.", status="withdrawn")
    response = reporter_client.post(NEW, typed(photo_op="search", photo_q="typhoon"))
    assert response.status_code == 200
    page = response.content.decode()
    results = page.split("data-photo-results", 1)[1].split("</ul>", 1)[0]
    assert "Typhoon waves at the sea wall." in results
    assert "Market day in Seoul." not in results and "withdrawn" not in results
    assert "Typhoon closes Jeju airport" in page
    assert not Story.objects.exists()


def test_a_search_typed_before_create_draft_is_shown_in_the_new_draft(reporter_client, typed, make_photo):
    make_photo("Typhoon waves at the sea wall.")
    response = reporter_client.post(NEW, typed(photo_q="typhoon", photo_q_shown=""))
    story = Story.objects.get()
    assert response["Location"] == f"/newsroom/story/{story.public_id}/?photo_q=typhoon#story-photos"


@pytest.mark.parametrize("press", [None, "search"])
def test_unknown_and_withdrawn_photos_are_form_errors_keeping_the_text(reporter_client, typed, make_photo, press):
    gone = make_photo("A withdrawn picture.", status="withdrawn")
    for ids, message in (("NOPE123", "No photo has the ID NOPE123"), (gone.public_id, "has been withdrawn")):
        data = typed(photos=ids, **({"photo_op": press} if press else {}))
        response = reporter_client.post(NEW, data)
        assert response.status_code == 400
        page = response.content.decode()
        assert message in page and 'role="alert"' in page
        assert "Typhoon closes Jeju airport" in page and "Ferries stayed in port." in page
        assert ids_field(page) == ids
    assert not Story.objects.exists()


def test_tampered_forms_get_an_answer_never_a_500(reporter_client, typed, make_photo):
    photo = make_photo()
    # Thousands of IDs: refused in one line, nothing looked up one by one.
    many = " ".join(f"DLNP2026{n:010d}" for n in range(5000))
    response = reporter_client.post(NEW, typed(photos=many))
    assert response.status_code == 400 and "at most 30 photos" in response.content.decode()
    response = reporter_client.post(NEW, typed(photos=many, photo_op=f"add:{photo.public_id}"))
    assert response.status_code == 400 and "at most 30 photos" in response.content.decode()
    # A button value no page offers changes nothing.
    response = reporter_client.post(NEW, typed(photos=photo.public_id, photo_op="explode:everything"))
    assert response.status_code == 200 and chosen(response.content.decode()) == [photo.public_id]
    # An ID too long for any photo, and markup in the field, are unknown IDs, escaped.
    response = reporter_client.post(NEW, typed(photos='"><script>x</script>' + "A" * 300))
    assert response.status_code == 400
    assert "<script>x</script>" not in response.content.decode()
    assert not Story.objects.exists()
    # A form without the photo box (an older page) creates the story without photos.
    data = typed()
    for key in ("photos", "photo_q", "photo_q_shown"):
        data.pop(key)
    assert reporter_client.post(NEW, data).status_code == 302
    assert Story.objects.get().photos == []
