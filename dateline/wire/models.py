"""Subscribers of the wire and the wire's own delivery log."""

import hashlib
import secrets

from django.db import models
from django.utils import timezone

KEY_PREFIX_LENGTH = 8


def hash_key(secret: str) -> str:
    # Keys are long random strings, so a fast hash is enough: there is nothing
    # to brute-force that a slow hash would protect.
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class ApiClient(models.Model):
    """A subscribing client. Only a hash of its key is kept; the key itself is
    shown once, when the client is created."""

    name = models.CharField(max_length=120, unique=True)
    key_prefix = models.CharField(max_length=16, db_index=True, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    rate_limit = models.PositiveIntegerField(default=120, help_text="Requests allowed per minute.")
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def create_with_key(cls, name: str, rate_limit: int = 120) -> tuple["ApiClient", str]:
        """Returns (client, key); the key cannot be recovered later."""
        secret = "dlk_" + secrets.token_urlsafe(32)
        client = cls.objects.create(
            name=name, key_prefix=secret[4 : 4 + KEY_PREFIX_LENGTH], key_hash=hash_key(secret), rate_limit=rate_limit
        )
        return client, secret

    @classmethod
    def for_key(cls, secret: str) -> "ApiClient | None":
        if not secret:
            return None
        return cls.objects.filter(key_hash=hash_key(secret), active=True).first()


class WireEvent(models.Model):
    """One public version as it reached the wire, in delivery order.

    The polling feed pages through these rows by (visible_at, id) rather than
    through StoryVersion.published_at: a version may be written with a
    publication time in the past (imports) or in the future (embargoes and
    schedules). `visible_at` is the later of its publication time and the
    moment it was recorded, so a row never lands behind a cursor already
    handed out to a client.
    """

    version = models.OneToOneField("stories.StoryVersion", on_delete=models.CASCADE, related_name="wire_event")
    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="+")
    visible_at = models.DateTimeField(db_index=True)
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["visible_at", "id"]
        indexes = [models.Index(fields=["visible_at", "id"], name="wireevent_cursor")]

    def __str__(self) -> str:
        return f"{self.version_id} at {self.visible_at:%Y-%m-%d %H:%M:%S}"
