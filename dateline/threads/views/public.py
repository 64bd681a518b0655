"""Thread pages for readers and the suggestion review for editors."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from dateline.core.caching import LATEST, MENU, tag
from dateline.core.ratelimit import rate_limited
from dateline.desk.views import desk_page
from dateline.desk.views import render as desk_render

from ..models import Thread, ThreadSuggestion
from ..services import thread_stories
from ..suggestions import Decision, SuggestionError

TIMELINE_PAGE = 100


@require_safe
def thread_index(request):
    tag(request, LATEST, MENU)
    threads = Thread.objects.filter(story_count__gt=0).order_by("-updated_at")[:100]
    return render(request, "threads/thread_index.html", {"threads": threads})


@require_safe
def thread(request, slug):
    tag(request, LATEST, MENU)
    current = get_object_or_404(Thread, slug=slug)
    try:
        page = Paginator(thread_stories(current), TIMELINE_PAGE).page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        raise Http404("There is no such page.") from None
    return render(
        request,
        "threads/thread.html",
        {
            "thread": current,
            "page": page,
            "prev_url": f"?page={page.previous_page_number()}" if page.has_previous() else None,
            "next_url": f"?page={page.next_page_number()}" if page.has_next() else None,
            "page_number": page.number,
            "page_count": page.paginator.num_pages,
        },
    )


def reviewer_key(request):
    return f"user:{request.user.pk}"


@desk_page("threads.review_threadsuggestion", desk="threads")
@require_http_methods(["GET", "HEAD", "POST"])
@rate_limited("thread-suggestions", "60/m", key=reviewer_key)
def suggestions(request):
    error = None
    if request.method == "POST":
        suggestion = get_object_or_404(
            ThreadSuggestion,
            pk=request.POST.get("suggestion", "0") if request.POST.get("suggestion", "").isdigit() else 0,
        )
        decision = Decision(
            suggestion, request.user, action=request.POST.get("action", ""), title=request.POST.get("title", "")
        )
        try:
            decision.execute()
        except SuggestionError as exc:
            error = str(exc)
        else:
            return redirect("threads:suggestions")
    pending = (
        ThreadSuggestion.objects.filter(status=ThreadSuggestion.Status.PENDING)
        .select_related("story__live", "thread", "related__live")
        .order_by("-score")[:50]
    )
    return desk_render(
        request,
        "threads/suggestions.html",
        {
            "pending": pending,
            "error": error,
        },
        status=400 if error else 200,
    )
