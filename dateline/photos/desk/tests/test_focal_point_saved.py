"""The focal point typed (or clicked) on the edit page is saved through the
photo action, and a value outside the picture is a form error."""

from dateline.photos.models import Photo


def test_focal_point_in_percent_is_saved_as_fractions(editor_client, make_photo):
    photo = make_photo()
    response = editor_client.post(f"/newsroom/photos/{photo.public_id}/focal/", {"x": "25", "y": "70.5"})
    assert response.status_code == 302
    assert response["Location"].endswith("#focal")
    photo.refresh_from_db()
    assert (round(photo.focal_x, 3), round(photo.focal_y, 3)) == (0.25, 0.705)


def test_a_point_outside_the_picture_is_refused_and_kept(editor_client, make_photo):
    photo = make_photo()
    response = editor_client.post(f"/newsroom/photos/{photo.public_id}/focal/", {"x": "150", "y": "20"})
    assert response.status_code == 400
    page = response.content.decode()
    assert 'value="150"' in page
    assert Photo.objects.get(pk=photo.pk).focal_x == photo.focal_x


def test_the_edit_page_shows_the_point_and_the_three_crops(editor_client, make_photo):
    photo = make_photo()
    editor_client.post(f"/newsroom/photos/{photo.public_id}/focal/", {"x": "10", "y": "90"})
    page = editor_client.get(f"/newsroom/photos/{photo.public_id}/").content.decode()
    assert 'name="x"' in page and 'value="10.0"' in page and 'value="90.0"' in page
    for ratio in ("16x9", "4x3", "1x1"):
        assert f'data-crop="{ratio}"' in page
