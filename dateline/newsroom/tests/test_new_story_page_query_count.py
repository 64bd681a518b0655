"""The New story page, with its photo box, costs a fixed number of queries:
the same with no photo in the archive as with many, and the same when it
is shown again with one chosen photo as with a full gallery."""

import pytest

NEW = "/newsroom/story/new/"

# The desk shell: the session, its sign-out generation, the user, their own
# and their groups' permissions, and their groups for the shell's role.
SHELL = 6
# The form: the reporter's own byline, the desk's settings, the section list
# (twice: the field's choices and its rendering) and the staff bylines.
FORM = 5
# The photo box: the newest photos a story may choose (one query, however many).
NEWEST = 1
# Shown again with photos: the chosen IDs checked (read) and drawn (the box).
CHOSEN = 2


@pytest.fixture
def warm(reporter_client):
    reporter_client.get(NEW)  # the section menu memo, as on any later visit
    return reporter_client


def test_the_empty_page_with_and_without_photos_in_the_archive(warm, make_photo, django_assert_num_queries):
    with django_assert_num_queries(SHELL + FORM + NEWEST):
        assert warm.get(NEW).status_code == 200
    for _ in range(9):
        make_photo()
    with django_assert_num_queries(SHELL + FORM + NEWEST):
        page = warm.get(NEW)
    assert page.content.decode().count('value="add:') == 8  # the box lists eight


def test_shown_again_with_one_photo_or_a_gallery(warm, section, make_photo, django_assert_num_queries):
    photos = [make_photo() for _ in range(7)]

    def press(chosen, add):
        data = {
            "headline": "Typhoon closes Jeju airport",
            "section": section.pk,
            "urgency": 3,
            "photos": " ".join(p.public_id for p in chosen),
            "photo_op": f"add:{add.public_id}",
        }
        with django_assert_num_queries(SHELL + FORM + NEWEST + CHOSEN):
            response = warm.post(NEW, data)
        assert response.status_code == 200
        return response.content.decode()

    assert "Lead photo" in press([], photos[0])
    page = press(photos[:6], photos[6])
    assert page.count("<strong>Gallery</strong>") == 6
