"""When a photo a story has chosen is withdrawn (its renditions deleted), the
story editor's photo list says so in the thumbnail's place, as the photo desk
does, instead of "Being prepared", which would have the desk wait for a
picture that is not coming."""

import re

from dateline.photos.actions import WithdrawPhoto
from dateline.stories.actions import Actor

from .conftest import form_data


def chosen_item(page, public_id):
    match = re.search(rf'<li data-photo-id="{public_id}">(.*?)</li>', page, re.S)
    assert match, f"{public_id} is not in the chosen photos"
    return match.group(1)


def test_a_withdrawn_chosen_photo_says_withdrawn(editor_client, editor, draft, make_photo):
    kept, gone = make_photo(alt_text="A harbour."), make_photo(alt_text="A street.")
    url = f"/newsroom/story/{draft.public_id}/"
    editor_client.post(url, form_data(draft, photos=f"{kept.public_id} {gone.public_id}"))
    WithdrawPhoto(gone, actor=Actor(editor)).execute()

    page = editor_client.get(url).content.decode()
    withdrawn = chosen_item(page, gone.public_id)
    assert "Withdrawn: no picture kept" in withdrawn
    assert "Being prepared" not in withdrawn
    assert "<img" in chosen_item(page, kept.public_id)
