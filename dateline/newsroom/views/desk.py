"""The desk's story lists: my drafts, submitted, scheduled, published today."""

from datetime import datetime, time

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.views.decorators.http import require_safe

from dateline.core.params import text_param
from dateline.core.timefmt import newsroom_zone, to_newsroom
from dateline.stories.models import Section, Story

from ..permissions import is_editor, staff_required
from .common import presence_for, render

LISTS = {
    "drafts": "My drafts",
    "submitted": "Submitted",
    "scheduled": "Scheduled",
    "published": "Published today",
}


def stories_for(list_name, user, now=None):
    now = now or timezone.now()
    S = Story.Status
    qs = Story.objects.select_related("section", "created_by")
    if list_name == "drafts":
        return qs.filter(status=S.DRAFT, created_by=user).order_by("-modified_at")
    if not is_editor(user):
        # Reporters see their own stories only, outside what is public.
        qs = qs.filter(created_by=user)
    if list_name == "submitted":
        return qs.filter(status=S.SUBMITTED).order_by("-modified_at")
    if list_name == "scheduled":
        return qs.filter(Q(status=S.SCHEDULED) | Q(status=S.PUBLISHED, embargo_until__gt=now)).order_by(
            "scheduled_at", "embargo_until"
        )
    if list_name == "published":
        day_start = datetime.combine(to_newsroom(now).date(), time.min, tzinfo=newsroom_zone())
        return qs.filter(status__in=(S.PUBLISHED, S.KILLED), last_published_at__gte=day_start).order_by(
            "-last_published_at"
        )
    raise Http404("No such list.")


@require_safe
@staff_required
def desk(request, list_name=None):
    if list_name is None:
        # Editors start where the work waits for them; reporters at their drafts.
        list_name = "submitted" if is_editor(request.user) else "drafts"
    if list_name not in LISTS:
        raise Http404("No such list.")
    stories = stories_for(list_name, request.user)
    q = text_param(request.GET.get("q"))
    section_slug = text_param(request.GET.get("section"))
    urgency = request.GET.get("urgency", "")
    if q:
        stories = stories.filter(headline__icontains=q)
    if section_slug:
        stories = stories.filter(section__slug=section_slug)
    if urgency in {"1", "2", "3", "4", "5"}:
        stories = stories.filter(urgency=int(urgency))
    page = Paginator(stories, 50).get_page(request.GET.get("page"))
    editing = presence_for([s.pk for s in page.object_list])
    return render(
        request,
        "newsroom/desk.html",
        {
            "lists": LISTS,
            "current": list_name,
            "page": page,
            "editing": editing,
            "q": q,
            "section_slug": section_slug,
            "urgency": urgency,
            "all_sections": Section.objects.all(),
            "now": timezone.now(),
        },
    )
