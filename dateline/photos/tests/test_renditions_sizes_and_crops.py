"""Renditions: the whole picture and the 16:9, 4:3 and 1:1 crops, at the
widths not wider than each crop, in JPEG and WebP, cut around the focal point."""

import io

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from dateline.photos import renditions
from dateline.photos.services import add_photo, ensure_renditions

from .conftest import encode

pytestmark = pytest.mark.django_db


def opened(info):
    with default_storage.open(info["name"]) as fp:
        image = Image.open(io.BytesIO(fp.read()))
        image.load()
        return image


def test_each_ratio_is_made_at_the_widths_its_crop_allows(jpeg, system_actor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        photo = add_photo(jpeg((1400, 800)), actor=system_actor)
    photo.refresh_from_db()
    made = {entry: (info["width"], info["height"]) for entry, info in photo.renditions.items()}
    # 1400 wide: 320..1280; the 16:9 crop is 1400 × 788; 4:3 is 1067 × 800; 1:1 is 800 × 800.
    assert {e: s for e, s in made.items() if e.endswith(".jpeg")} == {
        "original/320.jpeg": (320, 183),
        "original/640.jpeg": (640, 366),
        "original/960.jpeg": (960, 549),
        "original/1280.jpeg": (1280, 731),
        "16x9/320.jpeg": (320, 180),
        "16x9/640.jpeg": (640, 360),
        "16x9/960.jpeg": (960, 540),
        "16x9/1280.jpeg": (1280, 720),
        "4x3/320.jpeg": (320, 240),
        "4x3/640.jpeg": (640, 480),
        "4x3/960.jpeg": (960, 720),
        "1x1/320.jpeg": (320, 320),
        "1x1/640.jpeg": (640, 640),
    }
    assert {e.replace(".webp", ".jpeg") for e in made if e.endswith(".webp")} == {
        e for e in made if e.endswith(".jpeg")
    }
    for entry, info in photo.renditions.items():
        image = opened(info)
        assert image.format == ("JPEG" if entry.endswith(".jpeg") else "WEBP")
        assert image.size == (info["width"], info["height"])
        assert info["name"].startswith(f"renditions/{photo.public_id}/{photo.renditions_key}/")


def test_a_picture_narrower_than_the_smallest_width_gets_one_at_its_own(system_actor):
    photo = ensure_renditions(add_photo(encode(Image.new("RGB", (200, 150), "white"), "PNG"), actor=system_actor))
    assert sorted(e for e in photo.renditions if e.endswith(".jpeg")) == [
        "16x9/200.jpeg",
        "1x1/150.jpeg",
        "4x3/200.jpeg",
        "original/200.jpeg",
    ]


def test_the_crops_keep_the_focal_point_in(system_actor):
    # White picture, a red square near the right edge; the editor clicked on it.
    image = Image.new("RGB", (1600, 900), "white")
    image.paste(Image.new("RGB", (100, 100), (255, 0, 0)), (1450, 400))
    photo = add_photo(encode(image, "PNG"), actor=system_actor)
    photo.focal_x, photo.focal_y = 1500 / 1600, 450 / 900
    photo.save()
    photo = ensure_renditions(photo)
    square = opened(photo.renditions["1x1/640.jpeg"])
    # The 900 × 900 crop runs to the right edge (700..1600): the red square is
    # at 750..850 of 900, that is 533..604 of 640.
    r, g, b = square.getpixel((570, 320))
    assert r > 200 and g < 60 and b < 60
    # The same picture (one pixel apart) with the focal point left in the
    # middle: the crop is 350..1250, and the square is cut off.
    image.putpixel((0, 0), (0, 0, 0))
    centred = opened(ensure_renditions(add_photo(encode(image, "PNG"), actor=system_actor)).renditions["1x1/640.jpeg"])
    assert centred.getpixel((570, 320)) == pytest.approx((255, 255, 255), abs=8)


def test_the_helpers_find_renditions_without_queries(jpeg, system_actor, django_assert_num_queries):
    photo = ensure_renditions(add_photo(jpeg((1400, 800)), actor=system_actor))
    with django_assert_num_queries(0):
        chosen = renditions.rendition(photo, "16x9", 700, "webp")
        widest = renditions.largest(photo, "1x1")
        srcset = renditions.srcset(photo, "4x3")
        missing = renditions.rendition(photo, "16x9", 700, "avif")
    key = photo.renditions_key
    assert chosen == {
        "url": f"/media/renditions/{photo.public_id}/{key}/16x9-960.webp",
        "width": 960,
        "height": 540,
        "mime_type": "image/webp",
    }
    assert widest["width"] == 640 and widest["mime_type"] == "image/jpeg"
    base = f"/media/renditions/{photo.public_id}/{key}/4x3"
    assert srcset == f"{base}-320.jpg 320w, {base}-640.jpg 640w, {base}-960.jpg 960w"
    assert missing is None
    # Wider than any made: the widest there is.
    assert renditions.rendition(photo, "original", 4000)["width"] == 1280


def test_making_them_again_is_idempotent_and_a_new_focal_point_replaces_them(jpeg, system_actor, files_in):
    photo = ensure_renditions(add_photo(jpeg((700, 500)), actor=system_actor))
    first, files = dict(photo.renditions), files_in()
    assert ensure_renditions(photo).renditions == first and files_in() == files
    photo.focal_x = 0.1
    photo.save()
    photo = ensure_renditions(photo)
    assert renditions.is_current(photo)
    assert {i["name"] for i in photo.renditions.values()}.isdisjoint({i["name"] for i in first.values()})
    # The old files are gone: only the original and the new set remain.
    assert sorted(files_in()) == sorted([photo.original.name, *(i["name"] for i in photo.renditions.values())])
