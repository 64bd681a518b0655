"""The one place where feedback is stored, triaged and erased.

Views, the retention command and the admin call these, so every path has the
same checks, the same transaction and the same audit trail.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from dateline.core.clients import client_ip
from dateline.core.html import item_text
from dateline.stories.models import Story, StoryVersion

from . import conf
from .models import Feedback, FeedbackEvent
from .signals import feedback_received, feedback_triaged


class FeedbackError(ValueError):
    """A change that is not allowed; the message is shown to the user."""


def new_token():
    return secrets.token_urlsafe(24)


def client_hash(request):
    """Keyed hash of the client's address: stable, so the desk can tell one
    sender from many, but not reversible without the key."""
    return hmac.new(conf.hash_key(), client_ip(request).encode(), hashlib.sha256).hexdigest()


@dataclass
class Submission:
    """A reader's message about a story. `check()` says what is wrong (or
    nothing); `execute()` stores it exactly once per submission token."""

    story: Story
    version_id: int
    message: str
    category: str
    token: str
    email: str = ""
    paragraph: int | None = None
    quote: str = ""
    client_hash: str = ""
    version: StoryVersion | None = field(default=None, init=False)

    def check(self):
        if not self.story.is_visible():
            return "This story does not take feedback."
        if self.version is None:
            self.version = StoryVersion.objects.filter(pk=self.version_id, story=self.story).only("pk", "body").first()
        if self.version is None:
            return "The version of the story you read could not be found; please reload the page."
        if self.paragraph is not None and not 1 <= self.paragraph <= len(self.version.body):
            return "The passage you selected could not be found; please select it again."
        if self.quote and self.paragraph is None:
            return "The passage you selected could not be found; please select it again."
        return None

    def execute(self):
        """Returns (feedback, created). A replayed token returns the stored copy."""
        problem = self.check()
        if problem:
            raise FeedbackError(problem)
        existing = Feedback.objects.filter(submission_token=self.token).first()
        if existing is not None:
            if self._same(existing):
                return existing, False
            # A different message under a known token (e.g. from a page served
            # out of a shared cache): it is new, so it gets a token of its own.
            self.token = new_token()
        for _attempt in range(3):
            try:
                with transaction.atomic():
                    feedback = Feedback.objects.create(
                        story=self.story,
                        version=self.version,
                        paragraph=self.paragraph,
                        quote=self.quote,
                        category=self.category,
                        message=self.message,
                        email=self.email,
                        client_hash=self.client_hash,
                        submission_token=self.token,
                    )
                    transaction.on_commit(lambda fb=feedback: feedback_received.send(sender=Feedback, feedback=fb))
                return feedback, True
            except IntegrityError:
                # Two copies of one POST raced; the other one stored it.
                existing = Feedback.objects.filter(submission_token=self.token).first()
                if existing is not None and self._same(existing):
                    return existing, False
                self.token = new_token()
        raise FeedbackError("The message could not be stored; please try again.")

    def _same(self, other):
        return other.story_id == self.story.pk and other.message == self.message


@dataclass
class Triage:
    """A staff member assigning, noting or changing the status of an item.
    Every change becomes a FeedbackEvent with who and when."""

    feedback: Feedback
    user: object
    status: str | None = None
    assignee: object = None
    assign: bool = False  # whether `assignee` (possibly None: unassign) is a change request
    note: str = ""

    def check(self):
        if not self.user.has_perm("feedback.triage_feedback"):
            return "You do not have permission to triage feedback."
        if self.status is not None and self.status not in Feedback.Status.values:
            return "That is not a status."
        if self.assign and self.assignee is not None and not can_triage(self.assignee):
            return "Feedback can only be assigned to someone on the feedback desk."
        return None

    def execute(self):
        problem = self.check()
        if problem:
            raise FeedbackError(problem)
        with transaction.atomic():
            item = Feedback.objects.select_for_update().get(pk=self.feedback.pk)
            now = timezone.now()
            events = []
            if self.status is not None and self.status != item.status:
                events.append(
                    FeedbackEvent(kind=FeedbackEvent.Kind.STATUS, old_value=item.status, new_value=self.status)
                )
                item.status = self.status
            if self.assign and (self.assignee.pk if self.assignee else None) != item.assignee_id:
                events.append(
                    FeedbackEvent(
                        kind=FeedbackEvent.Kind.ASSIGN,
                        old_value=item.assignee.get_username() if item.assignee else "",
                        new_value=self.assignee.get_username() if self.assignee else "",
                    )
                )
                item.assignee = self.assignee
            note = self.note.strip()
            if note:
                events.append(FeedbackEvent(kind=FeedbackEvent.Kind.NOTE, note=note))
            if not events:
                return []
            for event in events:
                event.feedback = item
                event.actor = self.user
                event.at = now
            FeedbackEvent.objects.bulk_create(events)
            item.updated_at, item.updated_by = now, self.user
            item.save(update_fields=["status", "assignee", "updated_at", "updated_by"])
            self.feedback = item
            transaction.on_commit(
                lambda: feedback_triaged.send(sender=Feedback, feedback=item, user=self.user, events=events)
            )
        return events


def can_triage(user):
    return user.is_active and user.has_perm("feedback.triage_feedback")


ERASED_MESSAGE = "(erased)"


@dataclass
class Purge:
    """Erase the personal data of feedback older than `days`: the email and
    the client hash, and with `messages` the message text too. Items already
    erased are left alone, so running it again changes nothing."""

    days: int
    messages: bool = False
    now: object = None

    def check(self):
        if self.days < 1:
            return "--older-than must be at least 1 day."
        return None

    def queryset(self):
        cutoff = (self.now or timezone.now()) - timedelta(days=self.days)
        return Feedback.objects.filter(created_at__lt=cutoff, personal_data_erased_at__isnull=True)

    def execute(self):
        problem = self.check()
        if problem:
            raise FeedbackError(problem)
        now = self.now or timezone.now()
        with transaction.atomic():
            ids = list(self.queryset().select_for_update().values_list("pk", flat=True))
            changes = {"email": "", "client_hash": "", "personal_data_erased_at": now}
            if self.messages:
                changes["message"] = ERASED_MESSAGE
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                Feedback.objects.filter(pk__in=chunk).update(**changes)
                FeedbackEvent.objects.bulk_create(
                    FeedbackEvent(
                        feedback_id=pk,
                        kind=FeedbackEvent.Kind.ERASE,
                        at=now,
                        note="Retention: message erased too." if self.messages else "Retention.",
                    )
                    for pk in chunk
                )
        return len(ids)


def paragraph_as_seen(feedback):
    """The paragraph the item refers to, from the version the reader saw, as
    plain text split around the quoted passage: (before, quote, after), or
    None. Templates escape each part and mark the quote."""
    if feedback.paragraph is None:
        return None
    body = feedback.version.body or []
    if not 1 <= feedback.paragraph <= len(body):
        return None
    text = item_text(body[feedback.paragraph - 1])
    quote = " ".join(feedback.quote.split())
    at = text.find(quote) if quote else -1
    if at < 0:
        return (text, "", "")
    return (text[:at], text[at : at + len(quote)], text[at + len(quote) :])
