"""The article page's feedback widget context. No database queries: the
article page is pinned to its budget, and the story and live version id are
already loaded."""

from dateline.core.urls import fast_reverse
from dateline.site.hooks import article_context

from .models import Feedback
from .services import new_token


@article_context
def feedback_widget(request, story):
    state = request.GET.get("feedback", "")
    return {
        "feedback": {
            "action": fast_reverse("feedback:submit", story.public_id),
            "version_id": story.live_id,
            "token": new_token(),
            "values": {},
            "errors": {},
            "categories": Feedback.Category.choices,
            "open": state in ("open", "thanks"),
            "thanks": state == "thanks",
        }
    }
