"""Public pages: home, sections, articles, and the error pages."""

from typing import Any

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from dateline.core.caching import HOME, LATEST, MENU, photo_keys, section_key, story_key, tag
from dateline.core.prepared import PreparedGet
from dateline.photos.display import lead_ids, photo_id, picture, public_photos, with_pictures
from dateline.stories.models import Section, Story
from dateline.stories.services import compose_dateline

from .cards import SECTION_ID, URGENCY, CardPaginator, StoryCard, cards, newest_in_section, newest_rows
from .hooks import extra_article_context
from .menu import all_sections, all_sections_safe
from .metadata import byline_text, news_article_jsonld

HOME_RECENT = 120
HOME_PER_SECTION = 5


@require_safe
def home(request):
    tag(request, HOME, LATEST, MENU)
    now = timezone.now()
    sections = all_sections()
    # Rows, not cards: of the newest 120 the page shows about 50.
    recent = newest_rows(now, HOME_RECENT)
    by_section: dict[int, list[Any]] = {s.pk: [] for s in sections}
    for row in recent:
        bucket = by_section.get(row[SECTION_ID])
        if bucket is not None and len(bucket) < HOME_PER_SECTION:
            bucket.append(row)
    # The most urgent of the newest twelve; of equally urgent ones, the
    # newest (the rows come newest first).
    first = recent[:12]
    top = first[min(range(len(first)), key=lambda i: (first[i][URGENCY], i))] if first else None
    blocks = []
    for section in sections:
        shown = cards(by_section[section.pk])
        if not shown:
            # A quiet desk has nothing among the newest stories: one small query each.
            shown = newest_in_section(now, section.pk, HOME_PER_SECTION)
        if shown:
            blocks.append((section, shown))
    top_card = StoryCard(*top) if top else None
    latest = cards([row for row in recent if row is not top][:10])
    # Every card's lead photo in one query (none without photos); the top
    # story's in 16:9.
    leads = lead_ids([top_card, *latest, *(card for _, shown in blocks for card in shown)])
    tag(request, *photo_keys(leads))
    photos = public_photos(leads)
    latest = with_pictures(latest, photos)
    blocks = [(section, with_pictures(shown, photos)) for section, shown in blocks]
    top_lead = photo_id(top_card.lead_photo) if top_card else None
    top_picture = picture(photos.get(top_lead), "16x9", 1280) if top_lead else None
    return render(
        request,
        "site/home.html",
        {
            "top": top_card,
            "top_picture": top_picture,
            "latest": latest,
            "blocks": blocks,
        },
    )


@require_safe
def section(request, slug):
    tag(request, section_key(slug), MENU)
    sections = all_sections()
    current = next((s for s in sections if s.slug == slug), None)
    if current is None:
        current = get_object_or_404(Section, slug=slug)
    paginator = CardPaginator(Story.objects.listed().filter(section=current), settings.DATELINE_PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        raise Http404("That is not a page number.") from None
    except EmptyPage:
        raise Http404("There is no such page.") from None
    stories = cards(page.object_list)
    leads = lead_ids(stories)
    tag(request, *photo_keys(leads))
    stories = with_pictures(stories, public_photos(leads))
    return render(
        request,
        "site/section.html",
        {
            "section": current,
            "page": page,
            "stories": stories,
        },
    )


# The article page's one query, compiled once (see dateline.core.prepared).
# Without the paragraphs (the desk's working copy and the version's own: the
# page shows the version's stored HTML) and the desk's notes, which readers
# never see: decoding that JSON was a tenth of the view.
ARTICLE_LOOKUP = PreparedGet(
    lambda public_id: (
        Story.objects.select_related("live", "section")
        .defer("body", "desk_notes", "live__body")
        .filter(public_id=public_id)
    )
)


@require_safe
def article(request, public_id):
    # Tagged before the lookup: a story not yet public 404s under its own
    # key, so its release purges the cached 404 too.
    tag(request, story_key(public_id), MENU)
    try:
        story = ARTICLE_LOOKUP.get(public_id)
    except Story.DoesNotExist:
        raise Http404("No such story.") from None
    if not story.is_visible():
        raise Http404("No such story.")
    version = story.live
    dateline_text = (
        version.dateline_text
        if (version.dateline_text or version.credit)
        else compose_dateline(
            version.dateline_city, version.dateline_country, version.dateline_date, version.dateline_agency
        )
    )
    canonical = settings.DATELINE_SITE_URL + story.get_absolute_url()
    extra = extra_article_context(request, story)
    context = {
        "story": story,
        "version": version,
        "canonical": canonical,
        "byline": byline_text(version.bylines),
        "jsonld": news_article_jsonld(story, version, canonical, dateline_text, extra.get("jsonld_images")),
        "updated": version.published_at != story.first_published_at,
    }
    context.update(extra)
    return render(request, "site/article.html", context)


# Machine clients under this prefix are promised JSON errors (docs/wire.md),
# even for a path no pattern matches.
API_PREFIX = "/api/"


def _json_error(status, message):
    return JsonResponse({"error": message, "status": status}, status=status)


def page_not_found(request, exception=None):
    if request.path.startswith(API_PREFIX):
        return _json_error(404, "There is no such resource; see /api/v1/openapi.json.")
    return render(request, "site/404.html", {"sections": all_sections_safe()}, status=404)


def server_error(request):
    if request.path.startswith(API_PREFIX):
        return _json_error(500, "The server failed to answer; try again later.")
    # No database here: the error may be the database itself.
    return render(request, "site/500.html", {"sections": []}, status=500)
