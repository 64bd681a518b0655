"""What each change makes stale. Connected in EdgeConfig.ready()."""

import logging

from django.conf import settings
from django.urls import NoReverseMatch, reverse

from dateline.core.caching import MENU, PHOTOS, photo_files_key, photo_key, section_key, story_keys
from dateline.stories.models import Section, Story, StoryVersion

from .services import request_purge

logger = logging.getLogger(__name__)


def story_urls(story: Story, section_slug: str) -> list[str]:
    """Public URLs that show the story, for caches that purge by URL."""
    site = settings.DATELINE_SITE_URL
    paths = [
        story.get_absolute_url(),
        "/",
        f"/section/{section_slug}/",
        "/rss.xml",
        "/atom.xml",
        f"/section/{section_slug}/rss.xml",
        f"/section/{section_slug}/atom.xml",
        "/sitemap.xml",
        "/news-sitemap.xml",
        f"/sitemap-{section_slug}.xml",
    ]
    try:
        paths.append(reverse("history:history", args=[story.public_id]))
    except NoReverseMatch:  # the public history is an optional app's
        pass
    return [site + path for path in paths]


def on_story_changed(sender: object, story: Story, version: StoryVersion | None = None, **kwargs: object) -> None:
    """Publish, update, correction, kill, embargo release: purge every page
    that shows the story. Never raises: a publish must not fail for a cache."""
    try:
        slug = story.section.slug
        request_purge(
            story_keys(story, version, slug),
            story_urls(story, slug),
            reason=f"{story.public_id} {getattr(version, 'kind', '')}".strip(),
        )
    except Exception:
        logger.exception("could not purge the caches for %s", getattr(story, "public_id", story))


def on_section_changed(sender: object, instance: Section, **kwargs: object) -> None:
    """A section renamed, added or removed: every page's menu is stale."""
    try:
        site = settings.DATELINE_SITE_URL
        request_purge(
            [MENU, section_key(instance.slug)],
            [site + "/", f"{site}/section/{instance.slug}/"],
            reason=f"section {instance.slug}",
        )
    except Exception:
        logger.exception("could not purge the caches for section %s", instance.slug)


def on_photo_changed(
    sender: object,
    photo: object = None,
    action: str = "",
    gone: list[str] | None = None,
    public: bool | None = None,
    **kwargs: object,
) -> None:
    """A photo edited, published, withdrawn or re-cropped: purge every page
    showing it (tagged with its key: its own page, articles, cards, history)
    and the photo lists (feed, archive search). A withdrawal also purges the
    rendition files (`gone`: by their key and their URLs), which caches keep
    for a year otherwise. A change to a photo no public page shows (a draft's
    new renditions or focal point: `public` is False) makes nothing in the
    caches stale and purges nothing. Never raises."""
    if photo is None or (public is False and not gone):
        return
    public_id = getattr(photo, "public_id", "")
    try:
        site = settings.DATELINE_SITE_URL
        urls = []
        try:
            urls = [site + reverse("photos_public:photo", args=[public_id]), site + reverse("photos_public:feed")]
        except NoReverseMatch:  # the public photo pages are an optional app's
            pass
        keys = [photo_key(photo.pk), PHOTOS]  # type: ignore[attr-defined]
        if gone:
            keys.append(photo_files_key(public_id))
            urls += [site + url if url.startswith("/") else url for url in gone]
        request_purge(keys, urls, reason=f"photo {public_id} {action}".strip())
    except Exception:
        logger.exception("could not purge the caches for photo %s", public_id)
