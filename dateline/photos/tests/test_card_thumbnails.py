"""Home and section cards show a thumbnail of the story's lead photo: a 4:3
crop in small widths, lazy below the fold, with its size; the top story's
is 16:9 and loads at once."""

import re

import pytest

pytestmark = pytest.mark.django_db


def card_imgs(html, img_tags):
    return img_tags("".join(re.findall(r'<span class="card-photo">.*?</span>', html, re.S)))


def test_section_cards_show_small_lazy_thumbnails_with_empty_alt(client, published, make_photo, img_tags):
    photo = make_photo()
    published(headline="Exports rise for a fifth month", section="economy", photos=[photo.pk])
    published(headline="No picture here", section="economy")
    html = client.get("/section/economy/").content.decode()
    (img,) = card_imgs(html, img_tags)
    # The headline beside it names the story: the thumbnail is not read out twice.
    assert img["alt"] == ""
    assert img["loading"] == "lazy"
    assert int(img["width"]) * 3 == int(img["height"]) * 4  # the 4:3 crop
    widths = [int(w) for w in re.findall(r" (\d+)w", img["srcset"])]
    assert widths and max(widths) <= 640
    assert html.count('class="has-photo"') == 1


def test_top_story_photo_is_sixteen_nine_and_not_lazy(client, published, make_photo, img_tags):
    published(headline="Top of the news", urgency=1, photos=[make_photo().pk])
    html = client.get("/").content.decode()
    top = html[html.index('class="top-story"') : html.index("</section>")]
    (img,) = card_imgs(top, img_tags)
    assert "loading" not in img and img["fetchpriority"] == "high"
    assert int(img["width"]) * 9 == int(img["height"]) * 16


def test_a_lead_photo_withdrawn_since_leaves_the_card_without_a_picture(client, published, make_photo):
    from dateline.photos.actions import WithdrawPhoto
    from dateline.stories.actions import Actor

    photo = make_photo()
    published(headline="Picture withdrawn", section="economy", photos=[photo.pk])
    assert "card-photo" in client.get("/section/economy/").content.decode()
    WithdrawPhoto(photo, actor=Actor.system("test", via="test")).execute()
    assert "card-photo" not in client.get("/section/economy/").content.decode()
