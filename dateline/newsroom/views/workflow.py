"""Workflow actions from the editor page: submit, publish, schedule, embargo,
update, correct, kill. Each maps to one function in dateline.stories.workflow."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from dateline.core.timefmt import display_time
from dateline.stories import workflow
from dateline.stories.models import StoryVersion
from dateline.stories.services import StoryError

from ..forms import StoryForm, WorkflowForm
from ..permissions import allowed_actions, staff_required
from .common import actor, render
from .confirm import confirm_kill, needs_confirmation
from .editor import editor_context, get_story


@require_POST
@staff_required
def act(request, public_id):
    story = get_story(request, public_id)
    form = WorkflowForm(request.POST)
    if not form.is_valid():
        return _refuse(request, story, form, "Choose an action.")
    action = form.cleaned_data["action"]
    if action not in allowed_actions(request.user, story):
        raise PermissionDenied("Your role does not allow this action on this story now.")
    if needs_confirmation(request, action):
        return confirm_kill(request, story, form)
    data, who = form.cleaned_data, actor(request)
    try:
        if action == "submit":
            workflow.submit(story, actor=who)
            done = "Submitted to the editors."
        elif action == "return":
            workflow.return_to_draft(story, actor=who)
            done = "Returned to draft."
        elif action in ("publish", "update", "correct"):
            kind = {"publish": "", "update": StoryVersion.Kind.UPDATE,
                    "correct": StoryVersion.Kind.CORRECTION}[action]
            version = workflow.publish(story, actor=who, kind=kind, label=data["label"],
                                       correction=data["correction"] if action == "correct" else "")
            done = f"Published as version {version.number} ({version.get_kind_display().lower()})."
        elif action == "schedule":
            story = workflow.schedule(story, data["when"], actor=who)
            done = f"Scheduled for {display_time(story.scheduled_at)}."
        elif action == "embargo":
            workflow.embargo(story, data["when"], actor=who, label=data["label"])
            done = f"Embargoed until {display_time(data['when'])}; it goes live then."
        elif action == "kill":
            workflow.kill(story, data["reason"], actor=who)
            done = "Killed. The public page now shows the notice."
        else:  # pragma: no cover - the form only allows the actions above
            raise PermissionDenied
    except StoryError as error:
        return _refuse(request, story, form, str(error))
    messages.success(request, done)
    return redirect("newsroom:edit", story.public_id)


def _refuse(request, story, workflow_form, message):
    """Show the editor again with the problem, keeping what was typed."""
    story.refresh_from_db()
    context = editor_context(request, story, StoryForm(initial=StoryForm.initial_for(story)),
                             workflow_form=workflow_form, workflow_error=message)
    return render(request, "newsroom/edit.html", context, status=400)
