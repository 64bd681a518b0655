"""The IPTC description is read from the file on arrival: IIM (Photoshop
APP13), XMP and EXIF, written here byte for byte as agency tools write them."""

import hashlib
from datetime import UTC, datetime, timedelta, timezone

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from dateline.photos import metadata
from dateline.photos.services import add_photo

from .conftest import encode, iim_block, picture, with_app13, xmp_packet

pytestmark = pytest.mark.django_db

IIM = [
    (5, "NK-MISSILE"),
    (120, "Visitors watch a news report on a North Korean missile launch at Seoul Station on Nov. 30, 2026."),
    (80, "Kim Do-hoon"),
    (110, "Yonhap"),
    (116, "© Yonhap News Agency"),
    (55, "20261130"),
    (60, "143015+0900"),
    (90, "Séoul"),
    (101, "South Korea"),
    (25, "North Korea"),
    (25, "missile"),
]

XMP = (
    "<photoshop:Headline>Missile launch watched at Seoul Station</photoshop:Headline>"
    '<dc:description><rdf:Alt><rdf:li xml:lang="ko">서울역</rdf:li>'
    '<rdf:li xml:lang="x-default">People at Seoul Station watch the report.</rdf:li></rdf:Alt></dc:description>'
    "<dc:creator><rdf:Seq><rdf:li>Kim Do-hoon</rdf:li><rdf:li>Lee Ji-won</rdf:li></rdf:Seq></dc:creator>"
    '<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© 2026 Yonhap</rdf:li></rdf:Alt></dc:rights>'
    '<xmpRights:UsageTerms><rdf:Alt><rdf:li xml:lang="x-default">Editorial use only</rdf:li></rdf:Alt></xmpRights:UsageTerms>'
    "<dc:subject><rdf:Bag><rdf:li>North Korea</rdf:li><rdf:li>missile</rdf:li><rdf:li>Seoul</rdf:li></rdf:Bag></dc:subject>"
    '<Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang="x-default">A crowd looks up at a large screen'
    " showing a rocket.</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility>"
)
XMP_ATTRIBUTES = (
    'photoshop:Credit="Yonhap Photo" photoshop:City="Seoul" photoshop:DateCreated="2026-11-30T14:31:00+09:00"'
)


def xmp_with_attributes(body=XMP, attributes=XMP_ATTRIBUTES):
    # Simple properties written as attributes of rdf:Description, as Photoshop does.
    return xmp_packet(body).replace(b'rdf:about=""', b'rdf:about="" ' + attributes.encode(), 1)


def jpeg(**options):
    return encode(picture((400, 300)), "JPEG", **options)


def test_iim_fields_are_read_with_utf8_when_1_90_says_so(system_actor):
    photo = add_photo(with_app13(jpeg(), iim_block(IIM)), actor=system_actor)
    assert photo.headline == "NK-MISSILE"  # Object Name, as there is no Headline
    assert photo.caption.startswith("Visitors watch a news report")
    assert (photo.creator, photo.credit_line, photo.copyright_notice) == (
        "Kim Do-hoon",
        "Yonhap",
        "© Yonhap News Agency",
    )
    assert (photo.city, photo.country) == ("Séoul", "South Korea")
    assert photo.keywords == ["North Korea", "missile"]
    assert photo.date_created == datetime(2026, 11, 30, 5, 30, 15, tzinfo=UTC)


def test_iim_without_a_character_set_is_read_as_latin_1():
    block = iim_block([(90, "Séoul"), (80, "Müller")], utf8=False)
    assert b"S\xe9oul" in block
    assert metadata.read_iim(block) == {"city": "Séoul", "creator": "Müller"}


def test_xmp_is_read_from_elements_and_attributes(system_actor):
    photo = add_photo(jpeg(xmp=xmp_with_attributes()), actor=system_actor)
    assert photo.headline == "Missile launch watched at Seoul Station"
    assert photo.caption == "People at Seoul Station watch the report."  # x-default, not the first language
    assert photo.creator == "Kim Do-hoon, Lee Ji-won"
    assert (photo.copyright_notice, photo.rights_usage) == ("© 2026 Yonhap", "Editorial use only")
    assert (photo.credit_line, photo.city) == ("Yonhap Photo", "Seoul")
    assert photo.keywords == ["North Korea", "missile", "Seoul"]
    assert photo.alt_text == "A crowd looks up at a large screen showing a rocket."
    assert photo.date_created == datetime(2026, 11, 30, 5, 31, tzinfo=UTC)


def test_xmp_wins_over_iim_and_iim_fills_what_xmp_lacks(system_actor):
    data = with_app13(jpeg(xmp=xmp_with_attributes()), iim_block(IIM))
    photo = add_photo(data, actor=system_actor)
    assert photo.caption == "People at Seoul Station watch the report."
    assert photo.credit_line == "Yonhap Photo"
    assert photo.copyright_notice == "© 2026 Yonhap"
    assert photo.country == "South Korea"  # only the IIM gives it


def test_iim_wins_when_its_digest_shows_it_was_edited_after_the_xmp(system_actor):
    block = iim_block(IIM)
    stale = hashlib.md5(b"the IIM as it was when the XMP was written").digest()
    photo = add_photo(with_app13(jpeg(xmp=xmp_with_attributes()), block, digest=stale), actor=system_actor)
    assert photo.caption.startswith("Visitors watch a news report")
    assert photo.credit_line == "Yonhap"
    matching = with_app13(jpeg(xmp=xmp_with_attributes(), quality=80), block, digest=hashlib.md5(block).digest())
    assert add_photo(matching, actor=system_actor).credit_line == "Yonhap Photo"


def test_exif_fills_only_what_iptc_leaves_empty(system_actor):
    exif = Image.Exif()
    exif[0x010E] = "EXIF description"
    exif[0x013B] = "EXIF Artist"
    exif[0x010F] = "NIKON CORPORATION"
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = "2026:11:29 22:10:05"
    ifd[0x9011] = "+09:00"
    ifd[0x829A] = IFDRational(1, 250)  # as cameras write it
    ifd[0x8827] = 800
    data = with_app13(jpeg(exif=exif.tobytes()), iim_block([(80, "Kim Do-hoon")]))
    photo = add_photo(data, actor=system_actor)
    assert photo.creator == "Kim Do-hoon"  # IIM over EXIF
    assert photo.caption == "EXIF description"
    assert photo.date_created == datetime(2026, 11, 29, 22, 10, 5, tzinfo=timezone(timedelta(hours=9)))
    assert photo.exif["Make"] == "NIKON CORPORATION" and photo.exif["ISO"] == 800
    assert photo.exif["ExposureTime"] == "1/250"


def test_xmp_in_png_and_webp_is_read_too(system_actor):
    packet = xmp_with_attributes()
    for fmt in ("PNG", "WEBP"):
        image = picture((300, 200), color=(1, 2, 3) if fmt == "PNG" else (4, 5, 6))
        options = {"pnginfo": _png_xmp(packet)} if fmt == "PNG" else {"xmp": packet}
        photo = add_photo(encode(image, fmt, **options), actor=system_actor)
        assert photo.credit_line == "Yonhap Photo", fmt


def _png_xmp(packet):
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", packet.decode("utf-8"))
    return info


def test_broken_metadata_is_skipped_not_the_photo(system_actor):
    broken = with_app13(jpeg(xmp=b"<x:xmpmeta><rdf:RDF><unclosed"), b"\x1c\x02\x78\xff\xff garbage")
    photo = add_photo(broken, actor=system_actor)
    assert photo.pk and photo.caption == ""
