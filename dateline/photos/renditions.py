"""Which renditions a photo has and where they are: pure helpers on a loaded
Photo (no queries), for pages, feeds and the wire.

A photo is cut four ways (RATIOS: the whole picture, and the 16:9, 4:3 and
1:1 crops around the focal point) at each of WIDTHS not wider than the crop
itself (never enlarged; a picture narrower than 320 px gets one rendition at
its own width), in JPEG (the fallback every reader takes) and WebP. AVIF is
not made: on the benchmark (docs/performance.md) it took 1.45-1.9x WebP's
encoding time for the same bytes.

Renditions embed the creator, credit, copyright notice and usage terms, so
`renditions_key` covers those too: editing them re-cuts the renditions.

`photo.renditions` maps "<ratio>/<width>.<format>" to {"name": storage name,
"width", "height", "bytes"}. Storage names carry `renditions_key` (a digest
of the original, the focal point and the rights), so a rendition's URL changes whenever
its pixels do, and the files are cached for a year.
"""

from __future__ import annotations

import hashlib
from typing import Any, Protocol

from django.core.files.storage import default_storage

RATIOS = ("original", "16x9", "4x3", "1x1")
WIDTHS = (320, 640, 960, 1280, 1600, 2048)
FORMATS = ("jpeg", "webp")
MIME_TYPES = {"jpeg": "image/jpeg", "webp": "image/webp", "avif": "image/avif"}
EXTENSIONS = {"jpeg": "jpg", "webp": "webp", "avif": "avif"}
SHAPES: dict[str, tuple[int, int] | None] = {"original": None, "16x9": (16, 9), "4x3": (4, 3), "1x1": (1, 1)}

# Change when the way renditions are cut or encoded changes: every photo's
# key changes with it, and `dateline photo-renditions` remakes them all.
RECIPE = "1"

PREFIX = "renditions/"


class HasRenditions(Protocol):
    public_id: str
    sha256: str
    width: int
    height: int
    focal_x: float
    focal_y: float
    renditions: Any
    renditions_key: str
    creator: str
    credit_line: str
    copyright_notice: str
    rights_usage: str


# Embedded in every rendition (EXIF and XMP): a change re-cuts them.
RIGHTS = ("creator", "credit_line", "copyright_notice", "rights_usage")


def rights(photo: HasRenditions) -> dict[str, str]:
    return {field: getattr(photo, field) or "" for field in RIGHTS}


def key_for(photo: HasRenditions) -> str:
    """What the renditions are cut for: the original's bytes, the focal point
    (to 1/1000), the rights they carry and the recipe. Renditions under
    another key are stale."""
    text = "\x1f".join([photo.sha256, f"{photo.focal_x:.3f}", f"{photo.focal_y:.3f}", RECIPE, *rights(photo).values()])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def crop_size(width: int, height: int, ratio: str) -> tuple[int, int]:
    """The size in the original's pixels of a ratio's crop (the largest that fits)."""
    shape = SHAPES[ratio]
    if shape is None:
        return width, height
    rw, rh = shape
    if width * rh > height * rw:
        return max(1, round(height * rw / rh)), height
    return width, max(1, round(width * rh / rw))


def widths_for(crop_width: int) -> list[int]:
    """The rendition widths for a crop this wide: those not above it, or the
    crop's own width when it is narrower than the smallest."""
    widths = [w for w in WIDTHS if w <= crop_width]
    return widths or [crop_width]


def planned(photo: HasRenditions) -> dict[str, tuple[int, int]]:
    """Every rendition the photo should have: "<ratio>/<width>.<format>" -> (width, height)."""
    plan = {}
    for ratio in RATIOS:
        cw, ch = crop_size(photo.width, photo.height, ratio)
        for width in widths_for(cw):
            height = max(1, round(ch * width / cw))
            for fmt in FORMATS:
                plan[f"{ratio}/{width}.{fmt}"] = (width, height)
    return plan


def storage_name(photo: HasRenditions, key: str, entry: str) -> str:
    """renditions/<public id>/<key>/<ratio>-<width>.<ext>"""
    ratio, rest = entry.split("/")
    width, fmt = rest.split(".")
    return f"{PREFIX}{photo.public_id}/{key}/{ratio}-{width}.{EXTENSIONS[fmt]}"


def is_current(photo: HasRenditions) -> bool:
    """Every planned rendition made, for the photo's present key."""
    made = photo.renditions or {}
    return photo.renditions_key == key_for(photo) and all(entry in made for entry in planned(photo))


def _made(photo: HasRenditions, ratio: str, fmt: str) -> list[tuple[int, dict[str, Any]]]:
    made = photo.renditions or {}
    found = []
    for entry, info in made.items():
        r, rest = entry.split("/", 1)
        width, f = rest.split(".", 1)
        if r == ratio and f == fmt:
            found.append((int(width), info))
    return sorted(found, key=lambda item: item[0])


def _describe(info: dict[str, Any], fmt: str) -> dict[str, Any]:
    return {
        "url": default_storage.url(info["name"]),
        "width": info["width"],
        "height": info["height"],
        "mime_type": MIME_TYPES[fmt],
    }


def rendition(photo: HasRenditions, ratio: str = "original", width: int = 1280, fmt: str = "jpeg") -> dict | None:
    """The made rendition closest to `width`: the narrowest not below it, else
    the widest there is. {"url", "width", "height", "mime_type"} or None."""
    made = _made(photo, ratio, fmt)
    if not made:
        return None
    for w, info in made:
        if w >= width:
            return _describe(info, fmt)
    return _describe(made[-1][1], fmt)


def largest(photo: HasRenditions, ratio: str = "original", fmt: str = "jpeg") -> dict | None:
    made = _made(photo, ratio, fmt)
    return _describe(made[-1][1], fmt) if made else None


def srcset(photo: HasRenditions, ratio: str = "original", fmt: str = "jpeg") -> str:
    """ "url 320w, url 640w, ..." of the widths made, for <img srcset> / <source srcset>."""
    return ", ".join(f"{default_storage.url(info['name'])} {w}w" for w, info in _made(photo, ratio, fmt))
