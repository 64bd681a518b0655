"""Readers' feedback on stories, and the newsroom's handling of it."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class Feedback(models.Model):
    """One message from a reader about one story, as the reader saw it."""

    class Category(models.TextChoices):
        ERROR = "error", "Error in the story"
        TYPO = "typo", "Typo"
        CONTEXT = "context", "Missing context"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        NEW = "new", "New"
        IN_PROGRESS = "in_progress", "In progress"
        RESOLVED = "resolved", "Resolved"
        DISMISSED = "dismissed", "Dismissed"

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="feedback")
    # The public version on the reader's screen; versions are never deleted.
    version = models.ForeignKey("stories.StoryVersion", on_delete=models.PROTECT, related_name="+")
    paragraph = models.PositiveIntegerField(null=True, blank=True)
    quote = models.TextField(blank=True, help_text="The passage the reader selected, as plain text.")
    category = models.CharField(max_length=16, choices=Category.choices, default=Category.OTHER)
    message = models.TextField(help_text="Plain text; shown escaped.")
    email = models.EmailField(max_length=254, blank=True)
    # HMAC of the client's address: lets the desk see that messages came from
    # one client without ever storing the address itself.
    client_hash = models.CharField(max_length=64, blank=True, db_index=True)
    # One per rendered form: a retried POST finds its first copy instead of
    # creating a second one.
    submission_token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NEW, db_index=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    personal_data_erased_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "feedback"
        permissions = [
            ("triage_feedback", "Can read and triage readers' feedback"),
            ("view_feedback_email", "Can see the email addresses of readers' feedback"),
            ("export_feedback", "Can export readers' feedback as CSV"),
        ]
        indexes = [models.Index(fields=["status", "-created_at"], name="feedback_status_created")]

    def __str__(self):
        return f"Feedback {self.pk} on {self.story_id}"


class FeedbackEvent(models.Model):
    """Who changed what on a feedback item and when: the desk's audit trail."""

    class Kind(models.TextChoices):
        STATUS = "status", "Status changed"
        ASSIGN = "assign", "Assigned"
        NOTE = "note", "Note added"
        ERASE = "erase", "Personal data erased"

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    old_value = models.CharField(max_length=150, blank=True)
    new_value = models.CharField(max_length=150, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["feedback", "at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} on feedback {self.feedback_id}"
