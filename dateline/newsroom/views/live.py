"""The live desk's poll: counts and arrivals since the page was opened."""

from datetime import UTC, datetime

from django.conf import settings
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from ..live import snapshot


@never_cache
@require_safe
def live(request):
    if not request.user.is_authenticated:
        return JsonResponse({"error": "Signed out: sign in again to see the desk live."}, status=401)
    if not request.user.has_perm("newsroom.submit_story"):  # any newsroom role
        return JsonResponse({"error": "This account has no newsroom role."}, status=403)
    since = None
    if request.GET.get("since"):
        try:
            since = datetime.fromisoformat(request.GET["since"])
        except ValueError:
            return JsonResponse({"error": "since must be a time such as 2026-11-28T14:30:00+00:00."}, status=400)
        if timezone.is_naive(since):
            since = timezone.make_aware(since, UTC)
    return JsonResponse(
        {
            "now": timezone.now().isoformat(),
            "every": int(getattr(settings, "NEWSROOM_LIVE_SECONDS", 15)),
            "feeds": snapshot(request.user, since),
        }
    )
