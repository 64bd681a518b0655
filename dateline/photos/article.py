"""The article page's photos: registered with the site's article context
hook in PhotosConfig.ready(), so the article view names no photo code.

At most one query, and only when the live version has photos: the ids come
from the version already loaded, the photos in one compiled query
(dateline.photos.shown). The lead figure, the gallery, the social tags and
the JSON-LD images are made once per state of the photos they show and
reused (dateline.core.fragments): the key is everything they are drawn
from (`ShownPhoto.state`), so they are never stale.
"""

from __future__ import annotations

from typing import Any

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest
from django.template import engines
from markupsafe import Markup

from dateline.core.caching import photo_keys, tag
from dateline.core.fragments import FragmentCache
from dateline.stories.models import Story

from .display import jsonld_images, og_image, pictures, public_photos
from .shown import ShownPhoto


def render_macro(macro: str, *args: Any) -> Markup:
    """A macro of photos/_macros.html rendered as markup (the article's figures)."""
    module = engines["jinja2"].env.get_template("photos/_macros.html").module  # type: ignore[attr-defined]
    return Markup(getattr(module, macro)(*args))


@receiver(setting_changed)
def _forget(**kwargs: object) -> None:
    _ARTICLES.clear()


def article_photos(request: HttpRequest, story: Story) -> dict:
    version = story.live
    ids = [] if version is None or story.is_killed else list(version.photos or [])
    if not ids:
        return {}
    # Tagged with every photo the version names, shown or not: publishing a
    # photo that was still a draft, or withdrawing one, purges this page.
    tag(request, *photo_keys(ids))
    photos = public_photos(ids)
    shown = [photos[pk] for pk in dict.fromkeys(ids) if pk in photos]
    if not shown:
        return {}
    # Everything below is drawn from these photos' states alone.
    return _ARTICLES.get(tuple(photo.state for photo in shown), shown)


def _article(shown: list[ShownPhoto]) -> dict[str, Any]:
    drawn = pictures([photo.id for photo in shown], {photo.id: photo for photo in shown})
    if not drawn:
        return {}
    lead, gallery = drawn[0], drawn[1:]
    og = og_image(lead.photo)
    return {
        "photo_lead": render_macro("article_lead", lead),
        "photo_gallery": render_macro("article_gallery", gallery) if gallery else "",
        "photo_meta": render_macro("og_meta", og) if og else "",
        "jsonld_images": jsonld_images(lead.photo),
    }


_ARTICLES: FragmentCache[dict[str, Any]] = FragmentCache(_article)
