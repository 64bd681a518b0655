"""The live desk: what changed since a desk page was opened, for the page's
script to poll (views/live.py). Apps add their own feeds from `ready()`:

    from dateline.newsroom.live import register_live_feed

    register_live_feed("corrections", "Corrections", "corrections:queue",
                       permission="corrections.review_correction",
                       count=lambda user: ..., newest=lambda user, since, limit: [(title, url), ...])

The newsroom names no other app; each feed shows to people holding its
permission. Polling rather than server-sent events: an open event stream
holds a WSGI worker per desk tab for as long as it is open, so a handful of
editors would occupy every worker of a small deployment; a poll every
`NEWSROOM_LIVE_SECONDS` is a few indexed counts and frees its worker at once.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class LiveFeed:
    key: str
    label: str
    url_name: str
    permission: str
    count: Callable  # (user) -> int: what waits for the desk now
    newest: Callable | None  # (user, since, limit) -> [(title, url)]: arrived after `since`
    order: int = 50
    url_args: tuple = ()


_feeds: dict[str, LiveFeed] = {}


def register_live_feed(key, label, url_name, *, permission, count, newest=None, order=50, url_args=()):
    """Add a feed to the live desk (registering a key again replaces it)."""
    _feeds[key] = LiveFeed(key, label, url_name, permission, count, newest, order, tuple(url_args))
    return _feeds[key]


def feeds_for(user):
    return [f for f in sorted(_feeds.values(), key=lambda f: (f.order, f.key)) if user.has_perm(f.permission)]


def snapshot(user, since, limit=5):
    """Each feed this person may see: its count now and what arrived after `since`."""
    out = []
    for feed in feeds_for(user):
        newest = feed.newest(user, since, limit) if (feed.newest and since) else []
        out.append(
            {
                "key": feed.key,
                "label": feed.label,
                "url": reverse(feed.url_name, args=feed.url_args),
                "count": feed.count(user),
                "new": [{"title": title, "url": url} for title, url in newest],
            }
        )
    return out


def add_newsroom_feeds():
    from dateline.stories.models import Story

    from .models import AuditLog

    def submitted(user):
        return Story.objects.filter(status=Story.Status.SUBMITTED).count()

    def newest_submitted(user, since, limit):
        # The audit log knows when each story was submitted (the story row
        # does not), and its time index keeps this a short range scan.
        rows = (
            AuditLog.objects.filter(action="story.submit", at__gt=since, story__status=Story.Status.SUBMITTED)
            .order_by("-at")
            .values_list("story__headline", "story__public_id")[:limit]
        )
        seen, out = set(), []
        for headline, public_id in rows:
            if public_id not in seen:
                seen.add(public_id)
                out.append((headline, reverse("newsroom:edit", args=[public_id])))
        return out

    register_live_feed(
        "submitted",
        "Submitted",
        "newsroom:list",
        url_args=["submitted"],
        permission="newsroom.edit_any_story",
        count=submitted,
        newest=newest_submitted,
        order=10,
    )
