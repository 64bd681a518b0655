"""Every file that is not a whole, accepted picture of a sane size is
refused with a reason a person can act on, and leaves no file and no row.
The type is read from the bytes, never from the name."""

import io
import random
import struct
import zlib

import pytest
from PIL import Image

from dateline.photos.models import Photo
from dateline.photos.services import PhotoRejected, add_photo

pytestmark = pytest.mark.django_db


def png_claiming(width, height):
    """A PNG whose header claims width × height with almost no data: a decompression bomb's shape."""

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def made(fmt, **options):
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 0, 0)).save(out, fmt, **options)
    return out.getvalue()


SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("photo.jpg", SVG, "SVG files are not accepted"),
        ("photo.png", b"\xef\xbb\xbf  <svg xmlns='http://www.w3.org/2000/svg'/>", "SVG files are not accepted"),
        ("anim.gif", made("GIF"), "GIF files are not accepted"),
        ("scan.tif", made("TIFF"), "TIFF and camera raw files are not accepted"),
        ("photo.jpg", made("PDF"), "PDF files are not accepted"),
        ("photo.jpg", made("BMP"), "BMP files are not accepted"),
        # Seeded: unseeded noise may begin, once in thousands of runs, with a
        # real signature ("BM", a UTF-16 mark) and be refused for that instead.
        ("photo.jpg", random.Random(2026).randbytes(4096), "not a picture Dateline can read"),
        ("photo.jpg", b"", "The file is empty"),
    ],
    ids=["svg", "svg-with-bom", "gif", "tiff", "pdf", "bmp", "random", "empty"],
)
def test_what_is_not_an_accepted_picture_is_refused(name, data, reason, system_actor, files_in):
    with pytest.raises(PhotoRejected, match=reason) as refused:
        add_photo(data, name, actor=system_actor)
    assert "\n" not in str(refused.value)
    assert files_in() == [] and not Photo.objects.exists()


def test_a_truncated_jpeg_is_refused(jpeg, system_actor, files_in):
    whole = jpeg((800, 600))
    with pytest.raises(PhotoRejected, match="damaged or incomplete"):
        add_photo(whole[: len(whole) * 2 // 3], "cut.jpg", actor=system_actor)
    assert files_in() == [] and not Photo.objects.exists()


def test_a_truncated_png_is_refused(system_actor, files_in):
    whole = made("PNG")
    big = io.BytesIO()
    Image.effect_noise((400, 300), 60).save(big, "PNG")
    with pytest.raises(PhotoRejected, match="damaged or incomplete"):
        add_photo(big.getvalue()[:-2000], "cut.png", actor=system_actor)
    assert whole and files_in() == [] and not Photo.objects.exists()


def test_a_pixel_bomb_is_refused_from_its_header_before_decoding(system_actor, files_in, settings):
    settings.DATELINE_PHOTO_MAX_PIXELS = 50_000_000
    bomb = png_claiming(60_000, 60_000)  # 3.6 gigapixels in a few dozen bytes
    with pytest.raises(PhotoRejected, match="limit is 50 megapixels"):
        add_photo(bomb, "bomb.png", actor=system_actor)
    assert files_in() == [] and not Photo.objects.exists()


def test_the_pixel_limit_is_a_setting(jpeg, system_actor, files_in, settings):
    settings.DATELINE_PHOTO_MAX_PIXELS = 100 * 100
    with pytest.raises(PhotoRejected, match=r"120 × 90 pixels"):
        add_photo(jpeg((120, 90)), actor=system_actor)
    assert files_in() == []


def test_a_file_over_the_byte_cap_is_refused(jpeg, system_actor, files_in, settings):
    data = jpeg((400, 300))
    settings.DATELINE_PHOTO_MAX_BYTES = len(data) - 1
    with pytest.raises(PhotoRejected, match="the limit is"):
        add_photo(data, actor=system_actor)
    assert files_in() == [] and not Photo.objects.exists()


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "AVIF", "HEIF"])
def test_the_other_accepted_formats_come_in_whatever_their_name(fmt, system_actor):
    data = made(fmt)
    photo = add_photo(data, "named-wrongly.gif", actor=system_actor)
    assert (
        photo.mime_type == {"PNG": "image/png", "WEBP": "image/webp", "AVIF": "image/avif", "HEIF": "image/heic"}[fmt]
    )
    assert (photo.width, photo.height) == (64, 48)


@pytest.mark.parametrize(
    ("fmt", "options"),
    [("JPEG", {"progressive": True}), ("WEBP", {}), ("AVIF", {}), ("HEIF", {})],
    ids=["progressive-jpeg", "webp", "avif", "heic"],
)
def test_a_file_cut_short_is_refused_in_every_accepted_format(fmt, options, system_actor, files_in):
    out = io.BytesIO()
    Image.effect_noise((600, 400), 60).convert("RGB").save(out, fmt, **options)
    whole = out.getvalue()
    with pytest.raises(PhotoRejected, match="damaged or incomplete"):
        add_photo(whole[: len(whole) * 3 // 4], actor=system_actor)
    assert files_in() == [] and not Photo.objects.exists()
