"""Creating staff accounts: one function for the command line, the desk and the demo."""

from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.db import transaction

from dateline.core.slugs import name_slug
from dateline.stories.models import Author

from .models import StaffProfile
from .roles import GROUP_NAMES, set_role


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
