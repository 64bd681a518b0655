"""What every desk view needs: the actor for the audit log, presence, rendering."""

from datetime import timedelta

from django.utils import timezone

from dateline.desk.views import render as desk_render
from dateline.stories.actions import Actor

from ..models import EditingPresence

PRESENCE_FRESH = timedelta(minutes=2)


def actor(request):
    return Actor.from_request(request)


# Newsroom pages render inside the shell (dateline.desk).
render = desk_render


def touch_presence(story, user):
    EditingPresence.objects.update_or_create(story=story, user=user, defaults={"seen_at": timezone.now()})


def presence_for(story_ids, exclude_user=None):
    """{story id: [usernames]} of people with the story open in the last two minutes."""
    rows = (
        EditingPresence.objects.filter(story_id__in=list(story_ids), seen_at__gte=timezone.now() - PRESENCE_FRESH)
        .select_related("user")
        .order_by("seen_at")
    )
    out = {}
    for row in rows:
        if exclude_user is not None and row.user_id == exclude_user.pk:
            continue
        name = row.user.get_full_name() or row.user.username
        out.setdefault(row.story_id, []).append(name)
    return out
