"""Pictures as cameras and agencies send them: CMYK, 16 bits a channel,
turned by their EXIF orientation, animated. Renditions are upright 8-bit
sRGB, from the first frame of an animation."""

import io

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from dateline.photos.services import add_photo, ensure_renditions

from .conftest import encode

pytestmark = pytest.mark.django_db


def first_rendition(photo, entry="original/320.jpeg"):
    photo = ensure_renditions(photo)
    with default_storage.open(photo.renditions[entry]["name"]) as fp:
        image = Image.open(io.BytesIO(fp.read()))
        image.load()
    return image


def test_a_cmyk_jpeg_becomes_rgb_of_the_same_colour(system_actor):
    red = Image.new("CMYK", (400, 300), (0, 255, 255, 0))
    photo = add_photo(encode(red, "JPEG", quality=95), actor=system_actor)
    image = first_rendition(photo)
    assert image.mode == "RGB"
    r, g, b = image.getpixel((160, 120))
    assert r > 230 and g < 30 and b < 30


def test_a_16_bit_png_is_scaled_to_8_bits_not_clipped_to_white(system_actor):
    grey = Image.new("I;16", (400, 300), 32896)  # half of 65535
    data = encode(grey, "PNG")
    assert Image.open(io.BytesIO(data)).mode.startswith("I")  # really 16 bits a sample
    image = first_rendition(add_photo(data, actor=system_actor))
    assert image.mode == "L"
    assert image.getpixel((160, 120)) == pytest.approx(128, abs=2)


# HEIF readers turn the picture themselves and reset the tag; JPEG and AVIF
# leave it to us: either way it must be turned exactly once.
@pytest.mark.parametrize("fmt", ["JPEG", "AVIF", "HEIF"])
def test_exif_orientation_6_is_applied_to_the_size_and_the_pixels(system_actor, fmt):
    stored = Image.new("RGB", (400, 200), "white")
    stored.paste(Image.new("RGB", (50, 50), (255, 0, 0)), (0, 0))  # top left as stored
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned a quarter clockwise
    photo = add_photo(encode(stored, fmt, quality=95, exif=exif.tobytes()), actor=system_actor)
    assert (photo.width, photo.height) == (200, 400)
    image = first_rendition(photo, "original/200.jpeg")
    assert image.size == (200, 400)
    # Turned clockwise, the stored top left is the shown top right.
    assert image.getpixel((190, 10))[0] > 200 and image.getpixel((190, 10))[1] < 60
    assert image.getpixel((10, 10)) == pytest.approx((255, 255, 255), abs=8)
    assert image.getexif().get(0x0112) is None  # nothing left to turn it twice


def test_an_animated_webp_is_marked_and_cut_from_its_first_frame(system_actor):
    frames = [Image.new("RGB", (400, 300), colour) for colour in ((255, 0, 0), (0, 0, 255), (0, 255, 0))]
    out = io.BytesIO()
    frames[0].save(out, "WEBP", save_all=True, append_images=frames[1:], duration=200, loop=0, lossless=True)
    photo = add_photo(out.getvalue(), actor=system_actor)
    assert photo.animated is True and photo.mime_type == "image/webp"
    image = first_rendition(photo)
    assert getattr(image, "n_frames", 1) == 1
    r, g, b = image.getpixel((160, 120))
    assert r > 230 and g < 30 and b < 30


def test_a_transparent_png_is_flattened_onto_white(system_actor):
    clear = Image.new("RGBA", (400, 300), (0, 0, 0, 0))
    image = first_rendition(add_photo(encode(clear, "PNG"), actor=system_actor))
    assert image.getpixel((160, 120)) == pytest.approx((255, 255, 255), abs=3)


def png_16_bit_rgb(width, height, rgb16):
    """A 48-bit PNG written byte for byte (Pillow cannot write one)."""
    import struct
    import zlib

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    row = b"\x00" + struct.pack(">HHH", *rgb16) * width
    header = struct.pack(">IIBBBBB", width, height, 16, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def test_a_16_bit_rgb_png_keeps_its_colour(system_actor):
    image = first_rendition(add_photo(png_16_bit_rgb(400, 300, (65535, 32896, 0)), actor=system_actor))
    assert image.mode == "RGB"
    r, g, b = image.getpixel((160, 120))
    assert r > 245 and 120 < g < 136 and b < 10


def test_an_embedded_icc_profile_is_applied_without_shifting_srgb_colours(system_actor):
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encode(Image.new("RGB", (400, 300), (30, 140, 220)), "JPEG", quality=95, icc_profile=srgb)
    image = first_rendition(add_photo(data, actor=system_actor))
    assert image.getpixel((160, 120)) == pytest.approx((30, 140, 220), abs=6)
