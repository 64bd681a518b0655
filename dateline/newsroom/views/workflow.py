"""Workflow actions from the editor page: submit, return, publish, schedule,
embargo, update, correct, kill. Each maps to one action class in
dateline.stories.actions; a refusal by role is the desk's 403, a refusal by
the story's state is shown on the editor with what was typed kept."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from dateline.core.timefmt import display_time
from dateline.stories import actions
from dateline.stories.services import StoryError

from ..forms import StoryForm, WorkflowForm
from ..permissions import allowed_actions, staff_required
from .common import actor, render
from .confirm import confirm_kill, needs_confirmation
from .editor import editor_context, get_story


def _build(name, story, data, who):
    """The action the form asked for, and what to tell the editor once it is done."""
    if name == "submit":
        return actions.Submit(story, actor=who), lambda r: "Submitted to the editors."
    if name == "return":
        return actions.ReturnToDraft(story, actor=who), lambda r: "Returned to draft."
    if name in ("publish", "update", "correct"):
        cls = {"publish": actions.Publish, "update": actions.Update, "correct": actions.Correct}[name]
        extra = {"correction": data["correction"]} if name == "correct" else {}
        return (
            cls(story, actor=who, label=data["label"], **extra),
            lambda v: f"Published as version {v.number} ({v.get_kind_display().lower()}).",
        )
    if name == "schedule":
        return (
            actions.Schedule(story, data["when"], actor=who),
            lambda s: f"Scheduled for {display_time(s.scheduled_at)}.",
        )
    if name == "embargo":
        return (
            actions.Embargo(story, data["when"], actor=who, label=data["label"]),
            lambda v: f"Embargoed until {display_time(data['when'])}; it goes live then.",
        )
    if name == "kill":
        return actions.Kill(story, data["reason"], actor=who), lambda v: "Killed. The public page now shows the notice."
    raise PermissionDenied  # pragma: no cover - the form only allows the actions above


@require_POST
@staff_required
def act(request, public_id):
    story = get_story(request, public_id)
    form = WorkflowForm(request.POST)
    if not form.is_valid():
        return _refuse(request, story, form, "Choose an action.")
    name = form.cleaned_data["action"]
    if name not in allowed_actions(request.user, story):
        raise PermissionDenied("Your role does not allow this action on this story now.")
    if needs_confirmation(request, name):
        return confirm_kill(request, story, form)
    action, done = _build(name, story, form.cleaned_data, actor(request))
    try:
        result = action.execute()
    except StoryError as error:
        return _refuse(request, story, form, str(error))
    messages.success(request, done(result))
    return redirect("newsroom:edit", story.public_id)


def _refuse(request, story, workflow_form, message):
    """Show the editor again with the problem, keeping what was typed."""
    story.refresh_from_db()
    context = editor_context(
        request,
        story,
        StoryForm(initial=StoryForm.initial_for(story)),
        workflow_form=workflow_form,
        workflow_error=message,
    )
    return render(request, "newsroom/edit.html", context, status=400)
