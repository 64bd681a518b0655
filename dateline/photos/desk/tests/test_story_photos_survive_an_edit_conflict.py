"""After an edit conflict the merge form keeps the photos the second editor
chose, so saving the merge does not drop them."""

from dateline.photos.models import Photo

from .conftest import form_data


def test_the_merge_form_holds_my_photos_and_saving_it_keeps_them(editor_client, reporter_client, draft, make_photo):
    photo = make_photo(alt_text="A closed school gate.")
    stale = form_data(draft, photos=photo.public_id, headline="Talks resume: my headline")
    reporter_client.post(f"/newsroom/story/{draft.public_id}/", form_data(draft, headline="Talks resume: theirs"))
    conflict = editor_client.post(f"/newsroom/story/{draft.public_id}/", stale)
    assert conflict.status_code == 409
    page = conflict.content.decode()
    assert f'name="photos" value="{photo.public_id}"' in page
    draft.refresh_from_db()
    merged = form_data(draft, photos=photo.public_id, headline="Talks resume: merged")
    assert editor_client.post(f"/newsroom/story/{draft.public_id}/", merged).status_code == 302
    draft.refresh_from_db()
    assert draft.photos == [Photo.objects.get(pk=photo.pk).pk]
