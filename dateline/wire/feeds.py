"""RSS 2.0 and Atom feeds: all news and one per section, latest 50 stories.

Items carry the live version's fields; the guid/id is the story's URN, so an
update changes <updated> but never the identity readers' software tracks.
`?full=1` adds the full text (content:encoded in RSS, <content> in Atom).
The live version's published photos go out as Media RSS `media:content`
(lead first) with their caption and credit, in RSS and Atom alike.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Count, Max
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.xmlutils import SimplerXMLGenerator
from django.views.decorators.http import condition

from dateline.core.caching import LATEST, section_key, tag
from dateline.core.languages import to_bcp47, to_rss
from dateline.photos.models import Photo
from dateline.site.metadata import byline_text
from dateline.stories.models import Section, Story, StoryVersion

from . import pictures
from .ninjs import story_uri

MEDIA_RSS = "http://search.yahoo.com/mrss/"


def add_media(handler: SimplerXMLGenerator, item: dict[str, Any]) -> None:
    """Media RSS for each photo: media:content with media:title,
    media:description and media:credit inside. The SAX writer escapes every
    value (text and attributes alike)."""
    for photo, sent in item.get("photos") or ():
        attributes = {
            "url": sent.href,
            "medium": "image",
            "type": sent.content_type,
            "width": str(sent.width),
            "height": str(sent.height),
        }
        # Django's generator takes a plain dict, as its own feeds pass; its stubs ask for AttributesImpl.
        handler.startElement("media:content", attributes)  # type: ignore[arg-type]
        if photo.headline:
            handler.addQuickElement("media:title", photo.headline, {"type": "plain"})
        if photo.caption:
            handler.addQuickElement("media:description", photo.caption, {"type": "plain"})
        if photo.creator:
            handler.addQuickElement("media:credit", photo.creator, {"role": "photographer", "scheme": "urn:ebu"})
        if photo.credit_line:
            handler.addQuickElement("media:credit", photo.credit_line)
        if photo.copyright_notice:
            handler.addQuickElement("media:copyright", photo.copyright_notice)
        handler.endElement("media:content")


FEED_SIZE = 50


class FullTextRss(Rss201rev2Feed):
    def rss_attributes(self) -> dict[str, str]:
        return {
            **super().rss_attributes(),
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
            "xmlns:media": MEDIA_RSS,
        }

    def add_item_elements(self, handler: SimplerXMLGenerator, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content:encoded", item["content"])
        add_media(handler, item)


class FullTextAtom(Atom1Feed):
    def root_attributes(self) -> dict[Any, Any]:
        return {**super().root_attributes(), "xmlns:media": MEDIA_RSS}

    def add_item_elements(self, handler: SimplerXMLGenerator, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})
        add_media(handler, item)


def wants_full(request: HttpRequest) -> bool:
    return request.GET.get("full", "") in ("1", "true", "yes")


@dataclass
class Scope:
    """What one request asked for. The Feed instance is shared between
    threads, so per-request choices travel here, never on `self`."""

    section: Section | None
    full: bool
    path: str


@dataclass
class Item:
    """One story of a feed with what this request sends of it."""

    story: Story
    live: StoryVersion
    full: bool
    photos: list[tuple[Photo, pictures.Sent]]


class StoryFeed(Feed):
    feed_type = FullTextRss

    @property
    def language(self) -> str:  # type: ignore[override]  # Django reads it as an attribute or a property alike
        # The channel is in the site's language: RSS 2.0 writes the tag in
        # lower case ("en-us"), as its list of language codes does.
        return to_rss(settings.LANGUAGE_CODE)

    def get_object(self, request: HttpRequest, slug: str | None = None) -> Scope:
        return Scope(
            get_object_or_404(Section, slug=slug) if slug else None, wants_full(request), request.get_full_path()
        )

    def title(self, scope: Scope) -> str:
        name = settings.DATELINE_SITE_NAME
        return f"{name}: {scope.section.name}" if scope.section else f"{name}: all news"

    def link(self, scope: Scope) -> str:
        return settings.DATELINE_SITE_URL + (scope.section.get_absolute_url() if scope.section else "/")

    def description(self, scope: Scope) -> str:
        return f"The latest {FEED_SIZE} stories" + (f" in {scope.section.name}" if scope.section else "") + "."

    def feed_url(self, scope: Scope) -> str:
        return settings.DATELINE_SITE_URL + scope.path

    def author_name(self, scope: Scope) -> str:
        # Atom requires an author for the feed when entries may lack one.
        return settings.DATELINE_SITE_NAME

    def feed_guid(self, scope: Scope) -> str:
        return self.link(scope)

    def items(self, scope: Scope) -> list[Item]:
        stories = Story.objects.listed().select_related("live", "section").order_by("-first_published_at", "-id")
        if scope.section:
            stories = stories.filter(section=scope.section)
        listed = list(stories[:FEED_SIZE])
        photos = pictures.load(story.live for story in listed)
        items = []
        for story in listed:
            assert story.live is not None  # listed stories are published, so have a live version
            items.append(
                Item(
                    story,
                    story.live,
                    scope.full,
                    [
                        (photo, sent)
                        for photo in pictures.of_version(story.live, photos)
                        if (sent := pictures.for_feed(photo)) is not None
                    ],
                )
            )
        return items

    def item_title(self, item: Item) -> str:
        return (item.live.label + " " if item.live.label else "") + item.live.headline

    def item_description(self, item: Item) -> str:
        # RSS <description> and Atom <summary type="html"> are read as HTML;
        # the summary is plain text (a paragraph's unescaped text), so it is
        # escaped here or a paragraph reading "&lt;script&gt;" becomes markup.
        return html.escape(item.live.summary, quote=False)

    def item_link(self, item: Item) -> str:
        return settings.DATELINE_SITE_URL + item.story.get_absolute_url()

    def item_guid(self, item: Item) -> str:
        return story_uri(item.story)

    item_guid_is_permalink = False

    def item_pubdate(self, item: Item) -> datetime | None:
        return item.story.first_published_at

    def item_updateddate(self, item: Item) -> datetime | None:
        return item.live.published_at

    def item_author_name(self, item: Item) -> str | None:
        return byline_text(item.live.bylines) or None

    def item_categories(self, item: Item) -> list[str]:
        return [item.story.section.name, *[k for k in item.live.keywords if k]]

    def item_extra_kwargs(self, item: Item) -> dict[str, Any]:
        extra: dict[str, Any] = {"photos": item.photos}
        if item.full:
            extra["content"] = item.live.body_html
        return extra


class AtomStoryFeed(StoryFeed):
    feed_type = FullTextAtom  # type: ignore[assignment]  # Django types it as the RSS generator

    @property
    def language(self) -> str:  # type: ignore[override]  # as StoryFeed.language
        # Atom carries it as xml:lang, a BCP 47 tag.
        return to_bcp47(settings.LANGUAGE_CODE)

    def subtitle(self, scope: Scope) -> str:
        return self.description(scope)


def _state(request, slug=None):
    """One aggregate query per request (ETag and Last-Modified share it); a
    new version, a kill or an embargo lifting changes it."""
    if not hasattr(request, "_wire_feed_state"):
        stories = Story.objects.listed()
        if slug:
            stories = stories.filter(section__slug=slug)
        state = stories.aggregate(n=Count("id"), last=Max("last_published_at"), live=Max("live_id"))
        # A photo edited, published or withdrawn changes the items that show it.
        state["photos"] = Photo.objects.filter(status=Photo.Status.PUBLISHED).aggregate(
            n=Count("id"), last=Max("modified_at")
        )
        request._wire_feed_state = state
    return request._wire_feed_state


def _etag(request, slug=None):
    state = _state(request, slug)
    raw = f"{state['n']}|{state['last']}|{state['live']}|{state['photos']}|{wants_full(request)}|{request.path}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def _last_modified(request, slug=None):
    state = _state(request, slug)
    return max((t for t in (state["last"], state["photos"]["last"]) if t is not None), default=None)


def cached_feed(feed: Feed) -> Callable[..., HttpResponse]:
    conditional = condition(etag_func=_etag, last_modified_func=_last_modified)(feed)

    def view(request: HttpRequest, slug: str | None = None) -> HttpResponse:
        tag(request, LATEST, *([section_key(slug)] if slug else []))
        return conditional(request, slug=slug) if slug else conditional(request)

    return view


rss_all = cached_feed(StoryFeed())
atom_all = cached_feed(AtomStoryFeed())
rss_section = cached_feed(StoryFeed())
atom_section = cached_feed(AtomStoryFeed())
