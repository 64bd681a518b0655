"""Thread suggestions: finding them (`suggest`) and deciding them (`Decision`).

`dateline suggest-threads` calls `suggest()` then `save()`; the editors'
review page calls `Decision(...).execute()`. A suggestion is either "this
story belongs to thread T" or "these two stories go together" (accepting
the latter starts a thread, or joins the one either story is already in).
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from dateline.stories.models import Story

from .models import Thread, ThreadMembership, ThreadSuggestion
from .services import ThreadError, add_story, create_thread
from .similarity import Vectors, centroid, cosine, nearest, terms

THREAD_THRESHOLD = 0.45
PAIR_THRESHOLD = 0.50
MAX_CANDIDATES = 5000
MEMBERS_PER_THREAD = 20


class SuggestionError(ValueError):
    """A decision that cannot be made; the message is shown to the editor."""


@dataclass
class Found:
    story_id: int
    score: float
    thread_id: int | None = None
    related_id: int | None = None

    @property
    def key(self):
        if self.thread_id:
            return f"t:{self.story_id}:{self.thread_id}"
        low, high = sorted((self.story_id, self.related_id))
        return f"p:{low}:{high}"


@dataclass
class Corpus:
    """Stories as (id -> term counts) plus thread memberships."""

    candidates: dict
    members: dict = field(default_factory=dict)  # story id -> term counts
    threads: dict = field(default_factory=dict)  # thread id -> [story ids]


def _counts(rows):
    return {pk: terms(headline, body) for pk, headline, body in rows}


def load_corpus(days=14, now=None):
    now = now or timezone.now()
    listed = Story.objects.listed(now)
    fields = ("id", "live__headline", "live__body")
    candidate_rows = (
        listed.filter(first_published_at__gte=now - timedelta(days=days), thread_membership__isnull=True)
        .order_by("-first_published_at")
        .values_list(*fields)[:MAX_CANDIDATES]
    )
    corpus = Corpus(candidates=_counts(candidate_rows))
    active = Thread.objects.filter(updated_at__gte=now - timedelta(days=days * 4)).values_list("id", flat=True)
    for thread_id in active:
        rows = (
            listed.filter(thread_membership__thread_id=thread_id)
            .order_by("-first_published_at")
            .values_list(*fields)[:MEMBERS_PER_THREAD]
        )
        counts = _counts(rows)
        if counts:
            corpus.members.update(counts)
            corpus.threads[thread_id] = list(counts)
    return corpus


def suggest(corpus, thread_threshold=THREAD_THRESHOLD, pair_threshold=PAIR_THRESHOLD):
    """Each candidate story's best match: a thread if one is close enough,
    otherwise its most similar other candidate."""
    model = Vectors({**corpus.candidates, **corpus.members})
    vectors = model.vectors
    centroids = {tid: centroid([vectors[s] for s in ids]) for tid, ids in corpus.threads.items()}
    found, paired = [], set()
    candidate_vectors = {k: vectors[k] for k in corpus.candidates}
    peers = nearest(candidate_vectors)
    for story_id in corpus.candidates:
        vec = vectors[story_id]
        best = max(((cosine(vec, c), tid) for tid, c in centroids.items()), default=(0.0, None))
        if best[1] is not None and best[0] >= thread_threshold:
            found.append(Found(story_id, round(best[0], 4), thread_id=best[1]))
            continue
        peer = peers.get(story_id)
        if peer and peer[1] >= pair_threshold:
            pair = Found(max(story_id, peer[0]), round(peer[1], 4), related_id=min(story_id, peer[0]))
            if pair.key not in paired:
                paired.add(pair.key)
                found.append(pair)
    return found


def save(found):
    """Store new suggestions; ones already made (and perhaps decided) stay as they are."""
    existing = set(ThreadSuggestion.objects.filter(key__in=[f.key for f in found]).values_list("key", flat=True))
    new = [
        ThreadSuggestion(story_id=f.story_id, thread_id=f.thread_id, related_id=f.related_id, score=f.score, key=f.key)
        for f in found
        if f.key not in existing
    ]
    ThreadSuggestion.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


@dataclass
class Decision:
    """An editor accepting or dismissing a suggestion."""

    suggestion: ThreadSuggestion
    user: object
    action: str
    title: str = ""

    def check(self):
        if self.action not in ("accept", "dismiss"):
            return "Choose whether to accept or dismiss the suggestion."
        if self.suggestion.status != ThreadSuggestion.Status.PENDING:
            return "This suggestion has already been decided."
        if len(self.title.strip()) > 200:
            return "A thread title has at most 200 characters."
        return None

    def execute(self):
        problem = self.check()
        if problem:
            raise SuggestionError(problem)
        s = self.suggestion
        with transaction.atomic():
            if self.action == "accept":
                try:
                    self._accept(s)
                except ThreadError as exc:
                    raise SuggestionError(str(exc)) from None
            s.status = (
                ThreadSuggestion.Status.ACCEPTED if self.action == "accept" else ThreadSuggestion.Status.DISMISSED
            )
            s.decided_at = timezone.now()
            s.decided_by = self.user
            s.save(update_fields=["status", "decided_at", "decided_by"])
        return s

    def _accept(self, s):
        story = Story.objects.select_related("live").get(pk=s.story_id)
        if s.thread_id:
            add_story(s.thread, story, user=self.user)
            return
        related = Story.objects.select_related("live").get(pk=s.related_id)
        homes = dict(ThreadMembership.objects.filter(story__in=[story, related]).values_list("story_id", "thread_id"))
        if story.pk in homes and related.pk in homes:
            raise ThreadError("Both stories are already in threads.")
        if homes:
            thread = Thread.objects.get(pk=next(iter(homes.values())))
            add_story(thread, related if story.pk in homes else story, user=self.user)
            return
        title = self.title.strip() or (related.live.headline if related.live else related.headline)
        create_thread(title, user=self.user, stories=[related, story])
