"""A photo is published only with alt text: "Save and publish" without it
is a form error that keeps everything typed."""

from dateline.photos.models import Photo

from .test_photo_desk_permissions_by_role import description


def test_save_and_publish_without_alt_text_keeps_what_was_typed(editor_client, make_photo):
    photo = make_photo()
    response = editor_client.post(
        f"/newsroom/photos/{photo.public_id}/",
        description(photo, caption="Rescue workers in Busan.", credit_line="Yonhap", alt_text="  ", publish="yes"),
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Write the alt text before publishing" in page
    assert "Rescue workers in Busan." in page and 'value="Yonhap"' in page
    photo.refresh_from_db()
    assert photo.status == Photo.Status.DRAFT
    assert photo.caption != "Rescue workers in Busan."


def test_the_publish_button_is_refused_without_alt_text(editor_client, make_photo):
    photo = make_photo()
    editor_client.post(f"/newsroom/photos/{photo.public_id}/publish/", follow=True)
    photo.refresh_from_db()
    assert photo.status == Photo.Status.DRAFT


def test_with_alt_text_it_is_saved_and_published(editor_client, make_photo):
    photo = make_photo()
    response = editor_client.post(
        f"/newsroom/photos/{photo.public_id}/",
        description(photo, alt_text="Rescue workers carry a man from a flooded street.", publish="yes"),
        follow=True,
    )
    assert "Saved and published." in response.content.decode()
    photo.refresh_from_db()
    assert photo.status == Photo.Status.PUBLISHED
    assert photo.alt_text == "Rescue workers carry a man from a flooded street."


def test_the_edit_page_explains_good_alt_text(editor_client, make_photo):
    photo = make_photo()
    page = editor_client.get(f"/newsroom/photos/{photo.public_id}/").content.decode()
    assert "Required before the photo is published" in page
    assert 'Do not start with "Photo of"' in page or "Do not start with &#34;Photo of&#34;" in page
