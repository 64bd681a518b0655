"""The shell's one signal. Desk pages announce what they changed; the audit
log (dateline.newsroom) listens, so no app imports another's audit code.
Receivers run synchronously, inside the caller's transaction, so the record
and the change commit or roll back together."""

from django.dispatch import Signal

# Sent with: request, action (e.g. "thread-created"), story (or None), detail (dict).
desk_action = Signal()
