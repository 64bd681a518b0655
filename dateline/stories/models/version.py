from django.conf import settings
from django.db import models
from django.utils import timezone


class StoryVersion(models.Model):
    """A public version of a story, written once at publication and never changed.

    Updates and corrections add versions; the story's `live` pointer moves to
    the newest. The rendered body is stored so the article page renders
    without work proportional to the story's length.
    """

    class Kind(models.TextChoices):
        FIRST = "first", "First publication"
        UPDATE = "update", "Update"
        CORRECTION = "correction", "Correction"
        KILL = "kill", "Kill"

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.FIRST)

    headline = models.CharField(max_length=300)
    bylines = models.JSONField(default=list, blank=True)
    dateline_city = models.CharField(max_length=80, blank=True)
    dateline_country = models.CharField(max_length=80, blank=True)
    dateline_date = models.DateField(null=True, blank=True)
    dateline_agency = models.CharField(max_length=80, blank=True)
    dateline_text = models.CharField(max_length=200, blank=True, help_text="The dateline as shown.")
    credit = models.CharField(max_length=120, blank=True, help_text="The source agency's credit; empty: ours.")
    body = models.JSONField(default=list, blank=True)
    body_html = models.TextField(blank=True)
    summary = models.CharField(max_length=400, blank=True)
    urgency = models.PositiveSmallIntegerField(default=4)
    keywords = models.JSONField(default=list, blank=True)
    slugline = models.CharField(max_length=120, blank=True)
    label = models.CharField(max_length=40, blank=True, help_text='Update label such as "(LEAD)".')
    ednote = models.CharField(max_length=500, blank=True)
    correction = models.TextField(blank=True, help_text="The correction note readers see.")
    # The photos this version showed (Photo ids, lead first), so the history
    # shows a photo a correction replaced.
    photos = models.JSONField(default=list, blank=True)

    published_at = models.DateTimeField(default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["story", "number"]
        constraints = [
            models.UniqueConstraint(fields=["story", "number"], name="storyversion_unique_number"),
        ]

    def __str__(self):
        return f"{self.story_id} v{self.number}"


class Revision(models.Model):
    """A saved state of the working copy: who saved it, when, and its content."""

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    data = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField(max_length=200, blank=True)
    autosave = models.BooleanField(default=False)

    class Meta:
        ordering = ["story", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["story", "number"], name="revision_unique_number"),
        ]

    def __str__(self):
        return f"{self.story_id} r{self.number}"
