"""What every desk view needs: the actor for the audit log, presence, rendering."""

from datetime import timedelta

from django.contrib.messages import get_messages
from django.shortcuts import render as django_render
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import timezone

from dateline.site.views import all_sections
from dateline.stories.actions import Actor

from ..audit import client_ip
from ..models import EditingPresence
from ..roles import role_of

PRESENCE_FRESH = timedelta(minutes=2)


def actor(request):
    return Actor(request.user, client_ip(request), "desk")


def incoming_url():
    """The ingest app serves the incoming wire queue at this address, if installed."""
    try:
        resolve("/newsroom/incoming/")
        return "/newsroom/incoming/"
    except (Resolver404, NoReverseMatch):
        return ""


def render(request, template, context=None, status=200):
    context = dict(context or {})
    context.setdefault("sections", all_sections())
    context.setdefault("role", role_of(request.user) if request.user.is_authenticated else "")
    context.setdefault("incoming_url", incoming_url())
    context.setdefault("desk_url", reverse("newsroom:desk"))
    context.setdefault("messages", get_messages(request))
    return django_render(request, template, context, status=status)


def touch_presence(story, user):
    EditingPresence.objects.update_or_create(story=story, user=user, defaults={"seen_at": timezone.now()})


def presence_for(story_ids, exclude_user=None):
    """{story id: [usernames]} of people with the story open in the last two minutes."""
    rows = (
        EditingPresence.objects.filter(story_id__in=list(story_ids), seen_at__gte=timezone.now() - PRESENCE_FRESH)
        .select_related("user").order_by("seen_at")
    )
    out = {}
    for row in rows:
        if exclude_user is not None and row.user_id == exclude_user.pk:
            continue
        name = row.user.get_full_name() or row.user.username
        out.setdefault(row.story_id, []).append(name)
    return out
