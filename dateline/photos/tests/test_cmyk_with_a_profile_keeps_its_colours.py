"""A CMYK JPEG is colour-managed to sRGB through the ICC profile it carries
(Photoshop writes CMYK JPEGs Adobe-inverted, with an APP14 marker), and
only a file without a profile gets the plain conversion.

No CMYK profile ships with the test machines (Debian's icc-profiles are
not installed in CI, and ImageCms.createProfile makes only sRGB, Lab and
XYZ), so the test writes one: an ICC v2 output profile whose A2B0 table
maps each corner of the CMYK cube to a Lab colour chosen here, as a press
profile does. Cyan through that profile is a blue far from the plain
conversion's (0, 255, 255), so only colour management passes."""

import io
import struct

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from dateline.photos.services import add_photo, ensure_renditions

from .conftest import encode

pytestmark = pytest.mark.django_db

# What each ink prints, as sRGB, on white paper.
INKS = {"c": (0, 160, 225), "m": (230, 0, 126), "y": (255, 237, 0), "k": (35, 31, 32)}


def srgb_to_lab(rgb):
    """sRGB (0-255) to CIELAB under D50, the ICC's connection space."""

    def linear(v):
        v /= 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(v) for v in rgb)
    # sRGB primaries adapted to D50 (Bradford), as ICC sRGB profiles give them.
    x = 0.4360747 * r + 0.3850649 * g + 0.1430804 * b
    y = 0.2225045 * r + 0.7168786 * g + 0.0606169 * b
    z = 0.0139322 * r + 0.0971045 * g + 0.7141733 * b

    def f(t):
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x / 0.9642), f(y / 1.0), f(z / 0.8249)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def corner(c, m, y, k):
    """The printed colour of full ink on the given channels: inks multiply."""
    out = [1.0, 1.0, 1.0]
    for on, ink in zip((c, m, y, k), "cmyk", strict=True):
        if on:
            out = [o * v / 255 for o, v in zip(out, INKS[ink], strict=True)]
    return tuple(round(o * 255) for o in out)


def cmyk_profile():
    """An ICC v2 CMYK output profile: desc, wtpt, cprt and an A2B0 lut16
    with a 2-point grid (the 16 corners of the CMYK cube) to Lab."""

    def s15(v):
        return struct.pack(">i", round(v * 65536))

    def text_desc(text):
        ascii_ = text.encode("ascii") + b"\x00"
        return b"desc\x00\x00\x00\x00" + struct.pack(">I", len(ascii_)) + ascii_ + b"\x00" * 12 + b"\x00" * 67

    wtpt = b"XYZ \x00\x00\x00\x00" + s15(0.9642) + s15(1.0) + s15(0.8249)
    cprt = b"text\x00\x00\x00\x00" + b"No copyright: test data.\x00"
    clut = b""
    for c in (0, 1):
        for m in (0, 1):
            for y in (0, 1):
                for k in (0, 1):
                    lab = srgb_to_lab(corner(c, m, y, k))
                    # Lab in lut16 (ICC v2): L 0..100 -> 0..0xFF00, a and b -128..127.99 -> 0..0xFFFF.
                    clut += struct.pack(
                        ">HHH",
                        round(lab[0] * 652.8),
                        round((lab[1] + 128) * 256),
                        round((lab[2] + 128) * 256),
                    )
    identity = struct.pack(">HH", 0, 65535)
    a2b0 = (
        b"mft2\x00\x00\x00\x00"
        + bytes([4, 3, 2, 0])
        + b"".join(s15(v) for v in (1, 0, 0, 0, 1, 0, 0, 0, 1))
        + struct.pack(">HH", 2, 2)
        + identity * 4
        + clut
        + identity * 3
    )
    tags = [(b"desc", text_desc("Dateline test CMYK")), (b"wtpt", wtpt), (b"cprt", cprt), (b"A2B0", a2b0)]
    offset = 128 + 4 + 12 * len(tags)
    table, data = struct.pack(">I", len(tags)), b""
    for signature, body in tags:
        body += b"\x00" * (-len(body) % 4)
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = offset + len(data)
    header = (
        struct.pack(">I", size)
        + b"lcms"
        + struct.pack(">I", 0x02100000)
        + b"prtrCMYKLab "
        + struct.pack(">6H", 2026, 1, 1, 0, 0, 0)
        + b"acsp"
        + b"APPL"
        + b"\x00" * 4
        + b"\x00" * 8
        + b"\x00" * 8
        + struct.pack(">I", 0)
        + s15(0.9642)
        + s15(1.0)
        + s15(0.8249)
        + b"\x00" * 4
        + b"\x00" * 16
        + b"\x00" * 28
    )
    assert len(header) == 128
    return header + table + data


def rendition_pixel(photo, at=(160, 120)):
    photo = ensure_renditions(photo)
    with default_storage.open(photo.renditions["original/320.jpeg"]["name"]) as fp:
        image = Image.open(io.BytesIO(fp.read()))
        image.load()
    assert image.mode == "RGB"
    return image.getpixel(at)


def cmyk_jpeg(cmyk, **options):
    # Pillow writes CMYK JPEGs as Photoshop does: inverted, with the Adobe APP14 marker.
    data = encode(Image.new("CMYK", (400, 300), cmyk), "JPEG", quality=95, **options)
    assert b"Adobe" in data[:200]
    return data


@pytest.mark.parametrize(
    ("cmyk", "ink"),
    [((255, 0, 0, 0), (1, 0, 0, 0)), ((0, 255, 0, 0), (0, 1, 0, 0)), ((255, 0, 255, 0), (1, 0, 1, 0))],
    ids=["cyan", "magenta", "cyan+yellow"],
)
def test_a_cmyk_jpeg_with_a_profile_is_converted_through_it(system_actor, cmyk, ink):
    profile = cmyk_profile()
    image = Image.open(io.BytesIO(cmyk_jpeg(cmyk, icc_profile=profile)))
    assert image.mode == "CMYK" and image.info["icc_profile"] == profile
    pixel = rendition_pixel(add_photo(cmyk_jpeg(cmyk, icc_profile=profile), actor=system_actor))
    assert pixel == pytest.approx(corner(*ink), abs=8)


def test_without_a_profile_the_plain_conversion_is_used_and_noted(system_actor, caplog):
    photo = add_photo(cmyk_jpeg((255, 0, 0, 0)), actor=system_actor)
    with caplog.at_level("INFO", logger="dateline.photos.imaging"):
        pixel = rendition_pixel(photo)
    assert pixel == pytest.approx((0, 255, 255), abs=8)  # the plain, unmanaged cyan
    assert "CMYK without an embedded ICC profile" in caplog.text
