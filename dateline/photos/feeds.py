"""The photo feed for subscribers: RSS 2.0 of the newest published photos,
each with Media RSS `media:content` (the largest JPEG rendition), its
description and credit. Built on Django's syndication framework, whose XML
writer escapes every text and attribute."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.utils.feedgenerator import Rss201rev2Feed

from dateline.core.caching import PHOTOS, tag
from dateline.core.languages import to_rss

from . import renditions
from .display import SHOWN_FIELDS, absolute_url, caption_with_credit
from .models import Photo

FEED_SIZE = 50
MEDIA_NS = "http://search.yahoo.com/mrss/"


class MediaRss(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        media = item.get("media")
        if not media:
            return
        handler.startElement(
            "media:content",
            {
                "url": media["url"],
                "type": media["type"],
                "medium": "image",
                "width": str(media["width"]),
                "height": str(media["height"]),
            },
        )
        handler.addQuickElement("media:title", item["title"])
        if media["description"]:
            handler.addQuickElement("media:description", media["description"])
        if media["credit"]:
            handler.addQuickElement("media:credit", media["credit"])
        if media["copyright"]:
            handler.addQuickElement("media:copyright", media["copyright"])
        if media["alt"]:
            handler.addQuickElement("media:text", media["alt"])
        handler.endElement("media:content")


class PhotoFeed(Feed):
    feed_type = MediaRss

    @property
    def language(self):
        return to_rss(settings.LANGUAGE_CODE)

    def title(self):
        return f"{settings.DATELINE_SITE_NAME}: photos"

    def link(self):
        return settings.DATELINE_SITE_URL + "/photos/"

    def feed_url(self):
        return settings.DATELINE_SITE_URL + "/photos/rss.xml"

    def description(self):
        return f"The latest {FEED_SIZE} published photos."

    def items(self):
        return list(Photo.objects.public().only(*SHOWN_FIELDS).order_by("-published_at", "-id")[:FEED_SIZE])

    def item_title(self, photo):
        return photo.headline or (photo.caption[:100] + ("…" if len(photo.caption) > 100 else ""))

    def item_description(self, photo):
        # <description> is read as HTML: the caption is plain text, so it is
        # escaped once here (and the XML writer escapes it again as text).
        from django.utils.html import escape

        return escape(caption_with_credit(photo.caption, photo.credit_line or photo.creator))

    def item_link(self, photo):
        from django.urls import reverse

        return settings.DATELINE_SITE_URL + reverse("photos_public:photo", args=[photo.public_id])

    def item_guid(self, photo):
        return photo.uri

    item_guid_is_permalink = False

    def item_pubdate(self, photo):
        return photo.published_at

    def item_author_name(self, photo):
        return photo.creator or None

    def item_categories(self, photo):
        return [k for k in photo.keywords or [] if isinstance(k, str) and k]

    def item_extra_kwargs(self, photo):
        best = renditions.largest(photo, "original", "jpeg")
        if not best:
            return {}
        return {
            "media": {
                "url": absolute_url(best["url"]),
                "type": best.get("mime_type", "image/jpeg"),
                "width": best["width"],
                "height": best["height"],
                "description": photo.caption,
                "credit": photo.credit_line or photo.creator,
                "copyright": photo.copyright_notice,
                "alt": photo.alt_text,
            }
        }


_feed = PhotoFeed()


def photo_feed(request: HttpRequest) -> HttpResponse:
    # Every change to a photo purges PHOTOS with the photo's own key.
    tag(request, PHOTOS)
    return _feed(request)
