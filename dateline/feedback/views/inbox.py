"""The newsroom's side: the inbox, one item with its triage form, the CSV export."""

import csv
from datetime import datetime, time, timedelta

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from dateline.core.timefmt import iso, newsroom_zone
from dateline.desk.views import desk_page, render

from ..forms import InboxFilterForm, TriageForm
from ..models import Feedback
from ..services import FeedbackError, Triage, paragraph_as_seen

PAGE_SIZE = 50


def filtered(request):
    form = InboxFilterForm(request.GET or None)
    items = Feedback.objects.select_related("story", "story__section", "assignee")
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["status"]:
            items = items.filter(status=data["status"])
        if data["category"]:
            items = items.filter(category=data["category"])
        if data["section"]:
            items = items.filter(story__section=data["section"])
        if data["story"]:
            items = items.filter(story__public_id=data["story"])
        zone = newsroom_zone()
        if data["since"]:
            items = items.filter(created_at__gte=datetime.combine(data["since"], time.min, zone))
        if data["until"]:
            items = items.filter(created_at__lt=datetime.combine(data["until"] + timedelta(days=1), time.min, zone))
    return form, items


@require_safe
@desk_page(desk="feedback")
def inbox(request):
    form, items = filtered(request)
    paginator = Paginator(items, PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        raise Http404("There is no such page.") from None
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "feedback/inbox.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "new_count": Feedback.objects.filter(status=Feedback.Status.NEW).count(),
            "can_export": request.user.has_perm("feedback.export_feedback"),
            "can_see_email": request.user.has_perm("feedback.view_feedback_email"),
        },
    )


@require_http_methods(["GET", "HEAD", "POST"])
@desk_page(desk="feedback")
def item(request, pk):
    feedback = get_object_or_404(
        Feedback.objects.select_related("story", "story__section", "version", "assignee", "updated_by"), pk=pk
    )
    problem = ""
    if request.method == "POST":
        form = TriageForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            triage = Triage(
                feedback, request.user, status=data["status"], assignee=data["assignee"], assign=True, note=data["note"]
            )
            try:
                triage.execute()
            except FeedbackError as exc:
                problem = str(exc)
            else:
                return redirect(request.path + "?saved=1")
    else:
        form = TriageForm(initial={"status": feedback.status, "assignee": feedback.assignee_id})
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "feedback/item.html",
        {
            "item": feedback,
            "form": form,
            "problem": problem,
            "saved": request.GET.get("saved") == "1",
            "paragraph": paragraph_as_seen(feedback),
            "events": feedback.events.select_related("actor"),
            "can_see_email": request.user.has_perm("feedback.view_feedback_email"),
        },
        status=status,
    )


class Echo:
    def write(self, value):
        return value


def csv_cell(value):
    """Spreadsheets run cells that start like a formula; a leading quote stops that."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


@require_safe
@desk_page("feedback.export_feedback", desk="feedback")
def export_csv(request):
    form, items = filtered(request)
    with_email = request.user.has_perm("feedback.view_feedback_email")
    header = [
        "id",
        "received",
        "story",
        "section",
        "version",
        "paragraph",
        "category",
        "status",
        "assignee",
        "message",
        "quote",
    ] + (["email"] if with_email else [])

    def rows():
        yield header
        for fb in items.select_related("version").iterator(chunk_size=500):
            row = [
                fb.pk,
                iso(fb.created_at),
                fb.story.public_id,
                fb.story.section.name,
                fb.version.number,
                fb.paragraph or "",
                fb.get_category_display(),
                fb.get_status_display(),
                fb.assignee.get_username() if fb.assignee else "",
                fb.message,
                fb.quote,
            ]
            if with_email:
                row.append(fb.email)
            yield [csv_cell(cell) for cell in row]

    writer = csv.writer(Echo())
    response = StreamingHttpResponse((writer.writerow(row) for row in rows()), content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime(timezone.now(), newsroom_zone()).strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="feedback-{stamp}.csv"'
    response["Cache-Control"] = "no-store"
    return response
