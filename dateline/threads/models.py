from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class Thread(models.Model):
    """An ongoing story followed from start to finish ("End-of-war declaration")."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The newest listed stories, denormalised so the article page's "More on
    # this story" costs one query. Rebuilt by services.refresh_thread().
    recent = models.JSONField(default=list, blank=True, editable=False)
    story_count = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        # The tables keep the names they had when threads lived in the search
        # app: the move (migrations 0001 here and search 0007) changed only
        # Django's state, so no data moved.
        db_table = "search_thread"
        ordering = ["-updated_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("threads:thread", args=[self.slug])


class ThreadMembership(models.Model):
    """A story belongs to at most one thread, so its page has one timeline."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="memberships")
    story = models.OneToOneField("stories.Story", on_delete=models.CASCADE, related_name="thread_membership")
    added_at = models.DateTimeField(default=timezone.now)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        db_table = "search_threadmembership"

    def __str__(self):
        return f"{self.story_id} in {self.thread_id}"


class ThreadSuggestion(models.Model):
    """Dateline's guess, from text similarity, that a story belongs to a thread
    or goes with another story. Editors accept or dismiss it."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        ACCEPTED = "accepted", "Accepted"
        DISMISSED = "dismissed", "Dismissed"

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, null=True, blank=True, on_delete=models.CASCADE, related_name="suggestions")
    related = models.ForeignKey("stories.Story", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True)
    # One suggestion per (story, thread or related story), so re-running the
    # command never repeats one an editor has already decided.
    key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        db_table = "search_threadsuggestion"
        ordering = ["-score"]
        permissions = [("review_threadsuggestion", "Can accept or dismiss thread suggestions")]

    def __str__(self):
        return f"suggest {self.story_id} -> {self.thread_id or self.related_id} ({self.score:.2f})"
