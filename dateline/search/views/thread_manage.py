"""The thread desk: editors create threads, rename them and add or remove
stories. Every change goes through the services in ..threads (which keep the
cached "More on this story" list fresh) and is written to the audit log in
the same transaction, so a change is never recorded without happening."""

from django.contrib.auth.decorators import login_required, permission_required
from django.db import transaction
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from dateline.core.ratelimit import rate_limited
from dateline.newsroom import audit
from dateline.site.views import all_sections

from ..models import Thread, ThreadMembership
from ..threads import (
    ThreadError,
    add_story,
    remove_story,
    rename_thread,
    start_thread,
    story_by_public_id,
)
from .threads import reviewer_key

# Same budget as the suggestion review: generous for a busy desk, but a
# runaway script cannot flood the audit log.
RATE = "60/m"


def _record(request, action, thread, story=None, **detail):
    audit.record(action, user=request.user, story=story, ip=audit.client_ip(request), via="desk",
                 thread=thread.slug, title=thread.title, **detail)


@login_required
@permission_required("search.add_thread", raise_exception=True)
@require_http_methods(["GET", "HEAD", "POST"])
@rate_limited("thread-manage", RATE, key=reviewer_key)
def manage_index(request):
    form = {"title": "", "error": ""}
    if request.method == "POST":
        form["title"] = request.POST.get("title", "")
        try:
            with transaction.atomic():
                thread = start_thread(form["title"], user=request.user)
                _record(request, "thread-created", thread)
        except ThreadError as exc:
            form["error"] = str(exc)
        else:
            return redirect("search:thread_manage_detail", thread.slug)
    threads = Thread.objects.order_by("-updated_at", "-pk")[:200]
    return render(request, "search/thread_manage.html", {
        "sections": all_sections(), "threads": threads, "form": form,
    }, status=400 if form["error"] else 200)


ACTIONS = ("add", "remove", "rename")


@login_required
@permission_required("search.change_thread", raise_exception=True)
@require_http_methods(["GET", "HEAD", "POST"])
@rate_limited("thread-manage", RATE, key=reviewer_key)
def manage_thread(request, slug):
    thread = get_object_or_404(Thread, slug=slug)
    add = {"public_id": "", "move": False, "error": ""}
    rename = {"title": thread.title, "error": ""}
    remove_error = ""
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            with transaction.atomic():
                if action == "add":
                    add["public_id"] = request.POST.get("public_id", "")
                    add["move"] = request.POST.get("move") == "1"
                    _add(request, thread, add["public_id"], add["move"])
                elif action == "remove":
                    _remove(request, thread, request.POST.get("story", ""))
                elif action == "rename":
                    rename["title"] = request.POST.get("title", "")
                    old = thread.title
                    rename_thread(thread, rename["title"])
                    _record(request, "thread-renamed", thread, old_title=old)
                else:
                    remove_error = "Unknown action."
        except ThreadError as exc:
            thread.refresh_from_db()  # a failed rename must not show the rejected title as current
            {"add": add, "rename": rename}.get(action, {})["error"] = str(exc)
            if action == "remove":
                remove_error = str(exc)
        if not (add["error"] or rename["error"] or remove_error):
            return redirect("search:thread_manage_detail", thread.slug)
    members = (ThreadMembership.objects.filter(thread=thread).select_related("story__live")
               .order_by(F("story__first_published_at").asc(nulls_last=True), "story_id"))
    return render(request, "search/thread_manage_detail.html", {
        "sections": all_sections(), "thread": thread, "members": members,
        "add": add, "rename": rename, "remove_error": remove_error,
    }, status=400 if (add["error"] or rename["error"] or remove_error) else 200)


def _add(request, thread, public_id, move):
    story = story_by_public_id(public_id)
    current = ThreadMembership.objects.select_related("thread").filter(story=story).first()
    if current and current.thread_id == thread.pk:
        raise ThreadError("This story is already in this thread.")
    if current and not move:
        raise ThreadError(f"This story is already in the thread “{current.thread.title}”. "
                          "Tick “Move it from its current thread” to move it here.")
    add_story(thread, story, user=request.user, move=move)
    _record(request, "thread-story-added", thread, story=story,
            moved_from=current.thread.slug if current else "")


def _remove(request, thread, public_id):
    story = story_by_public_id(public_id)
    if not remove_story(thread, story):
        raise ThreadError("That story is not in this thread.")
    _record(request, "thread-story-removed", thread, story=story)
