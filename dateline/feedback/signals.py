"""Feedback signals, sent after the transaction commits. Notifications (an
email to the desk, a chat message) connect here; the submission code never
calls them."""

from django.dispatch import Signal

# sender=Feedback class; kwargs: feedback
feedback_received = Signal()
# sender=Feedback class; kwargs: feedback, user, events (list of FeedbackEvent)
feedback_triaged = Signal()
