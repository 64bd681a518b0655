"""The photo desk edits a photo's extended description (IPTC Extended
Description (Accessibility)); the photo's public page shows it under "Image
description", as the picture's accessible description (aria-describedby),
its paragraphs kept and its text escaped. Without one the page has neither."""

import re

from dateline.photos.actions import PublishPhoto
from dateline.stories.actions import Actor


def desk_form(photo, **changes):
    values = {
        "alt_text": photo.alt_text,
        "caption": photo.caption,
        "extended_description": photo.extended_description,
        "headline": photo.headline,
        "credit_line": photo.credit_line,
        "creator": photo.creator,
        "copyright_notice": photo.copyright_notice,
        "rights_usage": photo.rights_usage,
        "keywords": ", ".join(photo.keywords),
        "city": photo.city,
        "country": photo.country,
        "base_revision": photo.revision,
    }
    values.update(changes)
    return values


def img_tag(page):
    return re.search(r'<figure class="photo photo-large">.*?(<img\b[^>]*>)', page, re.S).group(1)


def test_the_desk_edits_it_and_the_public_page_shows_it(editor_client, editor, make_photo, client):
    photo = make_photo(editor, alt_text="A chart of rainfall in Jeju rising sharply at night.")
    PublishPhoto(photo, actor=Actor(editor)).execute()
    typed = "A line chart of rainfall.\r\n\r\nIt climbs to 62 mm at 23:00 <after> a dry day."
    form_page = editor_client.get(f"/newsroom/photos/{photo.public_id}/").content.decode()
    assert 'name="extended_description"' in form_page
    response = editor_client.post(f"/newsroom/photos/{photo.public_id}/", desk_form(photo, extended_description=typed))
    assert response.status_code == 302
    photo.refresh_from_db()
    assert photo.extended_description == typed.strip()

    page = client.get(f"/photos/{photo.public_id}/").content.decode()
    assert 'aria-describedby="photo-description"' in img_tag(page)
    section = page.split('<h2 id="photo-description-title">Image description</h2>', 1)[1].split("</section>", 1)[0]
    assert section.strip() == (
        '<div id="photo-description"><p>A line chart of rainfall.</p>'
        "<p>It climbs to 62 mm at 23:00 &lt;after&gt; a dry day.</p></div>"
    )


def test_a_photo_without_one_has_no_image_description(make_photo, editor, client):
    photo = make_photo(editor, alt_text="A crowd at Seoul Station.")
    PublishPhoto(photo, actor=Actor(editor)).execute()
    page = client.get(f"/photos/{photo.public_id}/").content.decode()
    assert "Image description" not in page and "aria-describedby" not in img_tag(page)
