"""Photos on the public pages: what a template needs to draw a <picture>.

Pages load the photos they show in one query (`public_photos(ids)`, from the
ids in the versions shown; dateline.photos.shown) and turn each into a `Picture` here, from the
renditions recorded on the row (dateline.photos.renditions, no query). A
photo whose renditions are not made yet is left out rather than drawn with
a broken or full-size image.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

from . import renditions
from .models import Photo
from .shown import SHOWN_FIELDS, ShownPhoto, public_photos

__all__ = ["SHOWN_FIELDS", "Picture", "ShownPhoto", "public_photos", "picture", "pictures"]

# The three crops Google's Article structured data asks for, and the width
# Discover asks for at least.
JSONLD_RATIOS = ("16x9", "4x3", "1x1")
LARGE_WIDTH = 1200


def absolute_url(url: str) -> str:
    """Renditions live under MEDIA_URL ("/media/..."): made absolute with the
    site's address, as feeds do; a storage's own absolute URL is kept."""
    return url if "://" in url else settings.DATELINE_SITE_URL + url


@dataclass(slots=True, frozen=True)
class Picture:
    """One photo in one crop, ready for <picture>: a JPEG <img> (src, srcset,
    width and height of the default rendition, so the page keeps its place
    while it loads) and a WebP <source> when WebP renditions were made.

    Compared and hashed by what it draws (the photo row is left out): a
    story card holding it is the key of the card's cached rendering."""

    photo: Photo | ShownPhoto = field(compare=False)
    src: str
    width: int
    height: int
    srcset: str
    webp_srcset: str

    @property
    def alt(self) -> str:
        return self.photo.alt_text

    @property
    def caption(self) -> str:
        return self.photo.caption or self.photo.headline

    @property
    def credit(self) -> str:
        return self.photo.credit_line or self.photo.creator

    @property
    def caption_line(self) -> str:
        return caption_with_credit(self.caption, self.credit)


def caption_with_credit(caption: str, credit: str) -> str:
    """The caption closed by the credit in brackets, as agencies print it:
    "Rescuers search the rubble. (Yonhap)". A caption that already ends with
    that credit keeps it once."""
    caption, credit = " ".join(caption.split()), " ".join(credit.split())
    if not credit or caption.endswith(f"({credit})"):
        return caption
    return f"{caption} ({credit})" if caption else f"({credit})"


def _up_to(srcset: str, max_width: int | None) -> str:
    """The srcset's candidates no wider than `max_width` (a thumbnail has no
    use for 2,048 px, and every candidate is bytes on each list page)."""
    if not max_width or not srcset:
        return srcset
    kept = []
    for candidate in srcset.split(", "):
        descriptor = candidate.rsplit(" ", 1)[-1]
        if not (descriptor.endswith("w") and descriptor[:-1].isdigit() and int(descriptor[:-1]) > max_width):
            kept.append(candidate)
    return ", ".join(kept)


# What a photo's renditions draw, by (photo, renditions key, crop, widths):
# the rendition names carry the key, so an entry is never stale, and pages
# showing the same photo again skip the parsing and URL building. Bounded.
_DRAWN: dict[tuple[Any, ...], Any] = {}
_DRAWN_MAX = 4096


def _memo(photo: Photo | ShownPhoto, what: tuple[Any, ...], make: Callable[[], Any]) -> Any:
    if not photo.renditions_key:
        return make()
    key = (photo.pk, photo.renditions_key, *what)
    found = _DRAWN.get(key, _DRAWN)
    if found is _DRAWN:
        if len(_DRAWN) >= _DRAWN_MAX:
            _DRAWN.clear()
        found = _DRAWN[key] = make()
    return found


@receiver(setting_changed)
def _forget(**kwargs: object) -> None:
    # URLs depend on MEDIA_URL and the storage, which only tests change.
    _DRAWN.clear()


def _draw(photo: Photo | ShownPhoto, ratio: str, width: int, max_width: int | None) -> tuple | None:
    default = renditions.rendition(photo, ratio, width, "jpeg")
    if not default:
        return None
    return (
        default["url"],
        int(default["width"]),
        int(default["height"]),
        _up_to(renditions.srcset(photo, ratio, "jpeg"), max_width) or f"{default['url']} {default['width']}w",
        _up_to(renditions.srcset(photo, ratio, "webp"), max_width),
    )


def picture(
    photo: Photo | ShownPhoto | None, ratio: str = "original", width: int = 1280, max_width: int | None = None
) -> Picture | None:
    """The photo in `ratio`, its <img> the rendition closest to `width`, its
    srcset without candidates wider than `max_width` (all when None)."""
    if photo is None:
        return None
    drawn = _memo(photo, ("picture", ratio, width, max_width), lambda: _draw(photo, ratio, width, max_width))
    if drawn is None:
        return None
    src, w, h, srcset, webp_srcset = drawn
    return Picture(photo=photo, src=src, width=w, height=h, srcset=srcset, webp_srcset=webp_srcset)


def pictures(
    ids: Iterable[int],
    photos: dict[int, ShownPhoto],
    ratio: str = "original",
    width: int = 1280,
    max_width: int | None = None,
) -> list[Picture]:
    """Pictures of the given ids that are public and drawable, in order."""
    shown = (picture(photos.get(pk), ratio, width, max_width) for pk in dict.fromkeys(ids))
    return [p for p in shown if p is not None]


def jsonld_images(photo: Photo | ShownPhoto) -> list[dict]:
    """schema.org ImageObjects of the 16:9, 4:3 and 1:1 crops at the largest
    width made (at least 1,200 px when the original allows), absolute URLs."""

    def make() -> list[dict]:
        images = []
        for ratio in JSONLD_RATIOS:
            best = renditions.largest(photo, ratio, "jpeg")
            if best:
                images.append(
                    {
                        "@type": "ImageObject",
                        "url": absolute_url(best["url"]),
                        "width": int(best["width"]),
                        "height": int(best["height"]),
                    }
                )
        return images

    return [dict(image) for image in _memo(photo, ("jsonld",), make)]


def og_image(photo: Photo | ShownPhoto) -> dict | None:
    """The social card's image: the 16:9 crop (what link previews show),
    large enough for summary_large_image."""

    def make() -> dict | None:
        best = renditions.rendition(photo, "16x9", LARGE_WIDTH, "jpeg") or renditions.largest(photo, "original", "jpeg")
        if not best:
            return None
        return {
            "url": absolute_url(best["url"]),
            "width": int(best["width"]),
            "height": int(best["height"]),
            "type": best.get("mime_type", "image/jpeg"),
        }

    found = _memo(photo, ("og",), make)
    return {**found, "alt": photo.alt_text} if found else None


def photo_id(value: object) -> int | None:
    """A card's lead photo id as its row gives it: an int, or the JSON text
    of one where the row comes from the driver unconverted (PostgreSQL)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def lead_ids(cards: Iterable) -> list[int]:
    """The story cards' lead photo ids (their `lead_photo`), for the page's
    one photo query and its cache keys (shown or not: publishing or
    withdrawing one changes the page)."""
    ids = (photo_id(card.lead_photo) for card in cards if card is not None)
    return [pk for pk in ids if pk]


def with_pictures(cards: Iterable, photos: dict[int, ShownPhoto], ratio: str = "4x3") -> list:
    """The (frozen) story cards, each with its lead photo's thumbnail from
    `photos` (loaded once for the page): small widths only."""
    out = []
    for card in cards:
        pk = photo_id(card.lead_photo)
        shown = picture(photos.get(pk), ratio, 640, max_width=640) if pk else None
        out.append(replace(card, picture=shown) if shown else card)
    return out


def version_pictures(versions: Iterable) -> dict[int, list[Picture | None]]:
    """For a story's public history: each version's photos (by version pk, in
    order), loaded in one query; None stands for a photo no longer public."""
    versions = list(versions)
    photos = public_photos(pk for v in versions for pk in v.photos or [])
    return {
        v.pk: [picture(photos.get(pk), "4x3", 320, max_width=640) for pk in dict.fromkeys(v.photos or [])]
        for v in versions
    }


def photo_changes(old_ids: list[int], new_ids: list[int]) -> dict[str, list[int] | bool]:
    """What a new version did to the photos: removed and added ids, and
    whether the lead photo changed."""
    old, new = list(dict.fromkeys(old_ids or [])), list(dict.fromkeys(new_ids or []))
    return {
        "removed": [pk for pk in old if pk not in new],
        "added": [pk for pk in new if pk not in old],
        "lead_changed": old[:1] != new[:1],
        "changed": old != new,
    }
