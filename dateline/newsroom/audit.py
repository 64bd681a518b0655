"""Writing the audit log. Story actions write through `dateline.core.audit`,
to which the newsroom registers `record_action` at start-up; sign-in events
are recorded by the views."""

from dateline.core.clients import client_ip

from .models import AuditLog

# The address a row records comes from dateline.core.clients.client_ip, the
# one definition that honours DATELINE_TRUSTED_PROXIES.


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


def record_action(action, *, actor, story=None, detail):
    """The writer behind `dateline.core.audit.record`: a system actor (the
    scheduler, a feed) is named in `username`, as it has no user."""
    return record(action, user=actor.user, story=story, ip=actor.ip, via=actor.via, username=actor.username, **detail)


def on_desk_action(sender, request, action, story, detail, **kwargs):
    """A change announced by a desk page of any app (dateline.desk.views.audit)."""
    record(action, user=request.user, story=story, ip=client_ip(request), via="desk", **detail)
