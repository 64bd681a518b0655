"""Reading and writing picture files with Pillow: what a file is (from its
bytes, never its name), whether it may come in, and the pixels renditions
are cut from (upright, sRGB, 8 bits) with the rights written back in.

Accepted: JPEG, PNG, WebP, AVIF (Pillow's own decoders) and HEIC/HEIF
(pillow-heif, libheif). Everything else is refused with a reason a person
can act on: SVG (a script can hide in it), GIF and TIFF (send them as PNG or
JPEG), PDF and anything unrecognised. Before any pixel is decoded, the
header's width × height is checked against DATELINE_PHOTO_MAX_PIXELS (a
decompression bomb declares billions of pixels in a few bytes); then the
whole first frame is decoded, so a truncated file is refused on arrival
rather than found broken when renditions are made.
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass
from typing import IO

from django.conf import settings
from PIL import Image, ImageCms, ImageFile

try:  # HEIC from phones; the wheel bundles libheif.
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIC = True
except ImportError:  # pragma: no cover - a dependency, absent only in a broken install
    HEIC = False

logger = logging.getLogger(__name__)

ACCEPTED = "JPEG, PNG, WebP, AVIF or HEIC" if HEIC else "JPEG, PNG, WebP or AVIF"

# Pillow's format names for what we let Pillow open, by the MIME type sniffed.
PILLOW_FORMATS = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/webp": "WEBP",
    "image/avif": "AVIF",
    "image/heic": "HEIF",
}

# ISO-BMFF brands (the `ftyp` box): AVIF and the HEIF family.
AVIF_BRANDS = {b"avif", b"avis"}
HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"mif2"}


class ImageRefused(ValueError):
    """The bytes are not a picture Dateline takes; str() is the reason, for a person."""


@dataclass(frozen=True)
class Inspected:
    mime_type: str
    width: int  # as displayed: after the EXIF orientation
    height: int
    animated: bool
    frames: int
    mode: str  # Pillow's mode as stored (CMYK, I;16, RGBA ...)


def sniff(data: bytes) -> str:
    """The file's type from its first bytes: an accepted MIME type, or
    raises ImageRefused naming what it is."""
    head = data[:64]
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        brands = _ftyp_brands(data)
        if brands & AVIF_BRANDS:
            return "image/avif"
        if brands & HEIC_BRANDS:
            if not HEIC:
                raise ImageRefused(f"HEIC files cannot be read here: send {ACCEPTED}.")
            return "image/heic"
        raise ImageRefused(f"This looks like a video or another ISO media file, not a photo: send {ACCEPTED}.")
    if head.startswith((b"GIF87a", b"GIF89a")):
        raise ImageRefused(f"GIF files are not accepted: send {ACCEPTED} (a PNG for a graphic).")
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        raise ImageRefused(f"TIFF and camera raw files are not accepted: send {ACCEPTED}.")
    if head.startswith(b"%PDF"):
        raise ImageRefused(f"PDF files are not accepted: send {ACCEPTED}.")
    if head.startswith(b"BM"):
        raise ImageRefused(f"BMP files are not accepted: send {ACCEPTED}.")
    if _looks_like_svg(data):
        raise ImageRefused(f"SVG files are not accepted: send {ACCEPTED}.")
    if not data:
        raise ImageRefused("The file is empty.")
    raise ImageRefused(f"This file is not a picture Dateline can read: send {ACCEPTED}.")


def _ftyp_brands(data: bytes) -> set[bytes]:
    size = int.from_bytes(data[:4], "big")
    box = data[8 : min(max(size, 16), 256)]
    # major brand, minor version, then compatible brands, 4 bytes each
    return {box[0:4]} | {box[i : i + 4] for i in range(8, len(box) - 3, 4)}


def _looks_like_svg(data: bytes) -> bool:
    text = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"\xff\xfe") or text.startswith(b"\xfe\xff"):  # UTF-16
        text = data[:4096].decode("utf-16", "ignore").encode("ascii", "ignore").lower()
    return text.startswith(b"<") and b"<svg" in text


def inspect(data: bytes) -> Inspected:
    """Check that `data` is a whole, accepted picture of a sane size."""
    max_bytes = settings.DATELINE_PHOTO_MAX_BYTES
    if len(data) > max_bytes:
        raise ImageRefused(f"The file is {len(data) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB.")
    mime_type = sniff(data)
    image = open_image(data, mime_type)
    try:
        width, height = image.size
        if image.format == "JPEG":
            # libjpeg still reads every byte at 1/8 scale: as sure a test
            # of a whole file, at a fraction of the time and memory.
            image.draft(image.mode, (max(1, width // 8), max(1, height // 8)))
        try:
            image.load()  # the whole first frame: a truncated file fails here
        except Exception as error:
            raise ImageRefused(f"The file is damaged or incomplete and cannot be read ({_why(error)}).") from None
        frames = getattr(image, "n_frames", 1) or 1
        if _orientation(image) in (5, 6, 7, 8):
            width, height = height, width
        return Inspected(mime_type, width, height, frames > 1, frames, image.mode)
    finally:
        image.close()


def open_image(source: bytes | IO[bytes], mime_type: str) -> ImageFile.ImageFile:
    """Open (read the header of) a picture of a known accepted type, refusing
    it before decoding if it declares more pixels than allowed."""
    fp = io.BytesIO(source) if isinstance(source, bytes) else source
    limit = settings.DATELINE_PHOTO_MAX_PIXELS
    try:
        with warnings.catch_warnings():
            # Our own limit is checked below; Pillow's bomb check (twice its
            # MAX_IMAGE_PIXELS) stays as a last guard, as an error.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(fp, formats=[PILLOW_FORMATS[mime_type]])
    except Image.DecompressionBombError:
        raise ImageRefused(
            f"The picture declares too many pixels; the limit is {limit / 1e6:.0f} megapixels."
        ) from None
    except Exception as error:
        raise ImageRefused(f"The file is damaged or incomplete and cannot be read ({_why(error)}).") from None
    width, height = image.size
    if width < 1 or height < 1:
        image.close()
        raise ImageRefused("The picture has no pixels.")
    if width * height > limit:
        image.close()
        raise ImageRefused(
            f"The picture is {width} × {height} pixels ({width * height / 1e6:.0f} megapixels);"
            f" the limit is {limit / 1e6:.0f} megapixels."
        )
    assert isinstance(image, ImageFile.ImageFile)
    return image


def _why(error: Exception) -> str:
    return (str(error) or type(error).__name__).splitlines()[0][:120]


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(0x0112, 1))
    except Exception:
        return 1


SRGB = ImageCms.createProfile("sRGB")

# How much smaller than asked a JPEG may be decoded (see upright_srgb).
DRAFT_SLACK = 0.95

# EXIF orientation -> the turn that makes the picture upright (as ImageOps.exif_transpose).
TURNS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def upright_srgb(image: ImageFile.ImageFile, scale: float = 1.0) -> Image.Image:
    """The first frame, turned upright (EXIF orientation), in 8-bit sRGB (RGB
    or L), at `scale` or a little more: JPEG decodes straight to a reduced size
    (draft mode), which bounds memory and time for big originals."""
    if scale < 1.0 and image.format == "JPEG":
        # JPEG decodes at 1/1, 1/2, 1/4 or 1/8. Within DRAFT_SLACK of a
        # smaller step, take it: the widest rendition is then enlarged by
        # a few percent instead of the whole picture decoded at twice the size.
        slack = scale * DRAFT_SLACK
        size = (max(1, int(image.width * slack + 1)), max(1, int(image.height * slack + 1)))
        image.draft(image.mode if image.mode in ("RGB", "L", "CMYK") else "RGB", size)
    image.seek(0)
    image.load()
    icc = image.info.get("icc_profile")
    frame: Image.Image = _eight_bit(image)
    if icc and frame.mode in ("RGB", "CMYK"):
        frame = _to_srgb(frame, icc)
    elif frame.mode == "CMYK":
        # Which press the inks were meant for is unknown: Pillow's plain
        # conversion (inks subtracted from white) is all there is to go on.
        logger.info("CMYK without an embedded ICC profile: colours converted without colour management")
    if frame.mode not in ("RGB", "L"):
        frame = frame.convert("RGB")
    if scale < 1.0:
        target = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        if frame.size[0] > target[0] * 1.01:
            frame = frame.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    # Orientation last, read from the file's EXIF (the frame has none).
    turn = TURNS.get(_orientation(image))
    return frame.transpose(turn) if turn is not None else frame


def _eight_bit(image: Image.Image) -> Image.Image:
    """16-bit and 32-bit greyscale scaled to 8 bits (a plain convert clips
    everything above 255 to white); transparency flattened onto white."""
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        wide = image.convert("I") if mode != "I" else image
        # PNG's 16-bit grey arrives as I;16 or I: 0..65535 either way.
        return wide.point(lambda value: value * (1 / 257)).convert("L")
    if mode == "F":
        return image.point(lambda value: value * 255).convert("L")
    if mode in ("RGBA", "LA", "PA", "RGBa", "La") or (mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    if mode in ("P", "1", "YCbCr", "LAB", "HSV"):
        return image.convert("RGB")
    return image


def _to_srgb(image: Image.Image, icc: bytes) -> Image.Image:
    """Colour-manage an RGB or CMYK frame from its embedded profile to sRGB."""
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(
            image, source, SRGB, renderingIntent=ImageCms.Intent.PERCEPTUAL, outputMode="RGB"
        )
    except (ImageCms.PyCMSError, OSError, ValueError) as error:
        logger.info("embedded ICC profile not usable (%s): colours converted without colour management", error)
        return image.convert("RGB")  # a broken profile: the plain conversion
    assert converted is not None
    return converted


def crop_box(width: int, height: int, ratio: tuple[int, int] | None, fx: float, fy: float) -> tuple[int, int, int, int]:
    """The largest box of `ratio` (w, h) inside the picture, placed so the
    focal point (fractions of width and height) is as near its centre as the
    edges allow. None keeps the whole picture."""
    if ratio is None:
        return (0, 0, width, height)
    rw, rh = ratio
    if width * rh > height * rw:  # wider than the ratio: full height
        ch, cw = height, max(1, round(height * rw / rh))
    else:
        cw, ch = width, max(1, round(width * rh / rw))
    left = min(max(round(fx * width - cw / 2), 0), width - cw)
    top = min(max(round(fy * height - ch / 2), 0), height - ch)
    return (left, top, left + cw, top + ch)


def encode(image: Image.Image, fmt: str, rights: dict[str, str]) -> bytes:
    """JPEG or WebP bytes of a frame with only the rights embedded (EXIF
    Artist and Copyright, XMP dc:creator/dc:rights/photoshop:Credit): nothing
    of the original's EXIF is carried over, so no GPS and no serial numbers."""
    exif = Image.Exif()
    # EXIF's ASCII fields take UTF-8 bytes as exiftool and cameras write
    # them (Pillow would turn "©" into "?"); the XMP says it exactly.
    if rights.get("creator"):
        exif[0x013B] = rights["creator"].encode("utf-8")  # Artist
    if rights.get("copyright_notice"):
        exif[0x8298] = rights["copyright_notice"].encode("utf-8")  # Copyright
    options: dict[str, object] = {"exif": exif.tobytes(), "xmp": rights_xmp(rights)}
    out = io.BytesIO()
    if fmt == "jpeg":
        image.save(out, "JPEG", quality=82, progressive=True, optimize=False, **options)
    elif fmt == "webp":
        image.save(out, "WEBP", quality=78, method=4, **options)
    elif fmt == "avif":
        image.save(out, "AVIF", quality=60, speed=8, **options)
    else:
        raise ValueError(f"unknown rendition format {fmt!r}")
    return out.getvalue()


def rights_xmp(rights: dict[str, str]) -> bytes:
    """A small XMP packet with the photographer, credit, copyright and usage
    terms, as the IPTC asks publishers to keep them in published images."""
    from xml.sax.saxutils import escape

    def alt(tag: str, value: str) -> str:
        return f'<{tag}><rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt></{tag}>'

    parts = []
    if rights.get("creator"):
        parts.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(rights['creator'])}</rdf:li></rdf:Seq></dc:creator>")
    if rights.get("copyright_notice"):
        parts.append(alt("dc:rights", rights["copyright_notice"]))
    if rights.get("rights_usage"):
        parts.append(alt("xmpRights:UsageTerms", rights["rights_usage"]))
    if rights.get("credit_line"):
        parts.append(f"<photoshop:Credit>{escape(rights['credit_line'])}</photoshop:Credit>")
    body = "".join(parts)
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
        ' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">'
        f"{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )
    return packet.encode("utf-8")
