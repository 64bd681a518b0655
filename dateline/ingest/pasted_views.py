"""The desk's review of pasted pages: what `import-text` decided for each
(headline, byline, dateline, time, credit), the captions kept apart and the
lines dropped as page furniture, with the way to the editor to correct it.
Pasted pages are copy taken in from outside, so they belong to the Incoming
desk: whoever may read that queue reviews them."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from dateline.desk.views import desk_page, render

from .models import PastedImport

PAGE_SIZE = 30


@require_safe
@never_cache
@desk_page(desk="incoming")
def pasted_list(request: HttpRequest) -> HttpResponse:
    imports = PastedImport.objects.select_related("story")
    page = Paginator(imports, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "ingest/pasted_list.html", {"page": page})


@require_safe
@never_cache
@desk_page(desk="incoming")
def pasted_detail(request: HttpRequest, pk: int) -> HttpResponse:
    record = get_object_or_404(PastedImport.objects.select_related("story", "imported_by"), pk=pk)
    story = record.story
    return render(
        request,
        "ingest/pasted_detail.html",
        {
            "record": record,
            "story": story,
            "can_edit": request.user.has_perm("newsroom.edit_any_story") or story.created_by_id == request.user.pk,
        },
    )
