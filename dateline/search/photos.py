"""Keeping the photo index in step with the photo desk.

`dateline.photos` sends `photo_changed` once an edit, publication,
withdrawal or new focal point has committed; `sync_photo` then indexes the
photo if readers may see it and removes it otherwise. `dateline reindex`
rebuilds the photo index with the stories'.
"""

import logging
from collections.abc import Iterator

from dateline.photos.models import Photo

from .backends import PhotoDocument, get_backend
from .text import CATCH_ALL, keyword_tag, segment

log = logging.getLogger(__name__)

PHOTO_FIELDS = (
    "id",
    "date_created",
    "published_at",
    "created_at",
    "headline",
    "caption",
    "alt_text",
    "credit_line",
    "creator",
    "copyright_notice",
    "city",
    "country",
    "keywords",
)


def photo_document(photo: Photo) -> PhotoDocument:
    keywords = [k for k in photo.keywords or [] if isinstance(k, str) and k.strip()]
    tags = [CATCH_ALL, *(keyword_tag(k) for k in keywords)]
    return PhotoDocument(
        photo_id=photo.pk,
        date=photo.date_created or photo.published_at or photo.created_at,
        text=segment(" ".join([photo.headline, photo.caption, photo.alt_text])),
        people=segment(" ".join([photo.credit_line, photo.creator, photo.copyright_notice])),
        place=segment(" ".join([photo.city, photo.country, *keywords])),
        tags=list(dict.fromkeys(tags)),
    )


def indexed_photos():
    return Photo.objects.public().only(*PHOTO_FIELDS)


def iter_photo_documents(chunk_size: int = 2000) -> Iterator[PhotoDocument]:
    for photo in indexed_photos().order_by("id").iterator(chunk_size=chunk_size):
        yield photo_document(photo)


def sync_photo(photo_id: int, backend=None) -> bool:
    """Index the photo if readers may see it, else drop it; True if indexed."""
    backend = backend or get_backend()
    photo = indexed_photos().filter(pk=photo_id).first()
    if photo is None:
        backend.remove_photo(photo_id)
        return False
    backend.index_photo(photo_document(photo))
    return True


# Changes that alter nothing the index holds (photo_document's fields): new
# renditions, made from a background thread after every upload and crop,
# and a new focal point. Re-indexing for them was a write for nothing.
UNINDEXED_CHANGES = frozenset({"photo.renditions", "photo.focal_point"})


def on_photo_changed(sender: object, photo: Photo | None = None, action: str = "", **kwargs: object) -> None:
    """Signal receiver. The change is already committed: an indexing error is
    logged for `dateline reindex`, never raised into the desk."""
    if photo is None or action in UNINDEXED_CHANGES:
        return
    try:
        sync_photo(photo.pk)
    except Exception:
        log.exception("Could not update the photo index for photo %s; run `dateline reindex`.", photo.pk)
