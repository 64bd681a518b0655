"""The article page's photos: registered with the site's article context
hook in PhotosConfig.ready(), so the article view names no photo code.

At most one query, and only when the live version has photos: the ids come
from the version already loaded, the photos in one compiled query
(dateline.photos.shown). The lead figure, the gallery and the social tags
are rendered once per state of the photos they show and reused
(dateline.core.fragments): the key is everything they draw from, so a
fragment is never stale.
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

from .display import Picture, jsonld_images, og_image, pictures, public_photos


def _shown(p: Picture) -> tuple[Any, ...]:
    """What a figure draws from: its picture (URLs carry the renditions key)
    and the text around it."""
    photo = p.photo
    return (p, photo.public_id, photo.alt_text, photo.caption, photo.headline, photo.credit_line, photo.creator)


def _render(macro: str, *args: Any) -> Markup:
    module = engines["jinja2"].env.get_template("photos/_macros.html").module  # type: ignore[attr-defined]
    return Markup(getattr(module, macro)(*args))


_FRAGMENTS: FragmentCache[Markup] = FragmentCache(_render)


@receiver(setting_changed)
def _forget(**kwargs: object) -> None:
    _FRAGMENTS.clear()


def article_photos(request: HttpRequest, story: Story) -> dict:
    version = story.live
    ids = [] if version is None or story.is_killed else list(version.photos or [])
    if not ids:
        return {}
    # Tagged with every photo the version names, shown or not: publishing a
    # photo that was still a draft, or withdrawing one, purges this page.
    tag(request, *photo_keys(ids))
    shown = pictures(ids, public_photos(ids))
    if not shown:
        return {}
    lead, gallery = shown[0], shown[1:]
    og = og_image(lead.photo)
    get = _FRAGMENTS.get
    return {
        "photo_lead": get(("lead", _shown(lead)), "article_lead", lead),
        "photo_gallery": get(("gallery", *map(_shown, gallery)), "article_gallery", gallery) if gallery else "",
        "photo_meta": get(("meta", tuple(sorted(og.items()))), "og_meta", og) if og else "",
        "jsonld_images": jsonld_images(lead.photo),
    }
