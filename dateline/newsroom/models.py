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
            ("manage_settings", "Can change the desk's settings"),
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
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
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


class DeskSettings(models.Model):
    """The desk's settings the chief editor manages (one row). Empty values
    fall back to the deployment's settings."""

    agency_credit = models.CharField(
        max_length=80,
        blank=True,
        help_text='The credit in new stories\' datelines, e.g. Yonhap in "SEOUL, Oct. 28 (Yonhap) --". '
        "Empty: the deployment's DATELINE_AGENCY.",
    )
    default_section = models.ForeignKey(
        "stories.Section",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Preselected for new stories.",
    )
    default_urgency = models.PositiveSmallIntegerField(
        default=4,
        choices=[(1, "1 – Flash"), (2, "2 – Urgent"), (3, "3 – Priority"), (4, "4 – Routine"), (5, "5 – Background")],
        help_text="Preselected for new stories.",
    )

    class Meta:
        verbose_name_plural = "desk settings"

    def __str__(self):
        return "Desk settings"

    @classmethod
    def current(cls):
        return cls.objects.get_or_create(pk=1)[0]

    def agency(self):
        return self.agency_credit or settings.DATELINE_AGENCY
