"""Who may do what to which story. Views ask here; groups hold the permissions."""

from dateline.desk.views import desk_page
from dateline.stories.actions import Actor, may_edit
from dateline.stories.models import Story

# The story desk's pages: any newsroom role (every role may submit stories).
# Refusals raised inside the view become the shell's 403 page.
staff_required = desk_page("newsroom.submit_story", desk="stories")


def perm_required(perm):
    return desk_page(perm, desk="stories")


def is_editor(user):
    return user.has_perm("newsroom.edit_any_story")


def owns(user, story):
    return story.created_by_id is not None and story.created_by_id == user.pk


def can_view(user, story):
    return is_editor(user) or owns(user, story)


def can_edit(user, story):
    """The rule SaveWorkingCopy enforces, for showing or hiding the editor."""
    return story.status != Story.Status.KILLED and may_edit(Actor(user), story)


def allowed_actions(user, story):
    """Workflow actions this user may take on this story now."""
    s, S = story.status, Story.Status
    actions = []
    if s == S.DRAFT and (is_editor(user) or (owns(user, story) and user.has_perm("newsroom.submit_story"))):
        actions.append("submit")
    if user.has_perm("newsroom.publish_story"):
        if s in (S.SUBMITTED, S.SCHEDULED):
            actions.append("return")
        if s in (S.DRAFT, S.SUBMITTED, S.SCHEDULED) and not story.live_id:
            actions += ["publish", "schedule", "embargo"]
        if s == S.PUBLISHED and not story.embargo_until:
            actions += ["update", "correct"]
    if user.has_perm("newsroom.kill_story") and s == S.PUBLISHED:
        actions.append("kill")
    return actions
