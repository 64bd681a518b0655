"""Incoming wire copy on the newsroom's live desk (dateline.newsroom.live)."""

from datetime import datetime
from typing import Any

from django.urls import reverse

from .models import IncomingItem


def waiting(user: Any) -> int:
    return IncomingItem.objects.filter(status=IncomingItem.Status.NEW).count()


def newest(user: Any, since: datetime, limit: int) -> list[tuple[str, str]]:
    rows = (
        IncomingItem.objects.filter(status=IncomingItem.Status.NEW, updated_at__gt=since)
        .order_by("-updated_at")
        .values_list("headline", "pk")[:limit]
    )
    return [(headline, reverse("ingest:detail", args=[pk])) for headline, pk in rows]


def add_to_live_desk() -> None:
    from dateline.newsroom.live import register_live_feed

    register_live_feed(
        "incoming",
        "Incoming",
        "ingest:incoming",
        permission="ingest.view_incomingitem",
        count=waiting,
        newest=newest,
        order=20,
    )
