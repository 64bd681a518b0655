"""Keeping `StoryPhoto` (which public stories use which photo) in step with
publishing. Connected in PhotosConfig.ready().

The stories' actions send `story_published` / `story_unpublished` once their
transaction has committed; the receiver then rewrites the story's rows from
its live version, in position order (0 is the lead photo). A story readers
may not see (killed, withdrawn, under embargo) has no rows, so a photo's
page never lists it.
"""

import logging

from django.db import transaction

from dateline.stories.models import Story

from .models import Photo, StoryPhoto

logger = logging.getLogger(__name__)


def live_photo_ids(story_id: int) -> list[int]:
    """The photo ids the story's public version shows, lead first, or none
    when readers may not see the story."""
    row = Story.objects.public().filter(pk=story_id).values_list("live__photos", flat=True).first()
    ids: list[int] = []
    for value in row or []:
        if isinstance(value, int) and not isinstance(value, bool) and value not in ids:
            ids.append(value)
    return ids


def sync_story_photos(story_id: int) -> list[int]:
    """Rewrite the story's StoryPhoto rows from its live version; returns
    the photo ids written, in position order. Idempotent."""
    with transaction.atomic():
        wanted = live_photo_ids(story_id)
        existing = set(Photo.objects.filter(pk__in=wanted).values_list("pk", flat=True)) if wanted else set()
        ids = [pk for pk in wanted if pk in existing]
        StoryPhoto.objects.filter(story_id=story_id).delete()
        StoryPhoto.objects.bulk_create(
            [StoryPhoto(story_id=story_id, photo_id=pk, position=position) for position, pk in enumerate(ids)]
        )
    return ids


def on_story_changed(sender: object, story: Story | None = None, **kwargs: object) -> None:
    """Signal receiver. The story is already committed: an error here is
    logged (and repaired by the next publication), never raised."""
    if story is None:
        return
    try:
        sync_story_photos(story.pk)
    except Exception:
        logger.exception("could not record the photos of story %s", getattr(story, "public_id", story))
