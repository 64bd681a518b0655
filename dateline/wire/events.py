"""Recording public versions in the wire's delivery order (see WireEvent)."""

from collections.abc import Iterable

from django.utils import timezone

from dateline.stories.models import StoryVersion

from .models import WireEvent


def _event_for(version, story, now):
    visible = max(d for d in (version.published_at, story.first_published_at, now) if d is not None)
    return WireEvent(version_id=version.pk, story_id=story.pk, visible_at=visible, recorded_at=now)


def record(versions: Iterable[StoryVersion]) -> None:
    """Record versions that have no event yet; safe to call twice or concurrently."""
    now = timezone.now()
    events = [_event_for(v, v.story, now) for v in versions]
    if events:
        WireEvent.objects.bulk_create(events, ignore_conflicts=True)


def on_version(sender: object, story: object = None, version: StoryVersion | None = None, **kwargs: object) -> None:
    # Recording every missing version, in id order, rather than just this one
    # keeps a story's versions in order on the wire even when an earlier one
    # was written by a path that sent no signal.
    if version is not None and version.pk is not None:
        sync_missing()


# Versions commit in roughly id order; looking this far behind the newest
# recorded one catches late commits without scanning the whole table.
LOOKBACK = 5000


def sync_missing() -> int:
    """Record versions that reached the database without an event."""
    newest = WireEvent.objects.order_by("-version_id").values_list("version_id", flat=True).first() or 0
    missing = list(
        StoryVersion.objects.filter(id__gt=newest - LOOKBACK, wire_event__isnull=True)
        .select_related("story")
        .order_by("id")[:1000]
    )
    record(missing)
    return len(missing)
