"""Workflow actions that cannot be undone take a second step that says what
will happen. The first POST (from the editor's workflow panel) shows the
confirmation; only a POST carrying `confirmed=yes` acts. No JavaScript needed."""

from django.urls import reverse

from dateline.desk.views import confirm_page, confirmed

KILL_CONSEQUENCES = [
    "Readers who open the story's address see “This story has been withdrawn.” and the reason below, "
    "instead of the story.",
    "It leaves the home page, section pages, the archive, search and the RSS and Atom feeds.",
    "Subscribers' API and feeds receive a kill notice for it.",
    "Its earlier versions and their comparisons stop being readable.",
    "This cannot be undone: a killed story can no longer be edited or published again.",
]


def needs_confirmation(request, action):
    return action == "kill" and not confirmed(request)


def confirm_kill(request, story, form):
    edit_url = reverse("newsroom:edit", args=[story.public_id])
    return confirm_page(
        request,
        title=f"Kill “{story.headline}”?",
        consequences=KILL_CONSEQUENCES,
        action_url=reverse("newsroom:workflow", args=[story.public_id]),
        button="Kill story",
        cancel_url=edit_url,
        hidden={"action": "kill"},
        form=form,
        fields=("reason",),
    )
