"""The thread desk: editors create threads, rename them and add or remove
stories. Every change goes through the services in ..services (which keep the
cached "More on this story" list fresh) and is written to the audit log in
the same transaction, so a change is never recorded without happening."""

from django.db import transaction
from django.db.models import F
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_http_methods

from dateline.core.ratelimit import rate_limited
from dateline.desk.views import audit, desk_page, render

from ..forms import AddStoryForm, RenameThreadForm, ThreadTitleForm
from ..models import Thread, ThreadMembership
from ..services import (
    AlreadyInThread,
    ThreadError,
    add_story,
    remove_story,
    rename_thread,
    start_thread,
    story_by_public_id,
)
from .public import reviewer_key

# Same budget as the suggestion review: generous for a busy desk, but a
# runaway script cannot flood the audit log.
RATE = "60/m"


def _record(request, action, thread, story=None, **detail):
    audit(request, action, story=story, thread=thread.slug, title=thread.title, **detail)


@desk_page(desk="threads")
@require_http_methods(["GET", "HEAD", "POST"])
@rate_limited("thread-manage", RATE, key=reviewer_key)
def manage_index(request):
    form = ThreadTitleForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            with transaction.atomic():
                thread = start_thread(form.cleaned_data["title"], user=request.user)
                _record(request, "thread-created", thread)
        except ThreadError as exc:
            form.add_error("title", str(exc))
        else:
            return redirect("threads:thread_manage_detail", thread.slug)
    threads = Thread.objects.order_by("-updated_at", "-pk")[:200]
    return render(
        request,
        "threads/thread_manage.html",
        {
            "threads": threads,
            "form": form,
        },
        status=400 if form.errors else 200,
    )


@desk_page("threads.change_thread", desk="threads")
@require_http_methods(["GET", "HEAD", "POST"])
@rate_limited("thread-manage", RATE, key=reviewer_key)
def manage_thread(request, slug):
    thread = get_object_or_404(Thread, slug=slug)
    add_form = AddStoryForm()
    rename_form = RenameThreadForm(initial={"title": thread.title})
    remove_error = ""
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "add":
            add_form = AddStoryForm(request.POST)
            done = _add(request, thread, add_form)
        elif action == "rename":
            rename_form = RenameThreadForm(request.POST)
            done = _rename(request, thread, rename_form)
        elif action == "remove":
            remove_error = _remove(request, thread, request.POST.get("story", ""))
            done = not remove_error
        else:
            # Only a hand-made request gets here: the desk's own forms always
            # name an action, so there is no form to show an error beside.
            return HttpResponseBadRequest(
                f"Unknown action {action!r}: use add, remove or rename.", content_type="text/plain; charset=utf-8"
            )
        if done:
            return redirect("threads:thread_manage_detail", thread.slug)
    members = (
        ThreadMembership.objects.filter(thread=thread)
        .select_related("story__live")
        .order_by(F("story__first_published_at").asc(nulls_last=True), "story_id")
    )
    failed = add_form.errors or rename_form.errors or remove_error
    return render(
        request,
        "threads/thread_manage_detail.html",
        {
            "thread": thread,
            "members": members,
            "add_form": add_form,
            "rename_form": rename_form,
            "remove_error": remove_error,
        },
        status=400 if failed else 200,
    )


def _add(request, thread, form):
    """True once the story is in the thread; otherwise the reason is on the form."""
    if not form.is_valid():
        return False
    try:
        with transaction.atomic():
            story = story_by_public_id(form.cleaned_data["public_id"])
            try:
                previous = add_story(thread, story, user=request.user, move=form.cleaned_data["move"])
            except AlreadyInThread as exc:
                raise ThreadError(
                    f"This story is already in the thread “{exc.thread.title}”. "
                    "Tick “Move it from its current thread” to move it here."
                ) from None
            if previous == thread:
                raise ThreadError("This story is already in this thread.")
            _record(request, "thread-story-added", thread, story=story, moved_from=previous.slug if previous else "")
    except ThreadError as exc:
        form.add_error("public_id", str(exc))
        return False
    return True


def _rename(request, thread, form):
    if not form.is_valid():
        return False
    old = thread.title
    try:
        with transaction.atomic():
            rename_thread(thread, form.cleaned_data["title"])
            _record(request, "thread-renamed", thread, old_title=old)
    except ThreadError as exc:
        thread.title = old  # the page must not show the rejected title as current
        form.add_error("title", str(exc))
        return False
    return True


def _remove(request, thread, public_id):
    """An error message, or "" once the story is out of the thread."""
    try:
        with transaction.atomic():
            story = story_by_public_id(public_id)
            if not remove_story(thread, story):
                raise ThreadError("That story is not in this thread.")
            _record(request, "thread-story-removed", thread, story=story)
    except ThreadError as exc:
        return str(exc)
    return ""
