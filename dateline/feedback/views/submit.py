"""The reader's side: one POST endpoint that answers both a plain form
(303 back to the article) and the widget's script (JSON).

The article page is the same for every reader, so a cache in front can serve
it: its form carries no CSRF token. The widget's script asks `tokens` for one
when the form opens. Without the script, the first send has no token; it
stores nothing and answers with the form again, the reader's text kept and
a token in it, asking them to press Send once more. A cross-site forgery
gets no further than that page."""

import functools
import logging

from django.db import DatabaseError
from django.http import Http404, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from dateline.core.ratelimit import check_rate
from dateline.stories.models import Story

from .. import conf
from ..forms import FeedbackForm, plain
from ..models import Feedback
from ..services import FeedbackError, Submission, client_hash, new_token

log = logging.getLogger(__name__)

THANKS = "Thanks for your feedback!"
CONFIRM = (
    "One more step: please check your feedback below and press Send again. "
    "(This page has no copy cached for everyone, so it can prove the message comes from you.)"
)
STALE = "Your feedback could not be sent because this page is out of date. Your text is kept: please send it again."
FIELDS = ("message", "email", "category", "paragraph", "quote")


class BodyTooLarge(Exception):
    pass


class CappedStream:
    """Reads at most `limit` bytes from the request body, for bodies whose
    length was not declared (chunked): more than that is refused, not buffered."""

    def __init__(self, stream, limit):
        self.stream, self.limit, self.seen = stream, limit, 0

    def read(self, size=-1):
        want = self.limit + 1 - self.seen if size is None or size < 0 else min(size, self.limit + 1 - self.seen)
        data = self.stream.read(max(want, 0)) if want > 0 else b""
        self.seen += len(data)
        if self.seen > self.limit:
            raise BodyTooLarge
        return data

    def close(self):
        close = getattr(self.stream, "close", None)
        if close:
            close()

    def readline(self, size=-1):
        data = self.stream.readline(self.limit + 1 - self.seen if size is None or size < 0 else size)
        self.seen += len(data)
        if self.seen > self.limit:
            raise BodyTooLarge
        return data


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def too_large(request):
    limit = conf.get("FEEDBACK_MAX_BODY_BYTES")
    text = (
        f"Your message is too large to send (the limit is {limit // 1024} KB). "
        "Please go back, shorten it and send it again."
    )
    if wants_json(request):
        return JsonResponse({"error": text}, status=413)
    return render(request, "feedback/too_large.html", {"text": text}, status=413)


def body_limited(view):
    """Refuse oversized bodies with 413 before anything reads them. Runs
    outside CSRF checking, which would otherwise parse the whole body first."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        limit = conf.get("FEEDBACK_MAX_BODY_BYTES")
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if declared > limit:
            return too_large(request)
        request._stream = CappedStream(request._stream, limit)
        try:
            return view(request, *args, **kwargs)
        except BodyTooLarge:
            return too_large(request)

    return csrf_exempt(wrapped)


def public_story(public_id):
    try:
        return Story.objects.public().select_related("live", "section").get(public_id=public_id)
    except Story.DoesNotExist:
        raise Http404("No such story.") from None


def typed_values(request):
    """What the reader typed, cleaned of control characters, to put back in the form."""
    values = {name: plain(request.POST.get(name, ""))[:20000] for name in FIELDS}
    values["token"] = request.POST.get("token", "")[:64]
    return values


def refuse(request, story, status, *, errors=None, problem="", retry_after=None, confirm=False):
    """The form again, with the reader's text and what went wrong."""
    errors = errors or {}
    if wants_json(request):
        payload = {"error": problem or "Please check the form.", "errors": errors}
        response = JsonResponse(payload, status=status)
    else:
        values = typed_values(request)
        if not values["token"] or status == 400 and "token" in errors:
            values["token"] = new_token()
        context = {
            "story": story,
            "problem": problem,
            "status": status,
            "confirm": confirm,
            "feedback": {
                "action": reverse("feedback:submit", args=[story.public_id]),
                "version_id": request.POST.get("version") or story.live_id,
                "token": values["token"],
                "values": values,
                "errors": {name: msgs for name, msgs in errors.items() if name != "__all__"},
                "categories": Feedback.Category.choices,
                "open": True,
                "private": True,
            },
        }
        response = render(request, "feedback/form_page.html", context, status=status)
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response


def accepted(request, story, feedback, created):
    if wants_json(request):
        return JsonResponse(
            {"ok": True, "message": THANKS, "created": created, "token": new_token()}, status=201 if created else 200
        )
    return redirect(story.get_absolute_url() + "?feedback=thanks#feedback", permanent=False)


_CSRF = CsrfViewMiddleware(lambda request: None)


def csrf_problem(request):
    """None when the POST passes Django's CSRF check, else its 403 response."""
    return _CSRF.process_view(request, None, (), {})


@require_safe
@never_cache
def tokens(request, public_id):
    """The per-reader tokens the cached article's form lacks: a CSRF token (and
    its cookie) and a fresh submission token. Never cached."""
    public_story(public_id)
    return JsonResponse({"csrf": get_token(request), "token": new_token()})


@body_limited
def submit(request, public_id):
    story = public_story(public_id)
    if request.method != "POST":
        return redirect(story.get_absolute_url() + "?feedback=open#feedback")
    forbidden = csrf_problem(request)
    # Sent from the cached page without its script: checked like any send,
    # so mistakes show at once, but stored only when sent again with a token.
    unconfirmed = forbidden is not None and not wants_json(request) and "csrfmiddlewaretoken" not in request.POST
    if forbidden is not None and not unconfirmed:
        if wants_json(request):
            return JsonResponse({"error": STALE, "errors": {}}, status=403)
        return forbidden
    if request.POST.get("leave_blank"):
        return refuse(
            request,
            story,
            400,
            problem=(
                "Your message was not sent because a field meant to stay empty was filled in. "
                "Please clear it and send again."
            ),
        )

    data = request.POST
    if unconfirmed and not data.get("token"):
        data = data.copy()
        data["token"] = new_token()  # the cached page has none to give
    form = FeedbackForm(data)
    if not form.is_valid():
        # Not counted against the rate limit: a reader correcting a typo in
        # their email should not run out of tries.
        errors = {name: [str(e) for e in errs] for name, errs in form.errors.items()}
        hidden = [msg for name in ("version", "token", "paragraph", "quote", "__all__") for msg in errors.pop(name, [])]
        problem = "Your feedback was not sent. " + (hidden[0] if hidden else "Please correct the marked fields.")
        if hidden:
            errors.setdefault("__all__", hidden[:1])
        return refuse(request, story, 400, errors=errors, problem=problem)

    if unconfirmed:
        return refuse(request, story, 200, problem=CONFIRM, confirm=True)

    try:
        return store(request, story, form)
    except DatabaseError:
        # The database refused the write (read-only, full, down): the reader
        # gets the form back with every word they typed, never a bare 500.
        log.exception("feedback on %s could not be stored", story.public_id)
        return refuse(
            request,
            story,
            503,
            retry_after=60,
            problem=(
                "Your feedback could not be saved just now because of a problem on our side. "
                "Your text is kept below: please send it again in a few minutes."
            ),
        )


def store(request, story, form):
    token = form.cleaned_data["token"]
    replay = Feedback.objects.filter(submission_token=token, story=story).only("message", "story").first()
    if replay is not None and replay.message == form.cleaned_data["message"]:
        # A retry of a message already stored: answer as the first time.
        return accepted(request, story, replay, False)

    who = client_hash(request)
    decision = check_rate("feedback", who, conf.get("FEEDBACK_RATES"), ceiling=conf.get("FEEDBACK_SITE_RATE"))
    if not decision.allowed:
        minutes = max(1, round(decision.retry_after / 60))
        wait = f"{decision.retry_after} seconds" if decision.retry_after < 90 else f"about {minutes} minutes"
        return refuse(
            request,
            story,
            429,
            retry_after=decision.retry_after,
            problem=(
                f"We have received a lot of feedback just now, so yours was not sent yet. "
                f"Your text is kept below: please send it again in {wait}."
            ),
        )

    data = form.cleaned_data
    submission = Submission(
        story=story,
        version_id=data["version"],
        message=data["message"],
        category=data["category"],
        token=data["token"],
        email=data["email"],
        paragraph=data["paragraph"],
        quote=data["quote"],
        client_hash=who,
    )
    try:
        feedback, created = submission.execute()
    except FeedbackError as exc:
        return refuse(
            request, story, 400, errors={"__all__": [str(exc)]}, problem="Your feedback was not sent. " + str(exc)
        )
    return accepted(request, story, feedback, created)
