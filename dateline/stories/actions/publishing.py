"""The actions that write public versions: publish, update, correct, embargo,
kill, and scheduling (which publishes later, through the release)."""

from __future__ import annotations

from datetime import date, datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from dateline.core.timefmt import to_newsroom

from ..hooks import before_version, registered_problem
from ..models import Story, StoryVersion
from ..services import compose_dateline, render_body, summarize
from ..signals import story_published, story_unpublished
from .base import KILL, PUBLISH, Action, apply_changes, new_revision

Kind = StoryVersion.Kind
UNPUBLISHED = (Story.Status.DRAFT, Story.Status.SUBMITTED, Story.Status.SCHEDULED)


def publication_problem(story: Story) -> str | None:
    """What keeps a working copy from going public, or None."""
    if story.status == Story.Status.KILLED:
        return "A killed story cannot be published again; write a new story."
    if not (story.headline or "").strip():
        return "A story needs a headline before it is published."
    if not story.body:
        return "A story needs a body before it is published."
    # What other apps keep for the story (its photos) must be ready too.
    return registered_problem(story)


def under_embargo(story: Story, now: datetime | None = None) -> bool:
    return bool(story.embargo_until and story.embargo_until > (now or timezone.now()))


class _Publishing(Action):
    """Writes the working copy as the next public version.

    Keyword arguments every publishing action takes:
    - at: the public time (default now);
    - label: e.g. "(LEAD)"; blank keeps the live version's label on updates
      and corrections;
    - changes: working-copy values to save first (a new revision), for
      callers that publish what they write in one go (feed updates, demo);
    - dateline_date: the date the dateline names (default: the day of first
      publication).
    The working copy's editor's note goes out with this version only: it is
    cleared afterwards (as a new revision) so no later version repeats it.
    """

    permission = PUBLISH
    verb = "publish stories"
    kind = Kind.FIRST
    announce = True

    def __init__(
        self,
        story,
        *,
        actor,
        at: datetime | None = None,
        label: str | None = None,
        correction: str = "",
        changes: dict | None = None,
        dateline_date: date | None = None,
    ):
        super().__init__(story, actor=actor)
        self.at = at
        self.label = " ".join((label or "").split())
        self.correction = (correction or "").strip()
        self.changes = changes or {}
        self.dateline_date = dateline_date
        self.version = None

    def problem(self, story: Story) -> str | None:
        return publication_problem(story)

    def _execute(self, story):
        saved = (
            apply_changes(story, self.changes, actor=self.actor, note="Saved for publication") if self.changes else []
        )
        problem = publication_problem(story)  # the changes may have emptied the body
        if problem:
            from ..services import StoryError

            raise StoryError(problem)
        version = self._write_version(story)
        detail = {
            "version": version.number,
            "kind": version.kind,
            "label": version.label,
            "revision": story.revision,
            "published_at": version.published_at,
        }
        if version.correction:
            detail["correction"] = version.correction
        if saved:
            detail["fields"] = sorted(saved)
        if story.ednote:
            # The note travelled with this version; the next one starts without it.
            story.ednote = ""
            new_revision(
                story,
                actor=self.actor,
                note=f"Published as version {version.number}; its editor's note went with it",
                fields=["ednote"],
            )
        return version, detail

    def _write_version(self, story):
        at = self.at or timezone.now()
        live = story.live
        number = story.versions.count() + 1
        if story.first_published_at is None or number == 1:
            story.first_published_at = at
        when = self.dateline_date or to_newsroom(story.first_published_at).date()
        # Another agency's story keeps its credit: never ours by default.
        agency = story.dateline_agency or story.credit or settings.DATELINE_AGENCY
        # Another agency's story shows its dateline as that agency wrote
        # it, or none: never one composed here with our date on it.
        dateline_text = story.dateline_text or (
            "" if story.credit else compose_dateline(story.dateline_city, story.dateline_country, when, agency)
        )
        label = self.label or (live.label if live is not None and self.kind in (Kind.UPDATE, Kind.CORRECTION) else "")
        # In this transaction: e.g. the story's draft photos are published with it.
        before_version(story, self.actor)
        version = StoryVersion.objects.create(
            story=story,
            number=number,
            kind=self.kind,
            headline=story.headline,
            bylines=list(story.bylines),
            dateline_city=story.dateline_city,
            dateline_country=story.dateline_country,
            dateline_date=when if story.dateline_city else None,
            dateline_agency=agency,
            dateline_text=dateline_text[:200],
            credit=story.credit,
            body=list(story.body),
            body_html=render_body(story.body, dateline_text),
            summary=summarize(story.body),
            urgency=story.urgency,
            keywords=list(story.keywords),
            slugline=story.slugline,
            label=label,
            ednote=story.ednote,
            correction=self.correction,
            photos=list(story.photos),
            published_at=at,
            published_by=self.actor.user if getattr(self.actor.user, "pk", None) else None,
        )
        story.live = version
        story.status = Story.Status.PUBLISHED
        story.last_published_at = at
        story.scheduled_at = None
        story.save(update_fields=["live", "status", "first_published_at", "last_published_at", "scheduled_at"])
        self.version = version
        if self.announce:
            transaction.on_commit(lambda: story_published.send(sender=Story, story=story, version=version))
        return version


class Publish(_Publishing):
    """First publication. Publish(story, actor=..., at=None, label="",
    changes=None, dateline_date=None).execute() -> StoryVersion"""

    name = "story.first"  # the audit log's name for first publications since the first release

    def problem(self, story: Story) -> str | None:
        if story.live_id and story.status != Story.Status.KILLED:
            return "This story is already published; publish an update or a correction instead."
        if story.status not in UNPUBLISHED and story.status != Story.Status.KILLED:
            return f"A {story.get_status_display().lower()} story cannot be published."
        return publication_problem(story)

    def _execute(self, story):
        if not story.live_id and under_embargo(story):
            # A draft that carries an embargo (a wire item taken in or accepted
            # by the desk) is published as an embargo: public nowhere before it.
            self.at, self.announce, self.name = story.embargo_until, False, Embargo.name
            version, detail = super()._execute(story)
            return version, {**detail, "until": story.embargo_until}
        return super()._execute(story)


class Update(_Publishing):
    """A new version of a published story (new facts, a rewrite).
    Update(story, actor=..., label=None, changes=None, ...).execute() -> StoryVersion"""

    name = "story.update"
    kind = Kind.UPDATE

    def problem(self, story: Story) -> str | None:
        if story.status == Story.Status.KILLED:
            return "A killed story cannot be published again; write a new story."
        if not story.live_id or story.status != Story.Status.PUBLISHED:
            return "Only a published story can be updated."
        if under_embargo(story):
            return "This story is under embargo; wait for its release to publish changes."
        return publication_problem(story)


class Correct(Update):
    """A correction of a published story, with the note readers see.
    Correct(story, actor=..., correction="...", label=None).execute() -> StoryVersion"""

    name = "story.correction"
    kind = Kind.CORRECTION

    def problem(self, story: Story) -> str | None:
        if not self.correction:
            return "A correction needs a correction note."
        problem = super().problem(story)
        return problem.replace("updated", "corrected") if problem else None


class Embargo(_Publishing):
    """Publish now with the public time set to `until`.

    Embargo(story, until, actor=..., label="").execute() -> StoryVersion

    `Story.objects.public()` hides a story until its first-publication time,
    so the site, feeds and API keep it back even if no job runs; the release
    (ReleaseEmbargo, run by `publish-scheduled`) announces it once its time
    has come, so search and caches never learn of it early.
    """

    name = "story.embargo"
    verb = "embargo stories"
    announce = False

    def __init__(self, story, until, *, actor, now=None, **kwargs):
        super().__init__(story, actor=actor, at=until, **kwargs)
        self.until = until
        self.now = now

    def problem(self, story: Story) -> str | None:
        if self.until is None or self.until <= (self.now or timezone.now()):
            return "An embargo must end in the future."
        if story.live_id:
            return "Only a story that has not been published can be embargoed."
        if story.status not in UNPUBLISHED:
            return f"A {story.get_status_display().lower()} story cannot be embargoed."
        return publication_problem(story)

    def _execute(self, story):
        story.embargo_until = self.until
        story.save(update_fields=["embargo_until"])
        version, detail = super()._execute(story)
        return version, {**detail, "until": self.until}


class MoveEmbargo(_Publishing):
    """A story still under embargo gets a new version before anyone has seen
    it: its working copy (with `changes`) is published at a new embargo time,
    or now when `until` is None or already past (the embargo is lifted).

    MoveEmbargo(story, until, actor=..., changes=None, dateline_date=None).execute() -> StoryVersion
    """

    name = "story.embargo"
    verb = "embargo stories"
    kind = Kind.UPDATE

    def __init__(self, story, until, *, actor, now=None, **kwargs):
        super().__init__(story, actor=actor, **kwargs)
        self.until = until
        self.now = now

    def problem(self, story: Story) -> str | None:
        if story.status != Story.Status.PUBLISHED or not under_embargo(story, self.now):
            return "Only a story still under embargo can have its embargo moved."
        return publication_problem(story)

    def _execute(self, story):
        now = self.now or timezone.now()
        lifted = self.until is None or self.until <= now
        self.at = now if lifted else self.until
        # Announced (search, caches, the API) only when it becomes public now.
        self.announce = lifted
        if lifted:
            self.name = "story.release"
        # Readers have seen nothing yet: the story is first public at the new time.
        story.embargo_until = None if lifted else self.until
        story.first_published_at = self.at
        story.save(update_fields=["embargo_until", "first_published_at"])
        version, detail = super()._execute(story)
        return version, {**detail, "until": None if lifted else self.until}


class Schedule(Action):
    """Publish automatically at `at`; the release job does it.
    Schedule(story, at, actor=...).execute() -> Story"""

    name = "story.schedule"
    permission = PUBLISH
    verb = "schedule stories"

    def __init__(self, story, at, *, actor, now=None):
        super().__init__(story, actor=actor)
        self.at = at
        self.now = now

    def problem(self, story: Story) -> str | None:
        if self.at is None or self.at <= (self.now or timezone.now()):
            return "Choose a publishing time in the future."
        if story.live_id:
            return "This story is already published; publish an update instead of scheduling."
        if story.status not in UNPUBLISHED:
            return f"A {story.get_status_display().lower()} story cannot be scheduled."
        return publication_problem(story)

    def _execute(self, story):
        previous = story.status
        story.status = Story.Status.SCHEDULED
        story.scheduled_at = self.at
        story.save(update_fields=["status", "scheduled_at"])
        return story, {"from": previous, "to": story.status, "scheduled_at": self.at}


class Kill(Action):
    """Withdraw a story everywhere. Its page stays, showing a notice with the reason.
    Kill(story, reason, actor=...).execute() -> StoryVersion"""

    name = "story.kill"
    permission = KILL
    verb = "kill stories"

    def __init__(self, story, reason, *, actor):
        super().__init__(story, actor=actor)
        self.reason = " ".join((reason or "").split())

    def problem(self, story: Story) -> str | None:
        if not self.reason:
            return "Killing a story needs a reason readers will see."
        if story.status == Story.Status.KILLED:
            return "This story is already killed."
        if not story.live_id:
            return "Only a published story can be killed; delete or keep the draft instead."
        return None

    def _execute(self, story):
        live, now = story.live, timezone.now()
        version = StoryVersion.objects.create(
            story=story,
            number=story.versions.count() + 1,
            kind=Kind.KILL,
            headline=live.headline,
            bylines=live.bylines,
            dateline_city=live.dateline_city,
            dateline_country=live.dateline_country,
            dateline_date=live.dateline_date,
            dateline_agency=live.dateline_agency,
            dateline_text=live.dateline_text,
            credit=live.credit,
            body=[],
            body_html="",
            summary="",
            urgency=live.urgency,
            keywords=live.keywords,
            slugline=live.slugline,
            # A kill carries only its own notice: no label, no earlier editor's note.
            label="",
            ednote=self.reason[:500],
            published_at=now,
            published_by=self.actor.user if getattr(self.actor.user, "pk", None) else None,
        )
        story.status = Story.Status.KILLED
        story.kill_reason = self.reason[:500]
        story.live = version
        story.last_published_at = now
        story.scheduled_at = None
        story.save(update_fields=["status", "kill_reason", "live", "last_published_at", "scheduled_at"])
        transaction.on_commit(lambda: story_unpublished.send(sender=Story, story=story, version=version))
        return version, {"version": version.number, "reason": self.reason, "revision": story.revision}
