"""Writing and editing stories: the editor, autosave, preview, presence, revisions."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_http_methods, require_POST

from dateline.core.diff import body_diff_text, word_diff
from dateline.core.params import parse_int
from dateline.core.timefmt import ap_date, to_newsroom
from dateline.site.metadata import byline_text
from dateline.stories.actions import CreateStory, EditConflict, RestoreRevision, SaveWorkingCopy
from dateline.stories.models import Story, StoryVersion
from dateline.stories.services import StoryError, compose_dateline, render_body, summarize

from .. import editor_parts
from ..forms import NewStoryForm, StoryForm, WorkflowForm, body_to_text
from ..models import DeskSettings
from ..permissions import allowed_actions, can_edit, can_view, perm_required, staff_required
from .common import actor, presence_for, render, touch_presence


def get_story(request, public_id, edit=False):
    story = get_object_or_404(Story.objects.select_related("section", "live", "created_by"), public_id=public_id)
    if not can_view(request.user, story):
        raise PermissionDenied("This story is not yours to open.")
    if edit and not can_edit(request.user, story):
        raise PermissionDenied("Your role does not allow editing this story now.")
    return story


def composed_dateline(story, when=None):
    """The dateline as readers will see it; unpublished stories show today's date."""
    when = when or to_newsroom(timezone.now()).date()
    return compose_dateline(
        story.dateline_city, story.dateline_country, when, story.dateline_agency or settings.DATELINE_AGENCY
    )


def editor_context(request, story, form, **extra):
    dateline_date = to_newsroom(story.first_published_at).date() if story.first_published_at else None
    context = {
        "story": story,
        "form": form,
        "can_edit": can_edit(request.user, story),
        "actions": allowed_actions(request.user, story),
        "workflow_form": WorkflowForm(),
        "dateline_text": composed_dateline(story, dateline_date),
        # Published stories keep their first publication's date; the script uses it.
        "dateline_date_text": ap_date(dateline_date.month, dateline_date.day) if dateline_date else "",
        "agency_text": story.dateline_agency or settings.DATELINE_AGENCY,
        "others": presence_for([story.pk], exclude_user=request.user).get(story.pk, []),
        "revisions": story.revisions.select_related("created_by")[:10],
        "now": timezone.now(),
        "autosave_ms": int(getattr(settings, "NEWSROOM_AUTOSAVE_SECONDS", 20) * 1000),
        # What other apps add to the form (the story's photos).
        "editor_parts": editor_parts.contexts(request, story) if can_edit(request.user, story) else [],
    }
    context.update(extra)
    return context


def new_story_form(request, data=None):
    own_byline = getattr(request.user, "author", None)
    desk = DeskSettings.current()
    form = NewStoryForm(
        data,
        initial={
            "staff_bylines": [own_byline.pk] if own_byline else [],
            "section": desk.default_section_id,
            "urgency": desk.default_urgency,
        },
    )
    return form, desk


def create_from(request, form, desk, extra):
    """The draft a valid New story form describes, with what the editor's
    parts read (its photos), through the story action (one transaction,
    audited): the first revision holds all of it."""
    values = {**form.working_copy(), **extra}
    section = form.cleaned_data["section"]
    values.pop("section_id")
    body = values.pop("body")
    # The credit is fixed when the story is created, so a later
    # change of settings does not rewrite published datelines.
    return CreateStory(
        actor=actor(request), section=section, body=body, markup=True, dateline_agency=desk.agency_credit, **values
    ).execute()


def as_typed(form, refusals):
    """The New story form showing what was typed without judging it yet: a
    part's button (a photo added before the headline is written) is not a
    request to create the draft, so only the part's own refusals are shown."""
    typed = {
        name: field.widget.value_from_datadict(form.data, form.files, form.add_prefix(name))
        for name, field in form.fields.items()
    }
    shown = NewStoryForm(initial=typed)
    shown.cleaned_data = {}  # an unbound form cleans nothing; add_error() expects the dict
    for refusal in refusals:
        shown.add_error(None, refusal)
    return shown


@require_http_methods(["GET", "POST"])
@perm_required("newsroom.submit_story")
def new_story(request):
    form, desk = new_story_form(request, request.POST or None)
    # The parts read and show a story not yet written: nothing of it is stored.
    blank = Story()
    if request.method == "POST":
        extra, refusals = editor_parts.read_all(request.POST, blank)
        if editor_parts.pressed(request.POST):
            form = as_typed(form, refusals)
        else:
            for refusal in refusals:
                form.add_error(None, refusal)
            if form.is_valid():
                try:
                    story = create_from(request, form, desk, extra)
                except StoryError as error:
                    form.add_error(None, str(error))
                else:
                    messages.success(request, "Draft created.")
                    query = editor_parts.next_query(request.POST)
                    return redirect(reverse("newsroom:edit", args=[story.public_id]) + ("?" + query if query else ""))
    return render(
        request,
        "newsroom/new.html",
        {
            "form": form,
            "agency_text": desk.agency(),
            "autosave_ms": int(getattr(settings, "NEWSROOM_AUTOSAVE_SECONDS", 20) * 1000),
            "editor_parts": editor_parts.contexts(request, blank),
        },
        status=400 if form.errors else 200,
    )


@require_POST
@perm_required("newsroom.submit_story")
def new_autosave(request):
    """Autosave on the New story page: the first one creates the draft (with
    the photos chosen so far) and tells the page where the story now lives;
    later ones go to its autosave."""
    form, desk = new_story_form(request, request.POST)
    if not form.is_valid():
        if "headline" in form.errors:
            return JsonResponse(
                {"ok": False, "error": "Not saved yet: type a headline and the draft is saved by itself."}, status=400
            )
        return JsonResponse(
            {"ok": False, "error": "Not saved: " + "; ".join(f"{k}: {' '.join(v)}" for k, v in form.errors.items())},
            status=400,
        )
    extra, refusals = editor_parts.read_all(request.POST, Story())
    if refusals:
        return JsonResponse({"ok": False, "error": "Not saved: " + " ".join(refusals)}, status=400)
    try:
        story = create_from(request, form, desk, extra)
    except StoryError as error:
        return JsonResponse({"ok": False, "error": str(error)}, status=400)
    touch_presence(story, request.user)
    return JsonResponse(
        {
            "ok": True,
            "created": True,
            "public_id": story.public_id,
            "revision": story.revision,
            "saved_at": to_newsroom(story.modified_at).strftime("%H:%M:%S"),
            "edit": reverse("newsroom:edit", args=[story.public_id]),
            "autosave": reverse("newsroom:autosave", args=[story.public_id]),
            "heartbeat": reverse("newsroom:heartbeat", args=[story.public_id]),
        },
        status=201,
    )


@require_http_methods(["GET", "POST"])
@staff_required
def edit(request, public_id):
    story = get_story(request, public_id)
    if request.method == "GET":
        if can_edit(request.user, story):
            touch_presence(story, request.user)
        form = StoryForm(initial=StoryForm.initial_for(story))
        return render(request, "newsroom/edit.html", editor_context(request, story, form))
    if not can_edit(request.user, story):
        raise PermissionDenied("Your role does not allow editing this story now.")
    form = StoryForm(request.POST)
    extra, refusals = editor_parts.read_all(request.POST, story)
    for refusal in refusals:
        form.add_error(None, refusal)
    if not form.is_valid():
        return render(request, "newsroom/edit.html", editor_context(request, story, form), status=400)
    try:
        saved = SaveWorkingCopy(
            story,
            {**form.working_copy(), **extra},
            actor=actor(request),
            base_revision=form.cleaned_data["base_revision"],
        ).execute()
    except EditConflict as conflict:
        return conflict_response(request, story, form, conflict)
    except StoryError as error:
        form.add_error(None, str(error))
        return render(request, "newsroom/edit.html", editor_context(request, story, form), status=400)
    touch_presence(saved, request.user)
    messages.success(request, f"Saved as revision {saved.revision}.")
    query = editor_parts.next_query(request.POST)
    if query:
        return redirect(reverse("newsroom:edit", args=[saved.public_id]) + "?" + query)
    return redirect("newsroom:edit", saved.public_id)


def conflict_response(request, story, form, conflict):
    """Both texts side by side, and the editor pre-filled with yours on top of
    theirs: saving it again is the merge."""
    current = conflict.story
    mine = form.working_copy()
    theirs_text = body_to_text(current.body)
    mine_text = body_to_text(mine["body"])
    data = request.POST.copy()
    data["base_revision"] = str(current.revision)
    # The merge form is a plain textarea first: it holds the body as saved
    # from whichever editor sent it, and the rich editor reloads from it.
    data["body"] = mine_text
    data.pop("body_html", None)
    merge_form = StoryForm(data)
    merge_form.is_valid()
    return render(
        request,
        "newsroom/conflict.html",
        {
            "story": current,
            "conflict": conflict,
            "form": merge_form,
            "mine_headline": mine["headline"],
            "theirs_headline": current.headline,
            "mine_text": mine_text,
            "theirs_text": theirs_text,
            "diff": word_diff(body_diff_text(current.body), body_diff_text(mine["body"])),
            "headline_diff": word_diff(current.headline, mine["headline"]),
            "editor_parts": editor_parts.contexts(request, current),
        },
        status=409,
    )


@require_POST
@staff_required
def autosave(request, public_id):
    story = get_story(request, public_id)
    if not can_edit(request.user, story):
        return JsonResponse({"ok": False, "error": "Your role does not allow editing this story now."}, status=403)
    form = StoryForm(request.POST)
    extra, refusals = editor_parts.read_all(request.POST, story)
    if refusals:
        return JsonResponse({"ok": False, "error": "Not saved: " + " ".join(refusals)}, status=400)
    if not form.is_valid():
        return JsonResponse(
            {"ok": False, "error": "Not saved: " + "; ".join(f"{k}: {' '.join(v)}" for k, v in form.errors.items())},
            status=400,
        )
    try:
        saved = SaveWorkingCopy(
            story,
            {**form.working_copy(), **extra},
            actor=actor(request),
            base_revision=form.cleaned_data["base_revision"],
            autosave=True,
        ).execute()
    except EditConflict as conflict:
        return JsonResponse(
            {"ok": False, "conflict": True, "error": str(conflict), "revision": conflict.story.revision}, status=409
        )
    except StoryError as error:
        return JsonResponse({"ok": False, "error": str(error)}, status=400)
    touch_presence(saved, request.user)
    return JsonResponse(
        {"ok": True, "revision": saved.revision, "saved_at": to_newsroom(saved.modified_at).strftime("%H:%M:%S")}
    )


@require_POST
@staff_required
def heartbeat(request, public_id):
    story = get_story(request, public_id)
    if can_edit(request.user, story):
        touch_presence(story, request.user)
    others = presence_for([story.pk], exclude_user=request.user).get(story.pk, [])
    return JsonResponse({"ok": True, "others": others, "revision": story.revision})


@require_POST
@xframe_options_sameorigin
@staff_required
def preview(request, public_id):
    """The working copy in the public article design, unsaved."""
    story = get_story(request, public_id)
    form = StoryForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("The preview needs a headline and a valid form.")
    values = form.working_copy()
    # A part's value the person must correct (an unknown photo ID) is left
    # out of the preview; Save says what is wrong.
    extra, _refusals = editor_parts.read_all(request.POST, story)
    when = to_newsroom(story.first_published_at or timezone.now())
    agency = story.dateline_agency or settings.DATELINE_AGENCY
    dateline_text = compose_dateline(values["dateline_city"], values["dateline_country"], when.date(), agency)
    version = StoryVersion(
        story=story,
        number=0,
        headline=values["headline"],
        bylines=values["bylines"],
        body=values["body"],
        body_html=render_body(values["body"], dateline_text),
        summary=summarize(values["body"]),
        keywords=values["keywords"],
        published_at=when,
    )
    from django.shortcuts import render as plain_render

    response = plain_render(
        request,
        "newsroom/preview.html",
        {
            "story": story,
            "version": version,
            "section": form.cleaned_data["section"],
            "byline": byline_text(values["bylines"]),
            "dateline_text": dateline_text,
            **editor_parts.previews(extra),
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@require_http_methods(["GET"])
@staff_required
def revisions(request, public_id):
    story = get_story(request, public_id)
    page = Paginator(story.revisions.select_related("created_by"), 50).get_page(request.GET.get("page"))
    context = {
        "story": story,
        "page": page,
        "can_edit": can_edit(request.user, story),
        "a": request.GET.get("a", ""),
        "b": request.GET.get("b", ""),
    }
    if context["a"] or context["b"]:
        numbers = tuple(parse_int(context[k], 1) for k in "ab")
        numbers = () if None in numbers else numbers
        found = {r.number: r for r in story.revisions.filter(number__in=numbers)} if numbers else {}
        if not numbers or any(n not in found for n in numbers):
            context["error"] = f"Choose two revision numbers between 1 and {story.revision}."
            return render(request, "newsroom/revisions.html", context, status=400)
        ra, rb = found[numbers[0]], found[numbers[1]]
        context["compare"] = {
            "a": ra,
            "b": rb,
            "headline": word_diff(ra.data.get("headline", ""), rb.data.get("headline", "")),
            "body": word_diff(body_diff_text(ra.data.get("body", [])), body_diff_text(rb.data.get("body", []))),
        }
    return render(request, "newsroom/revisions.html", context)


@require_POST
@staff_required
def restore(request, public_id, number):
    story = get_story(request, public_id, edit=True)
    try:
        base = int(request.POST.get("base_revision", ""))
    except ValueError:
        return HttpResponseBadRequest("The form is missing the revision it was based on.")
    try:
        restored = RestoreRevision(story, number, actor=actor(request), base_revision=base).execute()
    except EditConflict as error:
        messages.error(request, str(error))
        return redirect("newsroom:revisions", story.public_id)
    except StoryError as error:
        if "no such revision" in str(error):
            raise Http404(str(error)) from None
        messages.error(request, str(error))
        return redirect("newsroom:revisions", story.public_id)
    messages.success(request, f"Revision {number} restored as revision {restored.revision}.")
    return redirect(reverse("newsroom:edit", args=[story.public_id]))
