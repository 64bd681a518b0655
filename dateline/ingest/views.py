"""The newsroom's Incoming queue: stories from other wires, with provenance."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from dateline.desk.registry import story_editor_url
from dateline.desk.views import confirm_page, confirmed, desk_page, render
from dateline.stories.actions import Actor
from dateline.stories.services import StoryError, render_body

from .acceptance import Acceptance, Dismissal
from .models import IncomingItem, IngestRejection

PAGE_SIZE = 30
STATUSES = [
    ("new", "New"),
    ("accepted", "Accepted"),
    ("published", "Published"),
    ("rejected", "Set aside"),
    ("all", "All"),
]


@require_safe
@desk_page(desk="incoming")
def incoming(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "new")
    if status not in {*IncomingItem.Status.values, "all"}:
        raise Http404("No such status.")
    items = IncomingItem.objects.select_related("story", "feed")
    if status != "all":
        items = items.filter(status=status)
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "ingest/incoming.html",
        {
            "page": page,
            "status": status,
            "statuses": STATUSES,
            "rejections": IngestRejection.objects.all()[:10],
            "can_accept": request.user.has_perm("ingest.accept_incomingitem"),
            "now": timezone.now(),
        },
    )


@require_POST
@desk_page("ingest.accept_incomingitem", desk="incoming")
def accept(request: HttpRequest, pk: int) -> HttpResponse:
    """Accepting opens the new draft in the story editor, where the work goes on."""
    item = get_object_or_404(IncomingItem, pk=pk)
    try:
        story = Acceptance(item, actor=Actor.from_request(request)).execute()
    except StoryError as exc:
        messages.error(request, str(exc))
        return redirect("ingest:incoming")
    messages.success(request, f"“{story.headline}” is now draft {story.public_id}.")
    return redirect(story_editor_url(story.public_id) or "ingest:incoming")


@require_safe
@desk_page(desk="incoming")
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(IncomingItem.objects.select_related("story", "feed", "handled_by"), pk=pk)
    return render(
        request,
        "ingest/incoming_item.html",
        {
            "item": item,
            # The sender's text with its blocks, and its dateline as the sender wrote it.
            "body_html": render_body(item.body, item.dateline_text),
            "embargoed": item.embargo_until is not None and item.embargo_until > timezone.now(),
            "can_accept": request.user.has_perm("ingest.accept_incomingitem"),
        },
    )


@require_POST
@desk_page("ingest.accept_incomingitem", desk="incoming")
def dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    """Setting an item aside (discarding it) is confirmed first: the desk
    stops offering it."""
    item = get_object_or_404(IncomingItem, pk=pk)
    if not confirmed(request):
        return confirm_page(
            request,
            title=f"Set “{item.headline}” aside?",
            consequences=[
                "It leaves the New list, and the desk no longer offers to accept it into a draft.",
                "It stays under “Set aside” with its text and provenance; a newer version from the sender "
                "updates it there.",
            ],
            action_url=reverse("ingest:dismiss", args=[item.pk]),
            button="Set aside",
            cancel_url=reverse("ingest:incoming"),
        )
    try:
        Dismissal(item, user=request.user).execute()
    except StoryError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"“{item.headline}” was set aside.")
    return redirect("ingest:incoming")
