"""Where staff edit the story a public page shows, asked for by the page's
script only when the "is staff" hint cookie is there (see staff_hint.py)."""

from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from dateline.stories.models import Story

from ..permissions import can_edit


@never_cache
@require_safe
def edit_link(request, public_id):
    if not request.user.is_authenticated:
        # The session ended; the script forgets the hint and stops asking.
        return JsonResponse({"url": None, "signed_in": False}, status=401)
    if not request.user.has_perm("newsroom.submit_story"):  # any newsroom role
        return JsonResponse({"url": None, "signed_in": True}, status=403)
    story = Story.objects.filter(public_id=public_id).only("pk", "status", "created_by_id").first()
    if story is None or not can_edit(request.user, story):
        return JsonResponse({"url": None, "signed_in": True})
    return JsonResponse({"url": reverse("newsroom:edit", args=[public_id]), "signed_in": True})
