"""The article page shows the live version's lead photo as a <figure> with a
<picture> (WebP first, JPEG fallback), and the gallery below the body; every
caption is closed by the credit, as agencies print it."""

import re

import pytest

from dateline.stories.actions import Actor, Correct, Kill

pytestmark = pytest.mark.django_db


def figures(html):
    return re.findall(r"<figure\b.*?</figure>", html, re.S)


def test_lead_photo_is_a_figure_above_the_body_and_not_lazy(client, photo_story, img_tags):
    story, (lead, *_) = photo_story
    html = client.get(story.get_absolute_url()).content.decode()
    first = figures(html)[0]
    assert html.index(first) < html.index('class="story-body"')
    assert '<source type="image/webp" srcset="' in first
    (img,) = img_tags(first)
    assert img["alt"] == lead.alt_text
    assert "loading" not in img  # above the fold: the browser should fetch it at once
    assert img["fetchpriority"] == "high"
    assert (
        "<figcaption>Rescuers search the rubble of a collapsed house in Gangneung on Oct. 28. (Yonhap)</figcaption>"
        in first
    )


def test_gallery_comes_after_the_body_lazy_with_captions_and_credits(client, photo_story, img_tags):
    story, (_, second, third) = photo_story
    html = client.get(story.get_absolute_url()).content.decode()
    gallery = html[html.index('class="gallery"') :]
    assert html.index('class="story-body"') < html.index('class="gallery"')
    shown = figures(gallery)
    assert len(shown) == 2
    assert "Residents carry belongings out of a flooded shop. (Newsis)</figcaption>" in shown[0]
    assert "A soldier hands out water bottles. (AFP)</figcaption>" in shown[1]
    assert all(img["loading"] == "lazy" for img in img_tags(gallery))


def test_every_img_has_alt_size_and_srcset(client, photo_story, img_tags):
    story, _ = photo_story
    for img in img_tags(client.get(story.get_absolute_url()).content.decode()):
        assert img["alt"].strip()
        assert int(img["width"]) > 0 and int(img["height"]) > 0  # no layout shift
        assert img["srcset"].count("w,") >= 1 and img["sizes"]
        assert img["src"] in img["srcset"]  # the fallback is one of the candidates


def test_caption_that_already_ends_with_the_credit_keeps_it_once(client, published, make_photo):
    photo = make_photo("Fans cheer in Seoul. (Yonhap)", credit_line="Yonhap")
    story = published(photos=[photo.pk])
    html = client.get(story.get_absolute_url()).content.decode()
    assert "<figcaption>Fans cheer in Seoul. (Yonhap)</figcaption>" in html


def test_caption_markup_is_escaped(client, published, make_photo):
    photo = make_photo('Protesters hold a sign reading "<script>alert(1)</script>"', credit_line="A&B <Photos>")
    story = published(photos=[photo.pk])
    html = client.get(story.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "(A&amp;B &lt;Photos&gt;)" in html


def test_a_photo_withdrawn_since_publication_is_not_shown(client, published, make_photo):
    from dateline.photos.actions import WithdrawPhoto

    gone = make_photo("Withdrawn picture")
    shown = make_photo("Published picture")
    story = published(photos=[gone.pk, shown.pk])
    WithdrawPhoto(gone, actor=Actor.system("test", via="test")).execute()
    html = client.get(story.get_absolute_url()).content.decode()
    assert "Withdrawn picture" not in html
    # The first photo still shown leads the page.
    assert len(figures(html)) == 1 and "Published picture" in figures(html)[0]
    assert 'class="photo photo-lead"' in figures(html)[0]


def test_a_story_without_photos_has_no_figure(client, published):
    html = client.get(published().get_absolute_url()).content.decode()
    assert "<figure" not in html and "<picture" not in html


def test_a_correction_replacing_the_photo_shows_the_new_one(
    client, photo_story, make_photo, django_capture_on_commit_callbacks
):
    story, photos = photo_story
    right = make_photo("The right picture of the storm.")
    with django_capture_on_commit_callbacks(execute=True):
        Correct(
            story,
            actor=Actor.system("test"),
            correction="Replaces a photo from another storm.",
            changes={"photos": [right.pk]},
        ).execute()
    html = client.get(story.get_absolute_url()).content.decode()
    assert "The right picture of the storm." in html
    assert "Rescuers search the rubble" not in html


def test_a_killed_story_shows_no_photos(client, photo_story, django_capture_on_commit_callbacks):
    story, _ = photo_story
    with django_capture_on_commit_callbacks(execute=True):
        Kill(story, "Withdrawn.", actor=Actor.system("test")).execute()
    html = client.get(story.get_absolute_url()).content.decode()
    assert "<figure" not in html and "og:image" not in html
