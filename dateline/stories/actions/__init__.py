"""One door per state change of a story.

Every caller (the desk's views, the ingest auto-publisher and the Incoming
queue, `import-text`, `publish-scheduled`, the demo loader) changes a story
only through these classes. Each is built with the story, its arguments and
an `Actor`, and has two methods, as Wagtail's actions do:

- `check()` raises `ActionPermissionError` (a `PermissionDenied`: views
  answer 403, commands print it) if the actor's role does not allow the
  action, or `StoryError` (a message for the person: show it as a form
  error) if the story's state does not;
- `execute()` checks under the story's row lock, on the story as stored
  (a caller's copy may be stale), then writes the change, its revision or version, and its audit row in one transaction,
  and sends `story_changed` (and `story_published` / `story_unpublished`)
  once that transaction commits.

Who acts:
    Actor(request.user, ip, "desk")           a person, checked against their role
    Actor.system("scheduler", via="scheduler")  the system's own jobs; named in the audit row

How to call each:
    story = CreateStory(actor=a, section=s, headline="...", body=[...], **fields).execute()
    story = SaveWorkingCopy(story, {"headline": ...}, actor=a, base_revision=n).execute()
    story = RestoreRevision(story, number, actor=a, base_revision=n).execute()
    story = Submit(story, actor=a).execute()
    story = ReturnToDraft(story, actor=a).execute()
    version = Publish(story, actor=a, at=None, label="", changes=None).execute()
    version = Update(story, actor=a, label=None, changes={...}).execute()
    version = Correct(story, actor=a, correction="...", label=None).execute()
    version = Embargo(story, until, actor=a, label="").execute()
    # A story still under embargo: move the embargo, or lift it (until None).
    version = MoveEmbargo(story, until_or_None, actor=a, changes={...}).execute()
    story = Schedule(story, at, actor=a).execute()
    version = Kill(story, reason, actor=a).execute()
    version = ReleaseScheduled(story, actor=a).execute()   # None: sent back to the desk
    story = ReleaseEmbargo(story, actor=a).execute()
    released = release_due(now, actor=a)                   # both releases, for the job

Accepting an incoming wire item is `dateline.ingest.acceptance.Acceptance`,
built on CreateStory.
"""

from ..services import StoryError
from .base import SYSTEM, Action, ActionPermissionError, Actor
from .editing import CreateStory, EditConflict, RestoreRevision, ReturnToDraft, SaveWorkingCopy, Submit, may_edit
from .publishing import (
    Correct,
    Embargo,
    Kill,
    MoveEmbargo,
    Publish,
    Schedule,
    Update,
    publication_problem,
    under_embargo,
)
from .release import ReleaseEmbargo, ReleaseScheduled, due, release_due

__all__ = [
    "SYSTEM",
    "Action",
    "ActionPermissionError",
    "Actor",
    "CreateStory",
    "Correct",
    "EditConflict",
    "Embargo",
    "Kill",
    "MoveEmbargo",
    "Publish",
    "ReleaseEmbargo",
    "ReleaseScheduled",
    "RestoreRevision",
    "ReturnToDraft",
    "SaveWorkingCopy",
    "Schedule",
    "StoryError",
    "Submit",
    "Update",
    "due",
    "may_edit",
    "publication_problem",
    "release_due",
    "under_embargo",
]
