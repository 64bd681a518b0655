"""What the newsroom shell knows: the desks apps add, and the permissions each
role holds. Apps register from their own `AppConfig.ready()`:

    from dateline.desk.registry import register_desk, register_role_permissions

    register_desk("incoming", "Incoming", "ingest:incoming", permission="ingest.view_incomingitem", order=30)
    register_role_permissions("editor", "ingest.view_incomingitem", "ingest.accept_incomingitem")

The shell names no app: its navigation is the desks this person may use, and
its refusal page names the roles that hold the permission a page needs.
"""

from dataclasses import dataclass

from django.urls import reverse

MAIN, MANAGE, ACCOUNT = "main", "manage", "account"


@dataclass(frozen=True)
class Desk:
    key: str
    label: str
    url_name: str
    # The permission a person needs to see the desk in the navigation and to
    # use its pages ("app_label.codename"); pages may ask for more. None: any
    # signed-in person (the account corner's "Sign out").
    permission: str | None
    order: int = 50
    # Where the navigation shows it: the desks, the chief's management pages,
    # or the account corner.
    slot: str = MAIN
    # POST (with the CSRF token) rather than a link, for "Sign out".
    post: bool = False

    def url(self):
        return reverse(self.url_name)


@dataclass(frozen=True)
class Role:
    key: str
    group: str  # the Django group that holds the role's permissions
    order: int  # lower is the smaller job; the shell names roles in this order


_desks: dict[str, Desk] = {}
_story_editor = {"url_name": ""}
_roles: dict[str, Role] = {}
_role_permissions: dict[str, list[str]] = {}


def register_desk(key, label, url_name, *, permission, order=50, slot=MAIN, post=False):
    """Add a desk to the shell (idempotent: registering the same key again replaces it)."""
    if slot not in (MAIN, MANAGE, ACCOUNT):
        raise ValueError(f"Unknown slot {slot!r}: use main, manage or account.")
    if permission is not None and "." not in permission:
        raise ValueError(f"Desk {key!r}: the permission must read 'app_label.codename', not {permission!r}.")
    _desks[key] = Desk(key, label, url_name, permission, order, slot, post)
    return _desks[key]


def register_role(key, group, order):
    _roles[key] = Role(key, group, order)
    _role_permissions.setdefault(key, [])
    return _roles[key]


def register_role_permissions(role, *permissions):
    """Grant `permissions` to `role`. The role may be registered later (apps
    get ready in INSTALLED_APPS order); the role sync applies the set."""
    held = _role_permissions.setdefault(role, [])
    for perm in permissions:
        if "." not in perm:
            raise ValueError(f"Role {role!r}: the permission must read 'app_label.codename', not {perm!r}.")
        if perm not in held:
            held.append(perm)


def register_story_editor(url_name):
    """The URL name (taking a story's public ID) of the page where staff edit
    a story; other desks link story IDs there without naming the app."""
    _story_editor["url_name"] = url_name


def story_editor_url(public_id):
    if not (_story_editor["url_name"] and public_id):
        return ""
    return reverse(_story_editor["url_name"], args=[public_id])


def desks(slot=None):
    found = sorted(_desks.values(), key=lambda d: (d.order, d.key))
    return [d for d in found if slot is None or d.slot == slot]


def desk(key):
    return _desks.get(key)


def roles():
    return sorted(_roles.values(), key=lambda r: r.order)


def role_permissions():
    """{role key: [permission, ...]} for every registered role."""
    return {role.key: list(_role_permissions.get(role.key, [])) for role in roles()}


def permission_app_labels():
    """Apps whose permissions some role holds: the role sync runs again after
    each of them migrates, as their permissions exist only from then on."""
    return {perm.split(".", 1)[0] for perms in _role_permissions.values() for perm in perms}


def roles_granting(permission):
    return [role for role in roles() if permission in _role_permissions.get(role.key, ())]


def desks_for(user):
    """{slot: [desk, ...]} of the desks `user` may use."""
    if not (user.is_authenticated and user.is_active):
        return {MAIN: [], MANAGE: [], ACCOUNT: []}
    out = {MAIN: [], MANAGE: [], ACCOUNT: []}
    for d in desks():
        if d.permission is None or user.has_perm(d.permission):
            out[d.slot].append(d)
    return out
