"""The count of new readers' feedback on the newsroom's live desk
(dateline.newsroom.live). Only the count: messages and addresses stay in
the inbox, behind its own permissions."""

from .models import Feedback


def waiting(user):
    return Feedback.objects.filter(status=Feedback.Status.NEW).count()


def add_to_live_desk():
    from dateline.newsroom.live import register_live_feed

    register_live_feed(
        "feedback", "New feedback", "feedback:inbox", permission="feedback.triage_feedback", count=waiting, order=30
    )
