"""Public renditions lose the GPS position and the camera's serial numbers,
and keep the photographer, credit and copyright embedded, as IPTC asks."""

import io

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from dateline.photos.metadata import read_xmp
from dateline.photos.services import add_photo, ensure_renditions

from .conftest import encode

pytestmark = pytest.mark.django_db


def camera_jpeg():
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS R5"
    exif[0x8298] = "(c) Kim Do-hoon"
    exif.get_ifd(0x8769)[0xA431] = "012345678901"  # BodySerialNumber
    exif.get_ifd(0x8769)[0xA435] = "0000c1d2e3"  # LensSerialNumber
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (37.0, 33.0, 59.0), "E", (126.0, 58.0, 41.0)
    return encode(Image.new("RGB", (700, 500), (90, 90, 90)), "JPEG", exif=exif.tobytes())


@pytest.mark.parametrize("entry", ["original/640.jpeg", "1x1/320.webp"])
def test_gps_and_serials_are_gone_and_the_rights_are_kept(entry, system_actor):
    data = camera_jpeg()
    assert b"012345678901" in data  # the original carries them
    photo = add_photo(
        data,
        actor=system_actor,
        described={"creator": "Kim Do-hoon", "credit_line": "Yonhap", "copyright_notice": "© Yonhap News Agency 2026"},
    )
    photo = ensure_renditions(photo)
    with default_storage.open(photo.renditions[entry]["name"]) as fp:
        raw = fp.read()
    image = Image.open(io.BytesIO(raw))
    exif = image.getexif()
    assert not exif.get_ifd(0x8825)  # no GPS
    assert b"012345678901" not in raw and b"0000c1d2e3" not in raw
    assert exif.get(0x010F) is None  # nothing of the camera's EXIF is copied
    # EXIF text as UTF-8 bytes (Pillow reads them back as Latin-1).
    assert exif[0x8298].encode("latin-1").decode("utf-8") == "© Yonhap News Agency 2026"
    assert exif[0x013B] == "Kim Do-hoon"
    xmp = read_xmp(image.info["xmp"])
    assert xmp["copyright_notice"] == "© Yonhap News Agency 2026"
    assert xmp["credit_line"] == "Yonhap"
    assert xmp["creator"] == "Kim Do-hoon"


def test_the_desk_sees_the_camera_but_not_its_position_or_serials(system_actor):
    photo = add_photo(camera_jpeg(), actor=system_actor)
    assert photo.exif["Make"] == "Canon" and photo.exif["Model"] == "Canon EOS R5"
    text = repr(photo.exif)
    assert "012345678901" not in text and "0000c1d2e3" not in text and "126" not in text
