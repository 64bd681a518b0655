"""Roles are Django groups holding the least permissions each job needs.

Reporters write and submit their own drafts; editors edit any story and
publish, correct and kill; the chief editor does what an editor does and
also manages staff and sections and reads the audit log.

The roles and the newsroom's own permissions are registered with the shell
(dateline.desk.registry) in `register()`; other apps add the permissions
their desks need from their own AppConfig.ready(), and `ensure_roles`
applies whatever is registered.
"""

from django.db.models import Q

REPORTER, EDITOR, CHIEF = "reporter", "editor", "chief"
GROUP_NAMES = {REPORTER: "Reporter", EDITOR: "Editor", CHIEF: "Chief editor"}

_REPORTER = ["newsroom.submit_story", "stories.add_story"]
_EDITOR = _REPORTER + [
    "newsroom.edit_any_story",
    "newsroom.publish_story",
    "newsroom.kill_story",
    "stories.change_story",
]
_CHIEF = _EDITOR + [
    "newsroom.manage_staff",
    "newsroom.view_audit",
    "newsroom.manage_settings",
    "stories.add_section",
    "stories.change_section",
    "stories.view_section",
]
PERMISSIONS = {REPORTER: _REPORTER, EDITOR: _EDITOR, CHIEF: _CHIEF}


def add_to_shell():
    """The roles, the newsroom's desks and its permissions, for the shell."""
    from dateline.desk.registry import (
        ACCOUNT,
        MANAGE,
        register_desk,
        register_role,
        register_role_permissions,
        register_story_editor,
    )

    for order, role in enumerate((REPORTER, EDITOR, CHIEF)):
        register_role(role, GROUP_NAMES[role], order)
        register_role_permissions(role, *PERMISSIONS[role])
    register_story_editor("newsroom:edit")
    register_desk("stories", "Stories", "newsroom:desk", permission="newsroom.submit_story", order=10)
    register_desk("all", "All stories", "newsroom:all", permission="newsroom.submit_story", order=15)
    register_desk("new", "New story", "newsroom:new", permission="newsroom.submit_story", order=20)
    register_desk("staff", "Staff", "newsroom:staff", permission="newsroom.manage_staff", order=10, slot=MANAGE)
    register_desk(
        "sections", "Sections", "newsroom:sections", permission="stories.change_section", order=20, slot=MANAGE
    )
    register_desk(
        "settings", "Settings", "newsroom:settings", permission="newsroom.manage_settings", order=30, slot=MANAGE
    )
    register_desk("audit", "Audit log", "newsroom:audit", permission="newsroom.view_audit", order=40, slot=MANAGE)
    register_desk(
        "account", "Your account", "newsroom:account", permission="newsroom.submit_story", order=10, slot=ACCOUNT
    )
    register_desk("logout", "Sign out", "newsroom:logout", permission=None, order=20, slot=ACCOUNT, post=True)


def ensure_roles(apps=None):
    """Create or fix the role groups from the registry (idempotent). A
    permission whose app has not migrated yet is skipped; the post_migrate
    sync (apps.py) completes the set once it exists."""
    from dateline.desk.registry import role_permissions

    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    wanted = role_permissions()
    names = {dotted for perms in wanted.values() for dotted in perms}
    match = Q(pk__in=[])
    for dotted in names:
        app_label, codename = dotted.split(".", 1)
        match |= Q(content_type__app_label=app_label, codename=codename)
    found = {
        f"{p.content_type.app_label}.{p.codename}": p
        for p in Permission.objects.filter(match).select_related("content_type")
    }
    groups = {}
    for role, perms in wanted.items():
        if role not in GROUP_NAMES:
            continue  # a role another app registered: its own app keeps its group
        group, _ = Group.objects.get_or_create(name=GROUP_NAMES[role])
        group.permissions.set([found[dotted] for dotted in perms if dotted in found])
        groups[role] = group
    return groups


def role_of(user):
    """The highest role a user holds, or "" (superusers count as chief)."""
    from dateline.desk.registry import role_of as registered_role_of

    role = registered_role_of(user)
    return role.key if role else ""


def set_role(user, role):
    from django.contrib.auth.models import Group

    if role not in GROUP_NAMES:
        raise ValueError(f"Unknown role {role!r}; choose reporter, editor or chief.")
    ensure_roles()
    user.groups.remove(*Group.objects.filter(name__in=GROUP_NAMES.values()))
    user.groups.add(Group.objects.get(name=GROUP_NAMES[role]))
    user.is_staff = False  # the Django admin is for superusers only, not the desk
