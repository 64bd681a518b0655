"""The article page's feedback widget context. No database queries: the
article page is pinned to its budget, and the story and live version id are
already loaded. Nothing in it differs between readers, so the page can be
cached: no CSRF token and no submission token (see _form.html).

Being the same for every reader, the widget is rendered once per story
version and state and reused (`feedback_html`): its key is the whole widget
context, so anything added to it is part of the key."""

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from dateline.core.fragments import FragmentCache, frozen
from dateline.core.urls import fast_reverse
from dateline.site.hooks import article_context

from .models import Feedback


def _render_widget(feedback: dict) -> SafeString:
    return mark_safe(render_to_string("feedback/_widget.html", {"feedback": feedback}))


WIDGETS = FragmentCache(_render_widget, size=2048)


@receiver(setting_changed)
def _forget_widgets(**kwargs: object) -> None:
    # Static URLs and the like: only tests change settings in a running process.
    WIDGETS.clear()


@article_context
def feedback_widget(request, story):
    state = request.GET.get("feedback", "")
    feedback = {
        "action": fast_reverse("feedback:submit", story.public_id),
        "token_url": fast_reverse("feedback:tokens", story.public_id),
        "version_id": story.live_id,
        "token": "",
        "private": False,
        "values": {},
        "errors": {},
        "categories": Feedback.Category.choices,
        "open": state in ("open", "thanks"),
        "thanks": state == "thanks",
    }
    return {"feedback": feedback, "feedback_html": WIDGETS.get(frozen(feedback), feedback)}
