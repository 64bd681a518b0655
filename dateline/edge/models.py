from django.db import models
from django.utils import timezone


class Purge(models.Model):
    """One purge to send to the caches in front: the keys of everything a
    change made stale, and the public URLs for caches that purge by URL.
    Kept until every configured cache has taken it, so a cache that was down
    is purged when it comes back (`dateline purge-retry`), and the desk sees
    what is still stale."""

    keys = models.JSONField(default=list)
    urls = models.JSONField(default=list)
    reason = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["created_at"]
        permissions = [("retry_purge", "Can send pending cache purges again")]

    def __str__(self) -> str:
        return f"purge {' '.join(self.keys)[:60]}"
