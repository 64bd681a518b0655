"""What every story action shares: who acts, the permission check, the lock,
the transaction, the audit row and the signal on commit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Self

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from dateline.core import audit

from ..models import Revision, Story
from ..services import WORKING_FIELDS, StoryError, snapshot
from ..signals import story_changed

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from django.http import HttpRequest

# The role permissions as shipped (dateline.newsroom.roles gives them to the
# reporter, editor and chief groups). Named here, not imported, so stories
# does not depend on the newsroom.
WRITE = "newsroom.submit_story"
EDIT_ANY = "newsroom.edit_any_story"
PUBLISH = "newsroom.publish_story"
KILL = "newsroom.kill_story"

ROLE_FOR = {
    WRITE: "a reporter's, editor's or chief editor's role",
    EDIT_ANY: "an editor's or chief editor's role",
    PUBLISH: "an editor's or chief editor's role",
    KILL: "an editor's or chief editor's role",
    "ingest.accept_incomingitem": "an editor's or chief editor's role",
}


class ActionPermissionError(PermissionDenied):
    """The actor may not take this action. Views answer 403, commands print it."""


@dataclass(frozen=True)
class Actor:
    """Who takes an action, and from where, for the permission check and the audit row.

    A person at the desk is `Actor(user, ip, "desk")` and is checked against
    their role. The system's own jobs (the scheduler, feed auto-publishing,
    command-line imports, the demo loader) are `Actor.system(name, via)`:
    whoever can run them already holds the whole installation, so they pass
    the role check, and the audit row names them.
    """

    # A user of the installation's user model (it has has_perm), or None.
    user: Any = None
    ip: str = ""
    via: str = "desk"
    system_name: str = ""

    @classmethod
    def system(cls, name: str, via: str = "system", user: Any = None) -> Self:
        return cls(user=user, ip="", via=via, system_name=name)

    @classmethod
    def from_request(cls, request: HttpRequest, via: str = "desk") -> Self:
        """The signed-in person of a request, with the address the audit log keeps."""
        from dateline.core.clients import client_ip

        return cls(user=request.user, ip=client_ip(request), via=via)

    @property
    def is_system(self) -> bool:
        return bool(self.system_name)

    @property
    def username(self) -> str:
        return getattr(self.user, "username", "") or self.system_name

    def has_perm(self, perm: str) -> bool:
        if self.is_system:
            return True
        user = self.user
        return bool(user is not None and getattr(user, "is_active", False) and user.has_perm(perm))


SYSTEM = Actor.system("system")


class Action:
    """One state change. `check()` raises ActionPermissionError or StoryError
    (with a message for the person); `execute()` checks under the story's row
    lock, on the story as stored, makes the change, writes the audit row in
    the same transaction and sends `story_changed` once it commits."""

    name = ""  # the audit log's action, e.g. "story.publish"
    permission = ""  # what a person needs; system actors pass
    verb = "do this"  # for the refusal: "Your role does not allow you to <verb>."
    needs = ""  # who may, when the permission alone does not say it

    def __init__(self, story, *, actor):
        if not isinstance(actor, Actor):
            raise TypeError("actor must be an Actor")
        self.story = story
        self.actor = actor

    # Subclasses override these two.
    def problem(self, story: Story) -> str | None:
        """Why the story's state forbids the action now, or None."""
        return None

    def _execute(self, story):
        """Make the change on the locked story; returns (result, audit detail)."""
        raise NotImplementedError

    def permitted(self, story: Story) -> bool:
        return self.actor.has_perm(self.permission) if self.permission else True

    def check(self, skip_permission_check: bool = False) -> None:
        if not skip_permission_check and not self.permitted(self.story):
            needed = self.needs or ROLE_FOR.get(self.permission, "another role")
            raise ActionPermissionError(f"Your role does not allow you to {self.verb}; it needs {needed}.")
        problem = self.problem(self.story)
        if problem:
            raise StoryError(problem)

    def execute(self, skip_permission_check: bool = False) -> Any:
        # Checked only under the row lock, on the story as stored: the
        # caller's copy may be stale either way.
        with transaction.atomic():
            self.story = locked(self.story)
            self.check(skip_permission_check)
            result, detail = self._execute(self.story)
            self.audit(self.story, self.name, **detail)
        return result

    def audit(self, story: Story, action: str, **detail: Any) -> None:
        detail = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in detail.items()}
        audit.record(action, actor=self.actor, story=story, **detail)
        transaction.on_commit(
            lambda: story_changed.send(sender=Story, story=story, action=action, actor=self.actor, detail=detail)
        )


def locked(story: Story) -> Story:
    return Story.objects.select_for_update().get(pk=story.pk)


def normalise(field: str, value: Any) -> Any:
    if field in ("bylines", "keywords", "body"):
        return list(value or [])
    return value


def apply_changes(
    story: Story, data: Mapping[str, Any], *, actor: Actor, note: str, autosave: bool = False
) -> list[str]:
    """Write new working-copy values on a locked story as its next revision.
    Returns the changed field names; nothing changed records nothing."""
    changed = []
    for field, value in data.items():
        if field not in WORKING_FIELDS:
            raise StoryError(f"{field} is not a field of the working copy.")
        value = normalise(field, value)
        if getattr(story, field) != value:
            setattr(story, field, value)
            changed.append(field)
    if not changed:
        return changed
    if not (story.headline or "").strip():
        raise StoryError("A story needs a headline.")
    try:
        story.full_clean(exclude=["live", "body", "bylines", "keywords", "public_id", "section"], validate_unique=False)
    except ValidationError as error:
        raise StoryError(validation_message(error)) from None
    new_revision(story, actor=actor, note=f"{note}: " + ", ".join(sorted(changed)), autosave=autosave, fields=changed)
    return changed


def new_revision(
    story: Story, *, actor: Actor, note: str, autosave: bool = False, fields: Iterable[str] = ()
) -> Revision:
    """Count a save of the working copy and keep its state as a Revision row."""
    story.revision += 1
    story.modified_at = timezone.now()
    story.save(update_fields=[*{("section" if f == "section_id" else f) for f in fields}, "revision", "modified_at"])
    return Revision.objects.create(
        story=story,
        number=story.revision,
        data=snapshot(story),
        created_by=actor.user if getattr(actor.user, "pk", None) else None,
        note=note[:200],
        autosave=autosave,
    )


def validation_message(error: ValidationError) -> str:
    """A model ValidationError as one line for the person or the command line."""
    if hasattr(error, "message_dict"):
        return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
    return " ".join(error.messages)
