"""Who may do what to which story. Views ask here; groups hold the permissions."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from dateline.stories.actions import Actor, may_edit
from dateline.stories.models import Story

from .roles import is_staff_member


def forbidden(request, message):
    """A desk page saying what is not allowed, with the desk's navigation."""
    from .views.common import render

    return render(request, "newsroom/403.html", {"message": message}, status=403)


def staff_required(view):
    """Signed-in staff only; others are sent to sign in (or refused, if signed in).
    Refusals raised inside the view become the desk's 403 page."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_staff_member(request.user):
            return forbidden(request, "This account has no newsroom role. Ask the chief editor for one.")
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied as refusal:
            return forbidden(request, str(refusal) or "Your role does not allow this.")

    return wrapped


def perm_required(perm):
    def decorator(view):
        @wraps(view)
        @staff_required
        def wrapped(request, *args, **kwargs):
            if not request.user.has_perm(perm):
                raise PermissionDenied("Your role does not allow this page.")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def is_editor(user):
    return user.has_perm("newsroom.edit_any_story")


def owns(user, story):
    return story.created_by_id is not None and story.created_by_id == user.pk


def can_view(user, story):
    return is_editor(user) or owns(user, story)


def can_edit(user, story):
    """The rule SaveWorkingCopy enforces, for showing or hiding the editor."""
    return story.status != Story.Status.KILLED and may_edit(Actor(user), story)


def allowed_actions(user, story):
    """Workflow actions this user may take on this story now."""
    s, S = story.status, Story.Status
    actions = []
    if s == S.DRAFT and (is_editor(user) or (owns(user, story) and user.has_perm("newsroom.submit_story"))):
        actions.append("submit")
    if user.has_perm("newsroom.publish_story"):
        if s in (S.SUBMITTED, S.SCHEDULED):
            actions.append("return")
        if s in (S.DRAFT, S.SUBMITTED, S.SCHEDULED) and not story.live_id:
            actions += ["publish", "schedule", "embargo"]
        if s == S.PUBLISHED and not story.embargo_until:
            actions += ["update", "correct"]
    if user.has_perm("newsroom.kill_story") and s == S.PUBLISHED:
        actions.append("kill")
    return actions
