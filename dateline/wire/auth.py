"""API keys and their rate limits for the subscriber API."""

import functools
import logging
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone

from dateline.core.clients import client_ip
from dateline.core.ratelimit import Rate, check_rate

from .models import ApiClient

# Requests without a valid key are counted per address, so guessing keys is slow.
ANONYMOUS_RATE = "30/m"
# last_used_at is for spotting dead clients: a minute's precision is plenty.
LAST_USED_EVERY = 60
log = logging.getLogger(__name__)


def key_from(request: HttpRequest) -> str:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip()
    return request.META.get("HTTP_X_API_KEY", "").strip()


def error(status: int, message: str, **headers: str) -> JsonResponse:
    response = JsonResponse({"error": message, "status": status}, status=status)
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def note_use(client: ApiClient) -> None:
    """Stamp last_used_at at most once a minute per key, across processes
    (the cache entry is the claim), and never let the stamp fail a read: on
    a read-only or failing database the API keeps answering."""
    now = timezone.now()
    if client.last_used_at is not None and (now - client.last_used_at).total_seconds() <= LAST_USED_EVERY:
        return
    if not cache.add(f"wire:last-used:{client.pk}", 1, LAST_USED_EVERY):
        return
    try:
        ApiClient.objects.filter(pk=client.pk).update(last_used_at=now)
    except DatabaseError as exc:
        log.warning("could not record the use of API key %s: %s", client.pk, exc)


def api_key_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        key = key_from(request)
        client = ApiClient.for_key(key) if key else None
        if client is None:
            decision = check_rate("wire-api-anon", client_ip(request), ANONYMOUS_RATE)
            if not decision.allowed:
                return error(429, "Too many requests without a valid key.", Retry_After=str(decision.retry_after))
            message = (
                "This API needs a key: send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'."
                if not key
                else "That API key is not valid or has been revoked."
            )
            return error(401, message, WWW_Authenticate='Bearer realm="dateline"')
        decision = check_rate("wire-api", client.pk, [Rate(client.rate_limit, 60)])
        if not decision.allowed:
            return error(
                429,
                f"Rate limit of {client.rate_limit} requests a minute reached; retry after {decision.retry_after} s.",
                Retry_After=str(decision.retry_after),
            )
        note_use(client)
        request.api_client = client  # type: ignore[attr-defined]  # the calling client, for the view
        response = view(request, *args, **kwargs)
        response["Cache-Control"] = "private, no-cache"
        response["Vary"] = "Authorization, X-Api-Key, Accept"
        return response

    return wrapped
