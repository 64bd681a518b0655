"""`dateline load-demo` gives demo stories photos drawn at load time (no
network, no image files), published with caption, credit, alt text and
their licence, and cut into renditions during the load; loading again
makes no new photo."""

from io import StringIO

import pytest
from django.core.management import call_command

from dateline.photos.demo import LICENCE, SCENES, STORY_PHOTOS
from dateline.photos.models import Photo, StoryPhoto
from dateline.stories.models import Story

pytestmark = pytest.mark.django_db


def test_demo_stories_get_published_photos_with_renditions_and_a_gallery(
    client, sections, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # publication signals, as outside a test
        call_command("load-demo", stdout=StringIO())
    photos = list(Photo.objects.filter(source="demo"))
    assert len(photos) == sum(len(keys) for keys in STORY_PHOTOS.values())
    for photo in photos:
        assert photo.status == Photo.Status.PUBLISHED
        assert photo.caption and photo.alt_text and photo.credit_line and photo.rights_usage == LICENCE
        assert photo.renditions  # cut during the load, not left to a worker
        for info in photo.renditions.values():
            assert (settings.MEDIA_ROOT / info["name"]).is_file()
    for number, keys in STORY_PHOTOS.items():
        story = Story.objects.select_related("live").get(source_key=f"demo:{number}")
        shown = Photo.objects.in_bulk(story.live.photos)
        assert [shown[pk].caption for pk in story.live.photos] == [SCENES[key].caption for key in keys]
    gallery_story = Story.objects.get(source_key="demo:34")
    assert StoryPhoto.objects.filter(story=gallery_story).count() == 3
    html = client.get(gallery_story.get_absolute_url()).content.decode()
    assert 'class="photo photo-lead"' in html and 'class="gallery"' in html
    assert "(Dateline demo)</figcaption>" in html

    call_command("load-demo", stdout=StringIO())
    assert Photo.objects.filter(source="demo").count() == len(photos)


def test_drawing_is_the_same_every_time():
    from dateline.photos.demo import draw_scene

    scene = SCENES["moon-jar"]
    assert draw_scene(scene) == draw_scene(scene)
