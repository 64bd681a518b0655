"""Story lifecycle signals. Search indexing, cache purging and feeds listen
here instead of being called from the publishing code."""

from django.dispatch import Signal

# sender=Story class; kwargs: story, version (StoryVersion or None)
story_published = Signal()  # a new public version went live (first, update, correction)
story_unpublished = Signal()  # the story left the public site or changed to a kill notice

# Sent after the transaction of every story action commits (create, save,
# submit, publish, schedule, embargo, release, kill...). kwargs: story,
# action (the audit name, e.g. "story.publish"), actor, detail (a dict).
story_changed = Signal()
