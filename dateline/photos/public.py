"""The photo archive's public pages: one page per published photo, with the
stories that used it. Drafts and withdrawn photos answer 404."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from dateline.core.caching import LATEST, MENU, photo_key, tag
from dateline.site.cards import LIST_FIELDS
from dateline.stories.models import Story
from dateline.stories.services import split_plain_text

from .display import SHOWN_FIELDS, og_image, picture
from .models import Photo

STORIES_SHOWN = 20


@require_safe
def photo_page(request: HttpRequest, public_id: str) -> HttpResponse:
    # Stories publishing with this photo change the list below (LATEST).
    tag(request, MENU, LATEST)
    # The extended description is this page's alone: the shared fields stay lean for lists.
    photo = Photo.objects.only(*SHOWN_FIELDS, "extended_description").filter(public_id=public_id).first()
    if photo is not None:
        # Tagged before the check: publishing a draft purges its cached 404.
        tag(request, photo_key(photo.pk))
    if photo is None or photo.status != Photo.Status.PUBLISHED:
        raise Http404("No such photo.")
    shown = picture(photo, "original", 1600)
    if shown is None:
        raise Http404("This photo is not ready yet.")
    stories = list(
        Story.objects.listed()
        .filter(photo_uses__photo=photo)
        .select_related("live")
        .only(*LIST_FIELDS, "live__headline")
        .order_by("-first_published_at")[:STORIES_SHOWN]
    )
    return render(
        request,
        "photos/public/photo.html",
        {
            "photo": photo,
            "picture": shown,
            "og_image": og_image(photo),
            "stories": stories,
            # Blank lines are the writer's paragraphs, as in a story's body.
            "description": split_plain_text(photo.extended_description),
        },
    )
