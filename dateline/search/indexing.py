"""Keeping the index in step with publishing.

The publishing code sends `story_published` / `story_unpublished` after its
transaction commits; `sync_story` then indexes the story if readers may list
it and removes it otherwise (killed, withdrawn, still under embargo). So a
publication, update, correction, kill or embargo release is searchable, or
gone, as soon as the signal is handled, with no periodic rebuild.
"""

import logging

from django.db.models import Max, Min

from dateline.stories.models import Story

from .backends import Document, get_backend
from .text import CATCH_ALL, author_tag, keyword_tag, plain, section_tag, segment

log = logging.getLogger(__name__)
# News copy says what the story is about in its first paragraphs.
LEAD_PARAGRAPHS = 2


def document_for(story_id, published_at, section_slug, headline, body, bylines, keywords, slugline, city):
    paragraphs = [plain(p) for p in body or []]
    body_text = " ".join(paragraphs)
    meta = " ".join([*(bylines or []), *(keywords or []), city or "", slugline or ""])
    tags = [CATCH_ALL, section_tag(section_slug)]
    tags += [author_tag(name) for name in bylines or [] if name.strip()]
    tags += [keyword_tag(kw) for kw in keywords or [] if kw.strip()]
    return Document(
        story_id=story_id,
        published_at=published_at,
        headline=segment(headline),
        body=segment(body_text),
        meta=segment(meta),
        tags=list(dict.fromkeys(tags)),
        lead=segment(" ".join(paragraphs[:LEAD_PARAGRAPHS])),
    )


def listed_rows():
    return (
        Story.objects.listed()
        .order_by("id")
        .values_list(
            "id",
            "first_published_at",
            "section__slug",
            "live__headline",
            "live__body",
            "live__bylines",
            "live__keywords",
            "live__slugline",
            "live__dateline_city",
        )
    )


def iter_documents(chunk_size=2000):
    """Every listed story as a document, read in primary-key ranges so a
    million stories never sit in memory at once. Ranges (not "the next N
    after id X") keep every chunk an index range scan on both databases."""
    bounds = Story.objects.aggregate(low=Min("id"), high=Max("id"))
    if bounds["low"] is None:
        return
    start = bounds["low"]
    while start <= bounds["high"]:
        rows = listed_rows().filter(id__gte=start, id__lt=start + chunk_size)
        for row in rows:
            yield document_for(*row)
        start += chunk_size


def sync_story(story_id, backend=None):
    backend = backend or get_backend()
    row = listed_rows().filter(id=story_id).first()
    if row is None:
        backend.remove(story_id)
        return False
    backend.index(document_for(*row))
    return True


def on_story_changed(sender, story=None, **kwargs):
    """Signal receiver. Search must never make publishing fail: the story is
    already committed, so an indexing error is logged for `dateline reindex`."""
    if story is None:
        return
    try:
        sync_story(story.pk)
    except Exception:
        log.exception("Could not update the search index for story %s; run `dateline reindex`.", story.pk)
