"""The desk's state changes: saving the working copy, submitting, scheduling,
embargoes, releases, kills, corrections and restoring revisions.

Every function here runs in one transaction, locks the story row, and sends
`story_changed` inside that transaction so the audit trail commits (or rolls
back) with the change it records. Public side effects (search, caches) still
go through `story_published` / `story_unpublished` after commit.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from .models import Revision, Story, StoryVersion
from .services import Publication, StoryError, WORKING_FIELDS, snapshot
from .signals import story_published, story_unpublished

# Sent inside the transaction of every workflow change. kwargs: story, action
# (e.g. "story.publish"), actor (an Actor) and detail (a JSON-able dict).
# A receiver that raises rolls the change back: the audit log is never behind.
story_changed = Signal()


@dataclass(frozen=True)
class Actor:
    """Who makes a change and from where (for the audit log)."""

    user: object = None
    ip: str = ""
    via: str = "desk"


SYSTEM = Actor(None, "", "system")


class EditConflict(StoryError):
    """The story was saved by someone else since this editor loaded it."""

    def __init__(self, story, base_revision, theirs):
        self.story = story
        self.base_revision = base_revision
        self.theirs = theirs  # the Revision that is now current, or None
        who = getattr(getattr(theirs, "created_by", None), "username", "someone else")
        super().__init__(
            f"This story was saved by {who} (revision {story.revision}) after you opened it "
            f"(revision {base_revision}). Your changes were not saved; compare both texts and merge them."
        )


def _announce(story, action, actor, **detail):
    story_changed.send(sender=Story, story=story, action=action, actor=actor or SYSTEM, detail=detail)


def _locked(story):
    return Story.objects.select_for_update().get(pk=story.pk)


def _normalise(field, value):
    if field in ("bylines", "keywords", "body"):
        return list(value or [])
    return value


def save_working_copy(story, data, *, actor, base_revision, autosave=False) -> Story:
    """Save new working-copy values as the next revision.

    `base_revision` is the revision the editor started from: if anyone saved
    since, the save is refused with EditConflict so no edit overwrites another.
    Saving unchanged values records nothing and keeps the revision number.
    """
    with transaction.atomic():
        current = _locked(story)
        if current.status == Story.Status.KILLED:
            raise StoryError("A killed story cannot be edited.")
        if int(base_revision) != current.revision:
            theirs = current.revisions.select_related("created_by").filter(number=current.revision).first()
            raise EditConflict(current, int(base_revision), theirs)
        changed = []
        for field, value in data.items():
            if field not in WORKING_FIELDS:
                raise StoryError(f"{field} is not a field of the working copy.")
            value = _normalise(field, value)
            if getattr(current, field) != value:
                setattr(current, field, value)
                changed.append(field)
        if not changed:
            return current
        if not (current.headline or "").strip():
            raise StoryError("A story needs a headline.")
        current.revision += 1
        current.modified_at = timezone.now()
        current.save(update_fields=[*{("section" if f == "section_id" else f) for f in changed},
                                    "revision", "modified_at"])
        Revision.objects.create(
            story=current, number=current.revision, data=snapshot(current), created_by=actor.user,
            note=("Autosaved: " if autosave else "Saved: ") + ", ".join(sorted(changed))[:180],
            autosave=autosave,
        )
        _announce(current, "story.autosave" if autosave else "story.save", actor,
                  revision=current.revision, fields=sorted(changed))
    return current


def restore_revision(story, number, *, actor, base_revision) -> Story:
    """Make an earlier revision the working copy again, as a new revision."""
    try:
        old = story.revisions.get(number=int(number))
    except (Revision.DoesNotExist, ValueError, TypeError):
        raise StoryError("There is no such revision.") from None
    data = {f: v for f, v in old.data.items() if f in WORKING_FIELDS}
    with transaction.atomic():
        restored = save_working_copy(story, data, actor=actor, base_revision=base_revision)
        _announce(restored, "story.restore", actor, restored=old.number, revision=restored.revision)
    return restored


def _set_status(story, status, action, actor, allowed, message, **extra):
    with transaction.atomic():
        current = _locked(story)
        if current.status not in allowed:
            raise StoryError(message.format(status=current.get_status_display().lower()))
        previous = current.status
        current.status = status
        for field, value in extra.items():
            setattr(current, field, value)
        current.save(update_fields=["status", *extra])
        _announce(current, action, actor, **{"from": previous, "to": status},
                  **{k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in extra.items()})
    return current


def submit(story, *, actor) -> Story:
    return _set_status(story, Story.Status.SUBMITTED, "story.submit", actor, (Story.Status.DRAFT,),
                       "Only a draft can be submitted; this story is {status}.")


def return_to_draft(story, *, actor) -> Story:
    return _set_status(story, Story.Status.DRAFT, "story.return", actor,
                       (Story.Status.SUBMITTED, Story.Status.SCHEDULED),
                       "Only a submitted or scheduled story can go back to draft; this one is {status}.",
                       scheduled_at=None)


def schedule(story, at, *, actor, now=None) -> Story:
    """Publish automatically at `at` (the release job does it)."""
    now = now or timezone.now()
    if at is None or at <= now:
        raise StoryError("Choose a publishing time in the future.")
    if story.live_id:
        raise StoryError("This story is already published; publish an update instead of scheduling.")
    problem = Publication(story).check()
    if problem:
        raise StoryError(problem)
    return _set_status(story, Story.Status.SCHEDULED, "story.schedule", actor,
                       (Story.Status.DRAFT, Story.Status.SUBMITTED, Story.Status.SCHEDULED),
                       "A {status} story cannot be scheduled.", scheduled_at=at)


def publish(story, *, actor, kind="", label="", correction="") -> StoryVersion:
    """Publish the working copy now: first publication, update or correction."""
    if kind == StoryVersion.Kind.CORRECTION and not story.live_id:
        raise StoryError("Only a published story can be corrected.")
    if kind == StoryVersion.Kind.UPDATE and not story.live_id:
        kind = ""
    if story.live_id and story.embargo_until and story.embargo_until > timezone.now():
        raise StoryError("This story is under embargo; wait for its release to publish changes.")
    if not story.live_id and story.embargo_until and story.embargo_until > timezone.now():
        # A draft that carries an embargo (a wire item accepted by the desk):
        # publishing it keeps it back until then.
        return embargo(story, story.embargo_until, actor=actor, label=label)
    with transaction.atomic():
        publication = Publication(_locked(story), user=actor.user, kind=kind, label=label, correction=correction)
        version = publication.execute()
        _announce(publication.story, f"story.{version.kind}", actor, version=version.number,
                  label=version.label, correction=version.correction)
    return version


def embargo(story, until, *, actor, label="", now=None) -> StoryVersion:
    """Publish now with the public time set to `until`.

    `Story.objects.public()` hides a story until its first-publication time,
    so the site, feeds and API keep it back even if no job runs; the release
    job then announces it (search, caches) once its time has come.
    """
    now = now or timezone.now()
    if until is None or until <= now:
        raise StoryError("An embargo must end in the future.")
    if story.live_id:
        raise StoryError("Only a story that has not been published can be embargoed.")
    with transaction.atomic():
        current = _locked(story)
        if current.status not in (Story.Status.DRAFT, Story.Status.SUBMITTED, Story.Status.SCHEDULED):
            raise StoryError(f"A {current.get_status_display().lower()} story cannot be embargoed.")
        current.embargo_until = until
        current.save(update_fields=["embargo_until"])
        # Announcing waits for the release job: search and caches must not
        # learn of a story readers may not see yet.
        publication = Publication(current, user=actor.user, at=until, label=label, announce=False)
        problem = publication.check()
        if problem:
            raise StoryError(problem)
        version = publication.execute()
        _announce(publication.story, "story.embargo", actor, version=version.number, until=until.isoformat())
    return version


def move_embargo(story, until, *, actor, now=None) -> StoryVersion:
    """A story still under embargo: publish its working copy as the version
    readers will see, at the new embargo time, or now when `until` is None
    or past (the embargo is lifted)."""
    now = now or timezone.now()
    with transaction.atomic():
        current = _locked(story)
        if current.status != Story.Status.PUBLISHED or not (current.embargo_until and current.embargo_until > now):
            raise StoryError("Only a story still under embargo can have its embargo moved.")
        lifted = until is None or until <= now
        at = now if lifted else until
        # Readers have seen nothing yet: the story becomes public at the new time.
        current.embargo_until = None if lifted else until
        current.first_published_at = at
        current.save(update_fields=["embargo_until", "first_published_at"])
        publication = Publication(current, user=actor.user, at=at, announce=lifted)
        version = publication.execute()
        _announce(publication.story, "story.embargo" if not lifted else "story.release", actor,
                  version=version.number, until=None if lifted else until.isoformat())
    return version


def kill(story, reason, *, actor) -> StoryVersion:
    """Withdraw a story. Its page stays, showing a notice with the reason."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise StoryError("Killing a story needs a reason readers will see.")
    with transaction.atomic():
        current = _locked(story)
        if current.status == Story.Status.KILLED:
            raise StoryError("This story is already killed.")
        if not current.live_id:
            raise StoryError("Only a published story can be killed; delete or keep the draft instead.")
        live = current.live
        now = timezone.now()
        version = StoryVersion.objects.create(
            story=current, number=current.versions.count() + 1, kind=StoryVersion.Kind.KILL,
            headline=live.headline, bylines=live.bylines, dateline_city=live.dateline_city,
            dateline_country=live.dateline_country, dateline_date=live.dateline_date,
            dateline_agency=live.dateline_agency, body=[], body_html="", summary="",
            urgency=live.urgency, keywords=live.keywords, slugline=live.slugline,
            ednote=reason, published_at=now, published_by=actor.user,
        )
        current.status = Story.Status.KILLED
        current.kill_reason = reason
        current.live = version
        current.last_published_at = now
        current.scheduled_at = None
        current.save(update_fields=["status", "kill_reason", "live", "last_published_at", "scheduled_at"])
        _announce(current, "story.kill", actor, version=version.number, reason=reason)
        transaction.on_commit(lambda: story_unpublished.send(sender=Story, story=current, version=version))
    return version


def due(now=None):
    """Stories whose scheduled time or embargo has come: (to publish, to announce)."""
    now = now or timezone.now()
    scheduled = Story.objects.filter(status=Story.Status.SCHEDULED, scheduled_at__lte=now).order_by("scheduled_at")
    embargoed = Story.objects.filter(status=Story.Status.PUBLISHED, embargo_until__isnull=False,
                                     embargo_until__lte=now).order_by("embargo_until")
    return list(scheduled), list(embargoed)


def release_due(now=None, *, actor=SYSTEM):
    """Publish scheduled stories and announce embargoed ones whose time has come.

    Idempotent: each story is re-read under its row lock, so two runs (or a
    cron job racing the worker) release each story exactly once.
    """
    now = now or timezone.now()
    scheduled, embargoed = due(now)
    released = []
    for story in scheduled:
        with transaction.atomic():
            current = _locked(story)
            if current.status != Story.Status.SCHEDULED or not current.scheduled_at or current.scheduled_at > now:
                continue
            publication = Publication(current, user=None, at=current.scheduled_at)
            problem = publication.check()
            if problem:
                # Back to the editors rather than retrying (and failing) every minute.
                current.status = Story.Status.SUBMITTED
                current.scheduled_at = None
                current.save(update_fields=["status", "scheduled_at"])
                _announce(current, "story.release_failed", actor, problem=problem)
                continue
            version = publication.execute()
            _announce(publication.story, "story.release", actor, version=version.number, kind="scheduled")
            released.append(publication.story)
    for story in embargoed:
        with transaction.atomic():
            current = _locked(story)
            if current.embargo_until is None or current.embargo_until > now:
                continue
            current.embargo_until = None
            current.save(update_fields=["embargo_until"])
            _announce(current, "story.release", actor, version=current.live.number, kind="embargo")
            live = current.live
            transaction.on_commit(lambda s=current, v=live: story_published.send(sender=Story, story=s, version=v))
            released.append(current)
    return released
