"""Story threads: the services that change them, and "More on this story".

Views, the admin and the suggestion review all call these functions so each
path gets the same checks and keeps the thread's cached timeline fresh.
"""

import logging
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from dateline.core.prepared import INT_SENTINEL, PreparedGet
from dateline.core.slugs import name_slug
from dateline.stories.models import Story

from .models import Thread, ThreadMembership

log = logging.getLogger(__name__)

RECENT_SIZE = 8
MORE_SIZE = 5


TITLE_MAX = 200
TITLE_MISSING = "A thread needs a title."
TITLE_TOO_LONG = f"A thread title has at most {TITLE_MAX} characters."
STORY_ID_MISSING = "Enter the story's public ID."


class ThreadError(ValueError):
    """A thread change that is not allowed; the message is shown to the editor."""


class AlreadyInThread(ThreadError):
    """The story follows another thread; `thread` is that one, so a caller can
    word its own advice without asking the database again."""

    def __init__(self, message, thread):
        super().__init__(message)
        self.thread = thread


def unique_slug(title):
    base = name_slug(title)[:100] or "thread"
    slug, n = base, 1
    while Thread.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def create_thread(title, *, description="", user=None, stories=()):
    title = " ".join((title or "").split())
    if not title:
        raise ThreadError(TITLE_MISSING)
    if len(title) > TITLE_MAX:
        raise ThreadError(TITLE_TOO_LONG)
    thread = Thread.objects.create(
        title=title, slug=unique_slug(title), description=description.strip(), created_by=user
    )
    for story in stories:
        add_story(thread, story, user=user, refresh=False)
    refresh_thread(thread)
    return thread


@transaction.atomic
def add_story(thread, story, *, user=None, move=False, refresh=True):
    """Put a story in a thread and return the thread it was in before (None
    if none; `thread` itself if it was already there, when nothing changes).
    A story follows one thread; moving it from another needs `move=True` so
    nobody re-files a story by accident (AlreadyInThread otherwise)."""
    if story.is_killed:
        raise ThreadError("This story was killed; only published stories can join a thread.")
    # Listed, not merely visible: a killed story shows readers a notice but
    # leaves every list, so it has no place on a timeline either.
    if not story.is_listed():
        raise ThreadError("Only published stories can join a thread.")
    current = ThreadMembership.objects.select_related("thread").filter(story=story).first()
    if current is None:
        previous = None
    elif current.thread_id == thread.pk:
        return thread
    elif not move:
        raise AlreadyInThread(f"This story is already in the thread “{current.thread.title}”.", current.thread)
    else:
        previous = current.thread
        current.delete()
    ThreadMembership.objects.create(thread=thread, story=story, added_by=user)
    if refresh:
        refresh_thread(thread)
        if previous:
            refresh_thread(previous)
    return previous


@transaction.atomic
def remove_story(thread, story):
    deleted, _ = ThreadMembership.objects.filter(thread=thread, story=story).delete()
    if deleted:
        refresh_thread(thread)
    return bool(deleted)


def thread_stories(thread):
    """The thread's listed stories, first to latest: its timeline."""
    return (
        Story.objects.listed()
        .filter(thread_membership__thread=thread)
        .select_related("live")
        .order_by("first_published_at", "id")
    )


def refresh_thread(thread):
    """Rebuild the cached newest stories that article pages show."""
    stories = list(
        thread_stories(thread)
        .order_by("-first_published_at", "-id")
        .values_list("public_id", "live__headline", "first_published_at")[:RECENT_SIZE]
    )
    thread.recent = [
        {"public_id": pid, "headline": headline, "published": when.isoformat()} for pid, headline, when in stories
    ]
    thread.story_count = Story.objects.listed().filter(thread_membership__thread=thread).count()
    thread.updated_at = timezone.now()
    thread.save(update_fields=["recent", "story_count", "updated_at"])


def refresh_for_story(story_id):
    """A member story was published, corrected or killed: its headline or its
    place in the timeline may have changed."""
    membership = ThreadMembership.objects.select_related("thread").filter(story_id=story_id).first()
    if membership:
        refresh_thread(membership.thread)


def on_story_changed(sender, story=None, **kwargs):
    """Signal receiver. Threads must never make publishing fail: the story is
    already committed, so an error is logged and the next change refreshes."""
    if story is None:
        return
    try:
        refresh_for_story(story.pk)
    except Exception:
        log.exception("Could not refresh the story threads of story %s.", story.pk)


def article_extras(request, story):
    """Article-page context: "More on this story" from the story's thread. At
    most one query: the story's unique thread membership row."""
    return more_on_this_story(story)


# Run on every article view: compiled once (see dateline.core.prepared).
MEMBERSHIP_LOOKUP = PreparedGet(
    lambda story_id: (
        ThreadMembership.objects.filter(story_id=story_id)
        .select_related("thread")
        .only("thread__title", "thread__slug", "thread__recent", "thread__story_count")
    ),
    sentinel=INT_SENTINEL,
)


def more_on_this_story(story):
    try:
        membership = MEMBERSHIP_LOOKUP.get(story.pk)
    except ThreadMembership.DoesNotExist:
        return {}
    thread = membership.thread
    more = [
        {**entry, "published": datetime.fromisoformat(entry["published"])}
        for entry in thread.recent
        if entry["public_id"] != story.public_id
    ][:MORE_SIZE]
    return {"story_thread": thread, "thread_more": more}


# The newsroom's thread desk (views/thread_manage.py) changes threads through
# these, so a title is checked the same way whether it is new or a rename.


def clean_title(title, *, exclude=None):
    """The title with runs of spaces collapsed, or ThreadError. Titles are
    unique (ignoring case) so editors can tell threads apart in the list."""
    title = " ".join((title or "").split())
    if not title:
        raise ThreadError(TITLE_MISSING)
    if len(title) > TITLE_MAX:
        raise ThreadError(TITLE_TOO_LONG)
    others = Thread.objects.filter(title__iexact=title)
    if exclude is not None:
        others = others.exclude(pk=exclude.pk)
    if others.exists():
        raise ThreadError(f"There is already a thread called “{title}”.")
    return title


@transaction.atomic
def start_thread(title, *, user=None):
    """A new, empty thread with a title no other thread has."""
    return create_thread(clean_title(title), user=user)


@transaction.atomic
def rename_thread(thread, title):
    """Change the title; the slug stays so links to the thread keep working."""
    thread.title = clean_title(title, exclude=thread)
    thread.save(update_fields=["title"])
    refresh_thread(thread)
    return thread


def story_by_public_id(public_id):
    """The story an editor named by its public ID, or ThreadError."""
    public_id = (public_id or "").strip()
    if not public_id:
        raise ThreadError(STORY_ID_MISSING)
    story = Story.objects.select_related("live").filter(public_id=public_id).first()
    if story is None:
        raise ThreadError(f"There is no story with the ID “{public_id}”.")
    return story
