"""The "Feedback desk" group, kept present after every migrate (and after a
test flush), like the newsroom's own roles."""

from django.contrib.auth.models import Group, Permission

GROUP = "Feedback desk"
CODENAMES = ("triage_feedback", "view_feedback_email", "export_feedback", "view_feedback")


def ensure_feedback_desk_group(**kwargs):
    perms = Permission.objects.filter(content_type__app_label="feedback", codename__in=CODENAMES)
    if not perms.exists():  # permissions not created yet (first migrate of a fresh database)
        return
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*perms)
