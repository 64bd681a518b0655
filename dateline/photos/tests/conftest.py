"""Fixtures of the photo tests: picture files made here with Pillow (with
EXIF, XMP and IIM written byte for byte), a storage folder of the test's
own, and people with and without the photo permissions; for the public
pages, a story showing published photos (StoryPhoto follows its signals)."""

import io
import re
import struct

import pytest
from PIL import Image

PASSWORD = "correct horse battery staple"


@pytest.fixture
def media(settings, tmp_path):
    """MEDIA_ROOT in the test's own folder, so "nothing stored" can be checked."""
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = root
    return root


def stored_files(root):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.fixture
def files_in(media):
    return lambda: stored_files(media)


@pytest.fixture
def system_actor():
    from dateline.stories.actions import Actor

    return Actor.system("test", via="test")


@pytest.fixture
def make_person(db):
    """A desk user holding exactly the named permissions ("photos.publish_photo" ...)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    from dateline.stories.actions import Actor

    def factory(username, *perms):
        user = get_user_model().objects.create_user(username, password=PASSWORD)
        for perm in perms:
            app, codename = perm.split(".")
            user.user_permissions.add(Permission.objects.get(content_type__app_label=app, codename=codename))
        user = get_user_model().objects.get(pk=user.pk)  # a fresh permission cache
        return Actor(user, "192.0.2.10", "desk")

    return factory


def picture(size=(1200, 800), color=(40, 120, 200), mode="RGB"):
    """A picture with structure (a gradient and a block), so crops and turns can be told apart."""
    image = Image.linear_gradient("L").resize(size).convert(mode if mode in ("L", "RGB") else "RGB")
    if image.mode == "RGB":
        block = Image.new("RGB", (size[0] // 4, size[1] // 4), color)
        image.paste(block, (0, 0))
    return image if mode in ("L", "RGB") else image.convert(mode)


def encode(image, fmt="JPEG", **options):
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


@pytest.fixture
def jpeg():
    def factory(size=(1200, 800), **options):
        options.setdefault("quality", 85)
        return encode(picture(size), "JPEG", **options)

    return factory


def iim_block(datasets, utf8=True):
    """An IIM block: 1:90 (UTF-8) then record-2 datasets [(dataset, bytes-or-str)]."""
    out = b""
    if utf8:
        out += b"\x1c\x01\x5a" + struct.pack(">H", 3) + b"\x1b%G"
    for dataset, value in datasets:
        raw = value.encode("utf-8" if utf8 else "latin-1") if isinstance(value, str) else value
        out += b"\x1c\x02" + bytes([dataset]) + struct.pack(">H", len(raw)) + raw
    return out


def with_app13(jpeg_bytes, block, digest=None):
    """The JPEG with a Photoshop APP13 segment (8BIM 0x0404, and 0x0425 if a
    digest is given) inserted after SOI, as Photoshop and agency tools write it."""

    def resource(rid, body):
        data = b"8BIM" + struct.pack(">H", rid) + b"\x00\x00" + struct.pack(">I", len(body)) + body
        return data + (b"\x00" if len(body) % 2 else b"")

    payload = b"Photoshop 3.0\x00" + resource(0x0404, block)
    if digest is not None:
        payload += resource(0x0425, digest)
    segment = b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg_bytes[:2] + segment + jpeg_bytes[2:]


def xmp_packet(description_xml):
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
        ' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"'
        ' xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">'
        f'{description_xml}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


@pytest.fixture
def photo_story(published, make_photo):
    """A story with a lead photo and a two-photo gallery: (story, [photos])."""
    photos = [
        make_photo("Rescuers search the rubble of a collapsed house in Gangneung on Oct. 28.", credit_line="Yonhap"),
        make_photo("Residents carry belongings out of a flooded shop.", credit_line="Newsis", creator="Lee Ji-hoon"),
        make_photo("A soldier hands out water bottles.", credit_line="AFP"),
    ]
    story = published(headline="Storm leaves thousands without power", photos=[p.pk for p in photos])
    return story, photos


def imgs(html):
    """Every <img> tag in the page, as an attribute dict."""
    return [dict(re.findall(r'([\w-]+)="([^"]*)"', tag)) for tag in re.findall(r"<img\b[^>]*>", html)]


@pytest.fixture
def img_tags():
    return imgs
