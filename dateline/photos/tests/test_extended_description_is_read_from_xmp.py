"""IPTC Photo Metadata 2021.1's Extended Description (Accessibility),
`Iptc4xmpCore:ExtDescrAccessibility`, is read from a file's XMP on arrival
into `Photo.extended_description`: the x-default language first, its
paragraphs kept, apart from the alt text; a sender's own description wins."""

import pytest

from dateline.photos import metadata
from dateline.photos.services import add_photo

from .conftest import encode, picture, xmp_packet

pytestmark = pytest.mark.django_db

EXTENDED = (
    "A line chart of rainfall in Jeju over 24 hours.\n\n"
    "It stays under 5 mm an hour until 18:00, then climbs to 62 mm at 23:00."
)
XMP = (
    '<Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang="x-default">A chart of rainfall'
    " in Jeju rising sharply at night.</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility>"
    '<Iptc4xmpCore:ExtDescrAccessibility><rdf:Alt><rdf:li xml:lang="ko">제주 강수량 그래프.</rdf:li>'
    f'<rdf:li xml:lang="x-default">{EXTENDED}</rdf:li></rdf:Alt></Iptc4xmpCore:ExtDescrAccessibility>'
)


def jpeg_with(xmp):
    return encode(picture((400, 300)), "JPEG", quality=85, xmp=xmp)


def test_the_extended_description_is_read_with_its_paragraphs(system_actor):
    photo = add_photo(jpeg_with(xmp_packet(XMP)), actor=system_actor)
    assert photo.extended_description == EXTENDED  # x-default, not the first language
    assert photo.alt_text == "A chart of rainfall in Jeju rising sharply at night."


def test_it_is_read_when_written_as_an_attribute():
    packet = xmp_packet("").replace(
        b'rdf:about=""', b'rdf:about="" Iptc4xmpCore:ExtDescrAccessibility="Two children hold a banner."', 1
    )
    assert metadata.read_xmp(packet) == {"extended_description": "Two children hold a banner."}


def test_a_senders_description_wins_over_the_files(system_actor):
    photo = add_photo(
        jpeg_with(xmp_packet(XMP)), actor=system_actor, described={"extended_description": "  The sender's.  "}
    )
    assert photo.extended_description == "The sender's."


def test_a_file_without_one_leaves_it_empty(system_actor):
    photo = add_photo(encode(picture((400, 300)), "JPEG"), actor=system_actor)
    assert photo.extended_description == ""
