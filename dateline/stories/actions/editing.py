"""The desk's actions on the working copy: create, save, restore, submit,
return to draft."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from ..models import Revision, Section, Story
from ..models.story import make_public_id
from ..services import WORKING_FIELDS, StoryError, clean_paragraphs, snapshot
from .base import EDIT_ANY, PUBLISH, WRITE, Action, Actor, apply_changes, locked, validation_message


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


def owns(user: Any, story: Story | None) -> bool:
    return story is not None and story.created_by_id is not None and story.created_by_id == getattr(user, "pk", None)


def may_edit(actor: Actor, story: Story) -> bool:
    """Editors edit any story; a reporter edits their own draft."""
    if actor.has_perm(EDIT_ANY):
        return True
    return owns(actor.user, story) and story.status == Story.Status.DRAFT and actor.has_perm(WRITE)


class CreateStory(Action):
    """A new draft with its public ID and first revision.

    CreateStory(actor=..., section=..., headline=..., body=[...], markup=True,
    created_at=None, **story_fields).execute() -> Story
    """

    name = "story.create"
    permission = WRITE
    verb = "write stories"

    def __init__(
        self,
        *,
        actor,
        section: Section,
        headline: str,
        body=(),
        markup=True,
        created_at: datetime | None = None,
        **fields,
    ):
        super().__init__(None, actor=actor)
        self.section = section
        self.headline = " ".join((headline or "").split())
        self.body = body
        self.markup = markup
        self.created_at = created_at
        self.fields = fields

    def problem(self, story: Story) -> str | None:
        if not self.headline:
            return "A story needs a headline."
        if self.section is None:
            return "A story needs a section."
        return None

    def execute(self, skip_permission_check: bool = False) -> Any:
        self.check(skip_permission_check)
        created_at = self.created_at or timezone.now()
        with transaction.atomic():
            story = Story(
                public_id=make_public_id(self.section, created_at),
                section=self.section,
                headline=self.headline,
                slug=slugify(self.headline)[:120],
                body=clean_paragraphs(self.body, markup=self.markup),
                created_at=created_at,
                modified_at=created_at,
                revision=1,
                created_by=self.actor.user if getattr(self.actor.user, "pk", None) else None,
                **self.fields,
            )
            try:
                story.full_clean(exclude=["live", "body", "bylines", "keywords"])
            except ValidationError as error:
                raise StoryError(validation_message(error)) from None
            story.save()
            Revision.objects.create(
                story=story,
                number=1,
                data=snapshot(story),
                created_by=story.created_by,
                created_at=created_at,
                note="Created",
            )
            self.story = story
            self.audit(story, self.name, revision=1, source=story.source)
        return story


class SaveWorkingCopy(Action):
    """Save new working-copy values as the next revision.

    SaveWorkingCopy(story, data, actor=..., base_revision=N, autosave=False).execute() -> Story

    `base_revision` is the revision the editor started from: if anyone saved
    since, EditConflict is raised so no edit overwrites another. Saving
    unchanged values records nothing and keeps the revision number.
    """

    name = "story.save"
    verb = "edit this story now"
    needs = "an editor's role, or to be the reporter of this draft"

    def __init__(self, story, data, *, actor, base_revision, autosave=False):
        super().__init__(story, actor=actor)
        self.data = dict(data)
        self.base_revision = base_revision
        self.autosave = autosave
        if autosave:
            self.name = "story.autosave"

    def permitted(self, story: Story) -> bool:
        return may_edit(self.actor, story)

    def problem(self, story: Story) -> str | None:
        if story.status == Story.Status.KILLED:
            return "A killed story cannot be edited."
        unknown = [f for f in self.data if f not in WORKING_FIELDS]
        if unknown:
            return f"{unknown[0]} is not a field of the working copy."
        return None

    def execute(self, skip_permission_check: bool = False) -> Any:
        with transaction.atomic():
            current = locked(self.story)
            self.story = current
            self.check(skip_permission_check)
            if int(self.base_revision) != current.revision:
                theirs = current.revisions.select_related("created_by").filter(number=current.revision).first()
                raise EditConflict(current, int(self.base_revision), theirs)
            changed = apply_changes(
                current,
                self.data,
                actor=self.actor,
                note="Autosaved" if self.autosave else "Saved",
                autosave=self.autosave,
            )
            if changed:
                self.audit(current, self.name, revision=current.revision, fields=sorted(changed))
        return current


class RestoreRevision(SaveWorkingCopy):
    """Make an earlier revision the working copy again, as a new revision.

    RestoreRevision(story, number, actor=..., base_revision=N).execute() -> Story
    """

    name = "story.restore"

    def __init__(self, story, number, *, actor, base_revision):
        try:
            self.old = story.revisions.get(number=int(number))
        except (Revision.DoesNotExist, ValueError, TypeError):
            raise StoryError("There is no such revision.") from None
        data = {f: v for f, v in self.old.data.items() if f in WORKING_FIELDS}
        super().__init__(story, data, actor=actor, base_revision=base_revision)

    def audit(self, story: Story, action: str, **detail: Any) -> None:
        super().audit(story, action, restored=self.old.number, **detail)


class _StatusChange(Action):
    to = ""
    allowed: tuple[str, ...] = ()
    refusal = ""
    clear_schedule = False

    def problem(self, story: Story) -> str | None:
        if story.status not in self.allowed:
            return self.refusal.format(status=story.get_status_display().lower())
        return None

    def _execute(self, story):
        previous = story.status
        story.status = self.to
        fields = ["status"]
        if self.clear_schedule:
            story.scheduled_at = None
            fields.append("scheduled_at")
        story.save(update_fields=fields)
        return story, {"from": previous, "to": self.to}


class Submit(_StatusChange):
    """A draft goes to the editors. Submit(story, actor=...).execute() -> Story"""

    name = "story.submit"
    verb = "submit this story"
    needs = "an editor's role, or to be the reporter of this draft"
    to = Story.Status.SUBMITTED
    allowed = (Story.Status.DRAFT,)
    refusal = "Only a draft can be submitted; this story is {status}."

    def permitted(self, story: Story) -> bool:
        return self.actor.has_perm(EDIT_ANY) or (owns(self.actor.user, story) and self.actor.has_perm(WRITE))


class ReturnToDraft(_StatusChange):
    """A submitted or scheduled story goes back to its writer.
    ReturnToDraft(story, actor=...).execute() -> Story"""

    name = "story.return"
    permission = PUBLISH
    verb = "return stories to draft"
    to = Story.Status.DRAFT
    allowed = (Story.Status.SUBMITTED, Story.Status.SCHEDULED)
    refusal = "Only a submitted or scheduled story can go back to draft; this one is {status}."
    clear_schedule = True
