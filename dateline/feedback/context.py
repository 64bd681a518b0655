"""The article page's feedback widget context. No database queries: the
article page is pinned to its budget, and the story and live version id are
already loaded. Nothing in it differs between readers, so the page can be
cached: no CSRF token and no submission token (see _form.html)."""

from dateline.core.urls import fast_reverse
from dateline.site.hooks import article_context

from .models import Feedback


@article_context
def feedback_widget(request, story):
    state = request.GET.get("feedback", "")
    return {
        "feedback": {
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
    }
