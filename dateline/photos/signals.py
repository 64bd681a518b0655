"""Photo signals. Pages, caches, search and the wire listen here instead of
being called from the photo code."""

from django.dispatch import Signal

# Sent after the transaction of every photo change commits (add, edit,
# publish, withdraw, focal point) and when a photo's renditions are made.
# sender=Photo class; kwargs: photo, action (the audit name, e.g.
# "photo.publish", or "photo.renditions"), actor (None for renditions),
# public (whether any public page, a published story's or the photo's own,
# showed the photo before the change or shows it after: a draft's changes
# leave every public page as it was).
# "photo.withdraw" also sends `gone`: the URLs of the rendition files just
# deleted. Caches in front keep those for a year (their names are
# immutable), so a receiver that purges caches must purge these URLs too.
photo_changed = Signal()
