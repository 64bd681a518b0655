"""The desk's review of pasted pages: what `import-text` decided for each
(headline, byline, dateline, time, credit), the captions kept apart and the
lines dropped as page furniture, with the way to the editor to correct it."""

from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from dateline.site.views import all_sections

from .models import PastedImport

PAGE_SIZE = 30
# Pasted pages are copy taken in from outside, like the Incoming queue: whoever
# may read that queue may review them.
VIEW_PERMISSION = "ingest.view_incomingitem"


def _context(request, **extra):
    return {"sections": all_sections(), "incoming_url": reverse("ingest:incoming"), **extra}


@require_safe
@never_cache
@login_required
@permission_required(VIEW_PERMISSION, raise_exception=True)
def pasted_list(request):
    imports = PastedImport.objects.select_related("story")
    page = Paginator(imports, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "ingest/pasted_list.html", _context(request, page=page))


@require_safe
@never_cache
@login_required
@permission_required(VIEW_PERMISSION, raise_exception=True)
def pasted_detail(request, pk):
    record = get_object_or_404(PastedImport.objects.select_related("story", "imported_by"), pk=pk)
    story = record.story
    return render(request, "ingest/pasted_detail.html", _context(
        request, record=record, story=story,
        can_edit=request.user.has_perm("newsroom.edit_any_story") or story.created_by_id == request.user.pk,
    ))
