"""The story editor's preview shows the story as readers will see it, photos
included: the lead photo above the text and the gallery below, with their alt
text and captions closed by the credit, from the photos chosen in the form
(saved or not). Draft photos show, as they are published with the story; a
withdrawn one is left out, as the site leaves it out."""

import re

from dateline.photos.actions import WithdrawPhoto
from dateline.stories.actions import Actor

from .conftest import form_data


def test_the_preview_shows_the_chosen_lead_and_gallery(editor_client, editor, draft, make_photo):
    lead = make_photo(alt_text="Ships at anchor.", caption="Ships wait outside the port.", credit_line="Yonhap")
    gallery = make_photo(alt_text="Cranes at dawn.", caption="Cranes over the docks.", credit_line="Newsis")
    gone = make_photo(alt_text="A street.", caption="A street before the storm.")
    WithdrawPhoto(gone, actor=Actor(editor)).execute()

    response = editor_client.post(
        f"/newsroom/story/{draft.public_id}/preview/",
        form_data(draft, body="Unsaved words.", photos=f"{lead.public_id} {gallery.public_id}"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    lead_at = html.index('alt="Ships at anchor."')
    assert lead_at < html.index("Unsaved words.") < html.index('alt="Cranes at dawn."')
    assert "Ships wait outside the port. (Yonhap)" in html
    assert "Cranes over the docks. (Newsis)" in html
    assert re.search(r'<img [^>]*srcset="[^"]+ 320w', html)
    assert "A street" not in html


def test_a_withdrawn_photo_the_story_kept_is_left_out(editor_client, editor, draft, make_photo):
    kept = make_photo(alt_text="Ships at anchor.")
    gone = make_photo(alt_text="A street.")
    editor_client.post(f"/newsroom/story/{draft.public_id}/", form_data(draft, photos=f"{gone.public_id}"))
    WithdrawPhoto(gone, actor=Actor(editor)).execute()
    draft.refresh_from_db()
    html = editor_client.post(
        f"/newsroom/story/{draft.public_id}/preview/",
        form_data(draft, photos=f"{gone.public_id} {kept.public_id}"),
    ).content.decode()
    assert 'alt="Ships at anchor."' in html and 'alt="A street."' not in html
