"""Writing the audit log. Workflow changes arrive through `story_changed`,
inside their transaction; sign-in events are recorded by the views."""

import ipaddress

from .models import AuditLog


def client_ip(request):
    """The address the request came from. REMOTE_ADDR only: X-Forwarded-For is
    trivially forged unless a trusted proxy rewrites it, which is deployment
    configuration, not ours to guess."""
    value = (request.META.get("REMOTE_ADDR") or "").strip() if request is not None else ""
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return ""


def record(action, *, user=None, story=None, ip="", via="desk", username="", **detail):
    return AuditLog.objects.create(
        action=action[:40],
        user=user if getattr(user, "pk", None) else None,
        username=(getattr(user, "username", "") or username)[:150],
        story=story,
        public_id=getattr(story, "public_id", "") or "",
        ip=ip or None,
        via=via,
        detail=detail,
    )


def on_story_changed(sender, story, action, actor, detail, **kwargs):
    record(action, user=actor.user, story=story, ip=actor.ip, via=actor.via, **detail)


def on_desk_action(sender, request, action, story, detail, **kwargs):
    """A change announced by a desk page of any app (dateline.desk.views.audit)."""
    record(action, user=request.user, story=story, ip=client_ip(request), via="desk", **detail)
