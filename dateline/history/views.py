"""Readers' view of a story's public versions: history, any version, diffs."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe

from dateline.core.caching import MENU, photo_keys, story_key, tag
from dateline.core.diff import changed, word_diff
from dateline.core.html import item_text
from dateline.photos.display import photo_changes, pictures, public_photos, version_pictures
from dateline.stories.models import Story, StoryVersion


def _story(public_id):
    try:
        return Story.objects.public().select_related("section", "live").get(public_id=public_id)
    except Story.DoesNotExist:
        raise Http404("No such story.") from None


def _readable(story):
    """Versions readers may open; a killed story's earlier texts stay withdrawn."""
    return story.versions.exclude(kind=StoryVersion.Kind.KILL).filter(published_at__lte=story.live.published_at)


def _gone(request, story):
    return render(request, "history/gone.html", {"story": story}, status=410)


def version_text(version):
    return "\n\n".join(item_text(p) for p in version.body)


@require_safe
def history(request, public_id):
    tag(request, story_key(public_id), MENU)
    story = _story(public_id)
    versions = list(story.versions.filter(published_at__lte=story.live.published_at).order_by("-number"))
    # Which photos each version had, so a correction replacing one shows.
    tag(request, *photo_keys(pk for v in versions for pk in v.photos or []))
    return render(
        request,
        "history/history.html",
        {
            "story": story,
            "versions": versions,
            "version_photos": {} if story.is_killed else version_pictures(versions),
            "canonical": settings.DATELINE_SITE_URL + story.get_absolute_url(),
        },
    )


@require_safe
def version(request, public_id, number):
    tag(request, story_key(public_id), MENU)
    story = _story(public_id)
    if story.is_killed:
        return _gone(request, story)
    try:
        shown = _readable(story).get(number=number)
    except StoryVersion.DoesNotExist:
        raise Http404("No such version.") from None
    tag(request, *photo_keys(shown.photos or []))
    drawn = pictures(shown.photos or [], public_photos(shown.photos or []))
    return render(
        request,
        "history/version.html",
        {
            "story": story,
            "version": shown,
            "lead_picture": drawn[0] if drawn else None,
            "gallery": drawn[1:],
            "canonical": settings.DATELINE_SITE_URL + story.get_absolute_url(),
        },
    )


@require_safe
def diff(request, public_id):
    tag(request, story_key(public_id), MENU)
    story = _story(public_id)
    if story.is_killed:
        return _gone(request, story)
    versions = {v.number: v for v in _readable(story)}
    try:
        a, b = int(request.GET.get("a", "")), int(request.GET.get("b", ""))
    except ValueError:
        return _bad(request, story, versions, "Choose two versions to compare.")
    if a not in versions or b not in versions:
        return _bad(request, story, versions, "This story has no such version.")
    va, vb = versions[a], versions[b]
    tag(request, *photo_keys([*(va.photos or []), *(vb.photos or [])]))
    return render(
        request,
        "history/diff.html",
        {
            "story": story,
            "a": va,
            "b": vb,
            "versions": sorted(versions.values(), key=lambda v: v.number),
            "headline_diff": word_diff(va.headline, vb.headline),
            "body_diff": word_diff(version_text(va), version_text(vb)),
            "headline_changed": changed(va.headline, vb.headline),
            "body_changed": changed(version_text(va), version_text(vb)),
            "photos_changed": photo_changes(va.photos, vb.photos)["changed"],
            "version_photos": version_pictures([va, vb]),
        },
    )


def _bad(request, story, versions, message):
    return render(
        request,
        "history/diff.html",
        {
            "story": story,
            "error": message,
            "versions": sorted(versions.values(), key=lambda v: v.number),
        },
        status=400,
    )
