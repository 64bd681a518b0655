"""The pictures the desk shows of a photo, from the renditions already made
(no query, no decoding on the request)."""

from dateline.photos import renditions
from dateline.photos.models import Photo


def picture(photo: Photo, width: int = 320, ratio: str = "original") -> dict | None:
    """{"url", "width", "height"} of the made JPEG rendition nearest `width`, or None."""
    return renditions.rendition(photo, ratio, width, "jpeg")


def alt_for(photo: Photo) -> str:
    """The desk's thumbnails need a text too before the desk has written one."""
    if photo.alt_text:
        return photo.alt_text
    text = photo.headline or photo.caption
    return f"Photo {photo.public_id}, no alt text yet" + (f": {text[:120]}" if text else "")
