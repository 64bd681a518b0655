"""The newsroom's Incoming queue: stories from other wires, with provenance."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe

from dateline.site.views import all_sections
from dateline.stories.actions import Actor
from dateline.stories.services import StoryError

from .models import IncomingItem, IngestRejection
from .services import Acceptance, Dismissal

PAGE_SIZE = 30


@require_safe
@login_required
@permission_required("ingest.view_incomingitem", raise_exception=True)
def incoming(request):
    status = request.GET.get("status", "new")
    if status not in {*IncomingItem.Status.values, "all"}:
        raise Http404("No such status.")
    items = IncomingItem.objects.select_related("story", "feed")
    if status != "all":
        items = items.filter(status=status)
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "ingest/incoming.html", {
        "sections": all_sections(),
        "page": page,
        "status": status,
        "statuses": [("new", "New"), ("accepted", "Accepted"), ("published", "Published"),
                     ("rejected", "Set aside"), ("all", "All")],
        "rejections": IngestRejection.objects.all()[:10],
        "can_accept": request.user.has_perm("ingest.accept_incomingitem"),
        "incoming_url": reverse("ingest:incoming"),
        "messages": messages.get_messages(request),
    })


def _act(request, pk, action, success):
    """Run one Incoming action on an item; its outcome becomes a message on
    the Incoming page either way."""
    item = get_object_or_404(IncomingItem, pk=pk)
    try:
        result = action(item, user=request.user).execute()
    except StoryError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, success(item, result))
    return redirect(reverse("ingest:incoming"))


@require_POST
@login_required
@permission_required("ingest.accept_incomingitem", raise_exception=True)
def accept(request, pk):
    def acceptance(item, user):
        return Acceptance(item, actor=Actor.from_request(request))

    return _act(request, pk, acceptance,
                lambda item, story: f"“{story.headline}” is now draft {story.public_id}.")


@require_safe
@login_required
@permission_required("ingest.view_incomingitem", raise_exception=True)
def detail(request, pk):
    item = get_object_or_404(IncomingItem.objects.select_related("story", "feed", "handled_by"), pk=pk)
    return render(request, "ingest/incoming_item.html", {
        "sections": all_sections(),
        "item": item,
        "can_accept": request.user.has_perm("ingest.accept_incomingitem"),
        "incoming_url": reverse("ingest:incoming"),
        "messages": messages.get_messages(request),
    })


@require_POST
@login_required
@permission_required("ingest.accept_incomingitem", raise_exception=True)
def dismiss(request, pk):
    return _act(request, pk, Dismissal, lambda item, result: f"“{item.headline}” was set aside.")
