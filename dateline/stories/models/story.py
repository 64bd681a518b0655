from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Self

from django.conf import settings
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone

from dateline.core.timefmt import to_newsroom
from dateline.core.urls import fast_reverse

if TYPE_CHECKING:
    from .section import Section


class StoryQuerySet(models.QuerySet["Story"]):
    def public(self, now: datetime | None = None) -> Self:
        """Stories a reader may see: published (or killed, which shows a notice)
        and past any embargo. The single definition every public surface uses."""
        # A public status implies a live version (a database constraint), so
        # the filter stays within the (status, first_published_at) indexes.
        now = now or timezone.now()
        return self.filter(status__in=Story.PUBLIC_STATUSES, first_published_at__lte=now)

    def listed(self, now: datetime | None = None) -> Self:
        """Public stories that appear in lists and feeds (killed ones do not)."""
        now = now or timezone.now()
        return self.filter(status=Story.Status.PUBLISHED, first_published_at__lte=now)


class Story(models.Model):
    """One story through its life: the desk's working copy and a pointer to
    the public version readers see. Public versions are StoryVersion rows and
    are never changed once written."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"
        SCHEDULED = "scheduled", "Scheduled"
        PUBLISHED = "published", "Published"
        KILLED = "killed", "Killed"

    public_id = models.CharField(max_length=32, unique=True, editable=False)
    slug = models.SlugField(max_length=120, blank=True)
    section = models.ForeignKey("stories.Section", on_delete=models.PROTECT, related_name="stories")
    language = models.CharField(max_length=16, default="en")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True)

    # The working copy the desk edits; published by copying into a StoryVersion.
    headline = models.CharField(max_length=300)
    bylines = models.JSONField(default=list, blank=True)
    dateline_city = models.CharField(max_length=80, blank=True)
    dateline_country = models.CharField(max_length=80, blank=True)
    dateline_agency = models.CharField(max_length=80, blank=True)
    body = models.JSONField(default=list, blank=True, help_text="Ordered paragraphs of sanitised inline HTML.")
    urgency = models.PositiveSmallIntegerField(default=4)
    keywords = models.JSONField(default=list, blank=True)
    slugline = models.CharField(max_length=120, blank=True)
    ednote = models.CharField(max_length=500, blank=True)
    # A story from another agency keeps that agency's credit and its dateline
    # as the agency wrote it ("Berlin (dpa) -"); empty means our own story.
    credit = models.CharField(max_length=120, blank=True, help_text="The source agency's credit, for taken-in stories.")
    dateline_text = models.CharField(
        max_length=200, blank=True, help_text="The source's dateline as written; empty: composed in house style."
    )
    # What the sender meant for editors only (notes, contacts, sign-offs,
    # photo credits, transmission lines): the desk sees it, readers never do.
    desk_notes = models.JSONField(default=list, blank=True)
    # Photo ids (dateline.photos): the first is the lead photo, the rest the gallery.
    photos = models.JSONField(default=list, blank=True)

    # What readers see.
    live = models.ForeignKey("stories.StoryVersion", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    first_published_at = models.DateTimeField(null=True, blank=True)
    last_published_at = models.DateTimeField(null=True, blank=True)
    scheduled_at = models.DateTimeField(null=True, blank=True, db_index=True)
    embargo_until = models.DateTimeField(null=True, blank=True)
    kill_reason = models.CharField(max_length=500, blank=True)

    # Bookkeeping. `revision` increases on every save of the working copy and
    # is what concurrent editors compare, so no save overwrites another.
    revision = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    modified_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source = models.CharField(max_length=200, blank=True, help_text="Where an ingested story came from.")
    source_key = models.CharField(
        max_length=64,
        blank=True,
        db_index=True,
        help_text="Fingerprint of an imported original, so re-imports do not duplicate.",
    )

    objects = StoryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "stories"
        indexes = [
            models.Index(fields=["status", "-first_published_at"], name="story_status_pub"),
            models.Index(fields=["section", "status", "-first_published_at"], name="story_section_pub"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status__in=["published", "killed"])
                | models.Q(live__isnull=False, first_published_at__isnull=False),
                name="story_public_has_live_version",
            ),
        ]

    def __str__(self):
        return f"{self.public_id} {self.headline}"

    def get_absolute_url(self) -> str:
        return fast_reverse("site:article", self.public_id)

    PUBLIC_STATUSES = ("published", "killed")

    def is_visible(self, now: datetime | None = None) -> bool:
        """The same rule as StoryQuerySet.public(), for one loaded story."""
        now = now or timezone.now()
        return (
            self.status in self.PUBLIC_STATUSES
            and self.live_id is not None
            and self.first_published_at is not None
            and self.first_published_at <= now
        )

    def is_listed(self, now: datetime | None = None) -> bool:
        """The same rule as StoryQuerySet.listed(), for one loaded story."""
        return self.status == self.Status.PUBLISHED and self.is_visible(now)

    @property
    def is_killed(self) -> bool:
        return self.status == self.Status.KILLED


class DailySequence(models.Model):
    """The running number in public IDs (DLN20211028 000001 325), per day."""

    day = models.DateField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.day}: {self.last}"

    @classmethod
    def next_for(cls, day: date) -> int:
        with transaction.atomic():
            cls.objects.get_or_create(day=day)
            cls.objects.filter(day=day).update(last=F("last") + 1)
            return cls.objects.get(day=day).last


def make_public_id(section: Section, when: datetime | None = None, sequence: int | None = None) -> str:
    """Agency-style ID: prefix, newsroom date, six-digit sequence, desk code."""
    local = to_newsroom(when or timezone.now())
    day = local.date()
    if sequence is None:
        sequence = DailySequence.next_for(day)
    return f"{settings.DATELINE_ID_PREFIX}{day:%Y%m%d}{sequence:06d}{section.code:03d}"
