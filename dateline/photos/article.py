"""The article page's photos: registered with the site's article context
hook in PhotosConfig.ready(), so the article view names no photo code.

At most one query, and only when the live version has photos: the ids come
from the version already loaded, the photos in one `in_bulk`.
"""

from django.http import HttpRequest

from dateline.core.caching import photo_keys, tag
from dateline.stories.models import Story

from .display import jsonld_images, og_image, pictures, public_photos


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
    lead = shown[0]
    return {
        "lead_picture": lead,
        "gallery": shown[1:],
        "og_image": og_image(lead.photo),
        "jsonld_images": jsonld_images(lead.photo),
    }
