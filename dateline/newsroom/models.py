"""The desk's own records: staff profiles, who is editing what, the audit log."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class StaffProfile(models.Model):
    """Per-user desk state. `session_generation` ends every session at once:
    sessions remember the generation they started in (see middleware)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile")
    session_generation = models.PositiveIntegerField(default=0)

    class Meta:
        # The role permissions. Groups (reporter, editor, chief) hold them; see roles.py.
        permissions = [
            ("submit_story", "Can write own drafts and submit them"),
            ("edit_any_story", "Can edit any story"),
            ("publish_story", "Can publish, schedule, embargo, update and correct stories"),
            ("kill_story", "Can kill (unpublish) stories"),
            ("manage_staff", "Can manage newsroom staff"),
            ("view_audit", "Can read the audit log"),
        ]

    def __str__(self):
        return f"{self.user} (generation {self.session_generation})"

    @classmethod
    def for_user(cls, user):
        return cls.objects.get_or_create(user=user)[0]


class EditingPresence(models.Model):
    """Someone has a story open in the editor; fresh rows show in the lists."""

    story = models.ForeignKey("stories.Story", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    seen_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["story", "user"], name="presence_unique_story_user")]

    def __str__(self):
        return f"{self.user} on {self.story_id}"


class AuditLog(models.Model):
    """Who did what, when and from where. Rows are only ever added."""

    at = models.DateTimeField(default=timezone.now, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+")
    # Kept as text so the record survives the user's or story's deletion.
    username = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=40, db_index=True)
    story = models.ForeignKey("stories.Story", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    public_id = models.CharField(max_length=32, blank=True, db_index=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    via = models.CharField(max_length=20, blank=True)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.username or 'system'} {self.action} {self.public_id}"
