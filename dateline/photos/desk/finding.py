"""Finding photos on the desk: the list's search box and the story editor's
photo picker (the ORM over the desk's fields; the public archive search is
the search backends')."""

from django.db.models import Q, QuerySet

from dateline.photos.models import Photo

# What a story may choose: drafts (published with the story) and published photos.
CHOOSABLE = (Photo.Status.DRAFT, Photo.Status.PUBLISHED)


def search(photos: QuerySet, q: str) -> QuerySet:
    """Photos whose caption, headline, credit, creator, keywords or ID contain `q`."""
    return photos.filter(
        Q(caption__icontains=q)
        | Q(headline__icontains=q)
        | Q(credit_line__icontains=q)
        | Q(creator__icontains=q)
        | Q(keywords__icontains=q)
        | Q(public_id__iexact=q)
    )


def choosable(q: str = "", exclude=(), limit: int = 12) -> list[Photo]:
    """The newest photos a story may choose, matching `q` when given."""
    photos: QuerySet = Photo.objects.filter(status__in=CHOOSABLE).exclude(pk__in=list(exclude))
    if q:
        photos = search(photos, q)
    return list(photos.order_by("-created_at", "-pk")[:limit])
