"""Roles are Django groups holding the least permissions each job needs.

Reporters write and submit their own drafts; editors edit any story and
publish, correct and kill; the chief editor does what an editor does and
also manages staff and sections and reads the audit log.
"""

REPORTER, EDITOR, CHIEF = "reporter", "editor", "chief"
GROUP_NAMES = {REPORTER: "Reporter", EDITOR: "Editor", CHIEF: "Chief editor"}

_REPORTER = ["newsroom.submit_story", "stories.add_story"]
_EDITOR = _REPORTER + [
    "newsroom.edit_any_story", "newsroom.publish_story", "newsroom.kill_story", "stories.change_story",
]
_CHIEF = _EDITOR + [
    "newsroom.manage_staff", "newsroom.view_audit", "newsroom.manage_settings",
    "stories.add_section", "stories.change_section", "stories.view_section",
]
PERMISSIONS = {REPORTER: _REPORTER, EDITOR: _EDITOR, CHIEF: _CHIEF}
# Permissions of other apps the desk roles use when those apps are installed:
# editors accept incoming wire copy into drafts and keep story threads. An
# app migrated after the newsroom has no permissions yet when the newsroom's
# post_migrate runs; apps.py syncs again once that app's signal has run.
_EDITOR_OPTIONAL = [
    "ingest.view_incomingitem", "ingest.accept_incomingitem",
    "search.add_thread", "search.change_thread",
]
OPTIONAL = {
    REPORTER: [],
    EDITOR: _EDITOR_OPTIONAL,
    CHIEF: _EDITOR_OPTIONAL,
}


def ensure_roles(apps=None):
    """Create or fix the role groups (idempotent; used by the data migration)."""
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    groups = {}
    for role, perms in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=GROUP_NAMES[role])
        wanted = []
        # A permission added by a later migration does not exist yet while an
        # earlier one runs; the post_migrate sync (apps.py) completes the set.
        for dotted in [*perms, *OPTIONAL[role]]:
            app_label, codename = dotted.split(".")
            wanted.extend(Permission.objects.filter(content_type__app_label=app_label, codename=codename))
        group.permissions.set(wanted)
        groups[role] = group
    return groups


def role_of(user):
    """The highest role a user holds, or "" (superusers count as chief)."""
    if user.is_superuser:
        return CHIEF
    names = set(user.groups.values_list("name", flat=True))
    for role in (CHIEF, EDITOR, REPORTER):
        if GROUP_NAMES[role] in names:
            return role
    return ""


def set_role(user, role):
    from django.contrib.auth.models import Group

    if role not in GROUP_NAMES:
        raise ValueError(f"Unknown role {role!r}; choose reporter, editor or chief.")
    ensure_roles()
    user.groups.remove(*Group.objects.filter(name__in=GROUP_NAMES.values()))
    user.groups.add(Group.objects.get(name=GROUP_NAMES[role]))
    user.is_staff = False  # the Django admin is for superusers only, not the desk


def is_staff_member(user):
    return user.is_authenticated and user.is_active and (user.is_superuser or user.has_perm("newsroom.submit_story"))
