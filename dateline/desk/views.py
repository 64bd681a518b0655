"""The base view of every desk page: sign-in, permission, the shell around the
page, a styled refusal naming the role that is needed, and the audit record.

    from dateline.desk.views import audit, desk_page, render

    @require_safe
    @desk_page(desk="incoming")                 # the desk's permission
    def incoming(request): ...

    @require_POST
    @desk_page("ingest.accept_incomingitem", desk="incoming")   # a stricter one
    def accept(request, pk): ...
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import render as django_render

from . import registry
from .signals import desk_action


def desk_page(permission=None, *, desk=None):
    """Decorate a desk view. `permission` defaults to the desk's own. Visitors
    who are not signed in are sent to sign in; signed-in people without the
    permission get the shell's refusal page (403), and so does any
    PermissionDenied the view raises, with its message."""
    if permission is None and desk is None:
        raise TypeError("desk_page needs a permission, a desk, or both.")

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            request.desk = desk
            needed = permission or registry.desk(desk).permission
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if needed and not request.user.has_perm(needed):
                return forbidden(request, needed)
            try:
                return view(request, *args, **kwargs)
            except PermissionDenied as refusal:
                return forbidden(request, needed, str(refusal))

        return wrapped

    return decorator


def shell(request):
    """What the shell template needs: the desks this person may use, the
    current one, and their role."""
    user = request.user
    return {
        "nav": registry.desks_for(user),
        "current": getattr(request, "desk", None),
        "role": registry.role_of(user),
        "user_name": (user.get_full_name() or user.get_username()) if user.is_authenticated else "",
    }


def render(request, template, context=None, status=200):
    """Render a desk page inside the shell."""
    context = dict(context or {})
    context.setdefault("messages", get_messages(request))
    context.setdefault("edit_url", registry.story_editor_url)
    context["shell"] = shell(request)
    return django_render(request, template, context, status=status)


def forbidden(request, permission, reason=""):
    """The shell's refusal page: what is not allowed and which role allows it."""
    return render(
        request,
        "desk/403.html",
        {
            "reason": reason,
            "needed": [role.group for role in registry.roles_granting(permission)] if permission else [],
        },
        status=403,
    )


def permission_denied(request, exception=None):
    """handler403: a PermissionDenied raised outside a desk page still gets
    the styled page (the shell's navigation shows only for staff)."""
    request.desk = getattr(request, "desk", None)
    return render(request, "desk/403.html", {"reason": str(exception or ""), "needed": []}, status=403)


def confirm_page(
    request, *, title, consequences, action_url, button, cancel_url, hidden=None, form=None, fields=(), listed=None
):
    """The second step of an action that cannot be undone: what will happen,
    then a POST form that repeats the first step's values with `confirmed`
    set. It needs no JavaScript. `fields` names fields of `form` the person
    may still change here (a kill's reason). `listed` is an optional
    `(heading, [(text, url), ...])`: what the action touches, linked, so the
    person can look before going on."""
    return render(
        request,
        "desk/confirm.html",
        {
            "title": title,
            "consequences": consequences,
            "action_url": action_url,
            "button": button,
            "cancel_url": cancel_url,
            "hidden": dict(hidden or {}, confirmed="yes"),
            "fields": [form[name] for name in fields] if form is not None else [],
            "listed": listed,
        },
    )


def confirmed(request):
    return request.POST.get("confirmed") == "yes"


def audit(request, action, *, story=None, **detail):
    """Record a desk change. Call it inside the change's transaction."""
    desk_action.send(sender=desk_page, request=request, action=action, story=story, detail=detail)
