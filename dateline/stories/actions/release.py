"""Releasing what the desk set for later: scheduled stories are published,
embargoed ones announced. Run by `dateline publish-scheduled` as the
"scheduler" system actor; each release is idempotent under the row lock."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from ..models import Story, StoryVersion
from ..services import StoryError
from ..signals import story_published
from .base import PUBLISH, SYSTEM, Action, Actor, locked
from .publishing import Publish, publication_problem


class ReleaseScheduled(Action):
    """Publish a scheduled story whose time has come, as of its scheduled time.

    ReleaseScheduled(story, actor=..., now=None).execute() -> StoryVersion or
    None (a story that cannot be published goes back to the editors as
    submitted, recorded as "story.release_failed", rather than failing every
    minute). Raises StoryError if the story is not due (already released).
    """

    name = "story.release"
    permission = PUBLISH
    verb = "release scheduled stories"

    def __init__(self, story, *, actor, now=None):
        super().__init__(story, actor=actor)
        self.now = now or timezone.now()

    def problem(self, story: Story) -> str | None:
        if story.status != Story.Status.SCHEDULED or not story.scheduled_at or story.scheduled_at > self.now:
            return "This story is not due for release."
        return None

    def execute(self, skip_permission_check: bool = False) -> StoryVersion | None:
        with transaction.atomic():
            story = self.story = locked(self.story)
            self.check(skip_permission_check)
            problem = publication_problem(story)
            if problem:
                story.status = Story.Status.SUBMITTED
                story.scheduled_at = None
                story.save(update_fields=["status", "scheduled_at"])
                self.audit(story, "story.release_failed", problem=problem)
                return None
            publication = Publish(story, actor=self.actor, at=story.scheduled_at)
            # Publish audits itself as a first publication; this row says the scheduler did it.
            version = publication.execute(skip_permission_check=True)
            self.story = publication.story
            self.audit(self.story, self.name, version=version.number, kind="scheduled", revision=self.story.revision)
        return version


class ReleaseEmbargo(Action):
    """Announce an embargoed story whose embargo has ended (search, caches, the
    wire's delivery log learn of it now). ReleaseEmbargo(story, actor=..., now=None).execute() -> Story"""

    name = "story.release"
    permission = PUBLISH
    verb = "release embargoed stories"

    def __init__(self, story, *, actor, now=None):
        super().__init__(story, actor=actor)
        self.now = now or timezone.now()

    def problem(self, story: Story) -> str | None:
        if story.status != Story.Status.PUBLISHED or story.embargo_until is None or story.embargo_until > self.now:
            return "This story is not due for release."
        return None

    def _execute(self, story):
        story.embargo_until = None
        story.save(update_fields=["embargo_until"])
        live = story.live
        transaction.on_commit(lambda: story_published.send(sender=Story, story=story, version=live))
        return story, {"version": live.number, "kind": "embargo", "revision": story.revision}


def due(now: datetime | None = None) -> tuple[list[Story], list[Story]]:
    """Stories whose scheduled time or embargo has come: (to publish, to announce)."""
    now = now or timezone.now()
    scheduled = Story.objects.filter(status=Story.Status.SCHEDULED, scheduled_at__lte=now).order_by("scheduled_at")
    embargoed = Story.objects.filter(
        status=Story.Status.PUBLISHED, embargo_until__isnull=False, embargo_until__lte=now
    ).order_by("embargo_until")
    return list(scheduled), list(embargoed)


def release_due(now: datetime | None = None, *, actor: Actor = SYSTEM) -> list[Story]:
    """Release everything due; returns the stories released. A story another
    run released meanwhile is skipped, so two runs release each story once."""
    now = now or timezone.now()
    scheduled, embargoed = due(now)
    released = []
    for story in scheduled:
        try:
            action = ReleaseScheduled(story, actor=actor, now=now)
            if action.execute() is not None:
                released.append(action.story)
        except StoryError:
            continue
    for story in embargoed:
        try:
            released.append(ReleaseEmbargo(story, actor=actor, now=now).execute())
        except StoryError:
            continue
    return released
