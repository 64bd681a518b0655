"""The desk's view of the cache in front: purges a cache has not taken yet,
with their reasons, and a way to send them again now."""

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST, require_safe

from dateline.desk.views import audit, desk_page, render

from .purgers import PurgeError, configured
from .services import pending, retry

SHOWN = 50


def _purgers() -> tuple[list[str], str]:
    try:
        return [repr(p) for p in configured()], ""
    except PurgeError as exc:
        return [], str(exc)


@require_safe
@desk_page(desk="purges")
def purges(request: HttpRequest) -> HttpResponse:
    waiting = pending()
    purgers, problem = _purgers()
    response: HttpResponse = render(
        request,
        "edge/purges.html",
        {
            "purgers": purgers,
            "problem": problem,
            "count": waiting.count(),
            "purges": waiting.order_by("-created_at")[:SHOWN],
        },
    )
    return response


@require_POST
@desk_page("edge.retry_purge", desk="purges")
def retry_now(request: HttpRequest) -> HttpResponse:
    sent, failed, _ = retry()
    with transaction.atomic():
        audit(request, "cache.purge_retry", sent=sent, failed=failed)
    return redirect("edge:purges")
