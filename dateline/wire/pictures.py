"""A public version's photos as the wire sends them: ninjs associations,
NewsML-G2 picture items, RSS/Atom media:content.

Only what readers may see goes out: the photos of the version sent
(`StoryVersion.photos`, lead first; a kill version has none), and of those
only the published ones (`Photo.objects.public()`). The story itself is
already public (embargo and schedule are the stories' own rules), so a
photo never goes out before its story. Renditions are those made, with
absolute URLs; the original file is never sent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.conf import settings

from dateline.photos.models import Photo
from dateline.photos.renditions import WIDTHS, rendition

if TYPE_CHECKING:
    from dateline.stories.models import StoryVersion

# The renditions sent: every width of the whole picture, in JPEG (which every
# receiver reads) and WebP. The crops are not sent: a receiver taking "the
# largest rendition" would take a crop for the picture; ninjs 3.0 carries the
# focal point (`poi`) for receivers to crop as we do.
FORMATS = ("jpeg", "webp")


def photo_uri(photo: Photo) -> str:
    return photo.uri


def absolute(url: str) -> str:
    return url if url.startswith(("http://", "https://")) else settings.DATELINE_SITE_URL + url


@dataclass
class Sent:
    """One rendition as it goes out."""

    name: str
    href: str
    width: int
    height: int
    content_type: str


def renditions(photo: Photo) -> list[Sent]:
    """The renditions made of the whole picture, largest JPEG first, then the WebPs."""
    out: list[Sent] = []
    seen: set[str] = set()

    def take(width: int, fmt: str) -> None:
        found = rendition(photo, "original", width, fmt)
        if found is None or found["url"] in seen:
            return
        seen.add(found["url"])
        suffix = "jpg" if fmt == "jpeg" else fmt
        out.append(
            Sent(
                name=f"original-{found['width']}-{suffix}",
                href=absolute(found["url"]),
                width=int(found["width"]),
                height=int(found["height"]),
                content_type=found["mime_type"],
            )
        )

    for fmt in FORMATS:
        for width in sorted(WIDTHS, reverse=True):
            take(width, fmt)
    return out


def photo_ids(versions: Iterable) -> set[int]:
    return {pk for version in versions for pk in (getattr(version, "photos", None) or []) if isinstance(pk, int)}


def load(versions: Iterable) -> dict[int, Photo]:
    """The published photos the versions show, in one query (none when no
    version shows any)."""
    ids = photo_ids(versions)
    if not ids:
        return {}
    return {photo.pk: photo for photo in Photo.objects.public().filter(pk__in=ids)}


def of_version(version: StoryVersion, loaded: dict[int, Photo] | None = None) -> list[Photo]:
    """The version's published photos with made renditions, lead first."""
    ids = [pk for pk in (getattr(version, "photos", None) or []) if isinstance(pk, int)]
    if not ids:
        return []
    if loaded is None:
        loaded = load([version])
    photos = [loaded[pk] for pk in dict.fromkeys(ids) if pk in loaded]
    return [photo for photo in photos if photo.renditions]


def for_feed(photo: Photo) -> Sent | None:
    """The one rendition a feed reader gets: the whole picture in JPEG, about 1280 wide."""
    found = rendition(photo, "original", 1280, "jpeg")
    if found is None:
        return None
    return Sent(
        name="original",
        href=absolute(found["url"]),
        width=int(found["width"]),
        height=int(found["height"]),
        content_type=found["mime_type"],
    )


def credit_text(photo: Photo) -> str:
    """The credit as agencies print it: the photographer and the credit line."""
    parts = [p for p in (photo.creator, photo.credit_line) if p]
    if len(parts) == 2 and parts[1].casefold() in parts[0].casefold():
        parts = parts[:1]
    return "/".join(parts)
