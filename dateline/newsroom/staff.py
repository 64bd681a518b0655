"""Staff accounts: creating them (for the command line, the desk and the demo)
and the chief editor's changes to them. Each change runs in one transaction
with its audit record, and every change of role, access or password ends the
person's sessions at once."""

from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F

from dateline.core.slugs import name_slug
from dateline.stories.models import Author

from .audit import record
from .models import StaffProfile
from .roles import GROUP_NAMES, role_of, set_role


class StaffError(ValueError):
    pass


@transaction.atomic
def create_staff(username, role, password, *, email="", name="", validate=True):
    """A user in `role` with a staff byline. Raises StaffError with a message."""
    User = get_user_model()
    username = (username or "").strip()
    if not username:
        raise StaffError("A username is needed.")
    if role not in GROUP_NAMES:
        raise StaffError(f"Unknown role {role!r}; choose reporter, editor or chief.")
    if User.objects.filter(username__iexact=username).exists():
        raise StaffError(f"The username {username!r} is taken.")
    user = User(username=username, email=email or "", first_name=(name or "")[:150])
    if validate:
        try:
            password_validation.validate_password(password, user)
        except ValidationError as error:
            raise StaffError(" ".join(error.messages)) from None
    user.set_password(password)
    user.save()
    set_role(user, role)
    user.save()
    StaffProfile.for_user(user)
    byline = (name or username).strip()
    slug = name_slug(byline)[:130] or name_slug(username) or "author"
    base, n = slug, 1
    while Author.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"[:140]
    Author.objects.create(name=byline, slug=slug, user=user)
    return user


def end_sessions(user):
    """Sign `user` out everywhere: sessions older than now end on their next request."""
    StaffProfile.for_user(user)
    StaffProfile.objects.filter(user=user).update(session_generation=F("session_generation") + 1)


def _refuse_self(user, by):
    if user.pk == by.pk:
        raise StaffError("You cannot change your own account here; use Your account.")


@transaction.atomic
def change_role(user, role, *, by, ip=""):
    _refuse_self(user, by)
    if role not in GROUP_NAMES:
        raise StaffError(f"Unknown role {role!r}; choose reporter, editor or chief.")
    was = role_of(user)
    set_role(user, role)
    user.save()
    end_sessions(user)
    record("staff.role", user=by, ip=ip, target=user.username, role=role, was=was)


@transaction.atomic
def set_active(user, active, *, by, ip=""):
    _refuse_self(user, by)
    user.is_active = bool(active)
    user.save(update_fields=["is_active"])
    end_sessions(user)
    record("staff.activate" if active else "staff.deactivate", user=by, ip=ip, target=user.username)


@transaction.atomic
def reset_password(password_form, *, by, ip=""):
    """Save a valid SetPasswordForm for its user. The old password stops
    working and every session of theirs ends."""
    user = password_form.user
    _refuse_self(user, by)
    password_form.save()
    end_sessions(user)
    record("staff.password_reset", user=by, ip=ip, target=user.username)


@transaction.atomic
def sign_out_everywhere(user, *, by, ip=""):
    _refuse_self(user, by)
    end_sessions(user)
    record("staff.signout", user=by, ip=ip, target=user.username)
