"""A story's photos: choosing them in the story editor, and the rule that
keeps a story from going public with a photo that is not ready.

`Story.photos` is an ordered list of Photo ids, the lead photo first and the
gallery after it. The editor shows it as photo IDs in a text field (lead
first) with buttons to add, move and remove, which work without scripts;
the values are saved with the rest of the editor's form, through
SaveWorkingCopy, in the same revision. Registered with the newsroom's
editor and with the stories' publication hooks from PhotosConfig.ready().
"""

import re
from urllib.parse import urlencode

from django.forms import ValidationError
from django.urls import reverse

from dateline.photos.actions import PublishPhoto
from dateline.photos.article import render_macro
from dateline.photos.display import pictures
from dateline.photos.models import Photo

from .finding import choosable
from .pictures import alt_for, picture

MAX_PHOTOS = 30
_SEPARATORS = re.compile(r"[\s,;]+")


def parse_ids(text: str) -> list[str]:
    seen: list[str] = []
    for token in _SEPARATORS.split(text or ""):
        if token and token not in seen:
            seen.append(token)
    return seen


def apply_op(ids: list[str], op: str) -> list[str]:
    """A button's change to the list: add, remove, lead, up or down, then a photo ID."""
    verb, _, target = (op or "").partition(":")
    ids = list(ids)
    if verb == "add" and target and target not in ids:
        ids.append(target)
    elif target in ids:
        at = ids.index(target)
        if verb == "remove":
            ids.pop(at)
        elif verb == "lead":
            ids.insert(0, ids.pop(at))
        elif verb == "up" and at > 0:
            ids[at - 1], ids[at] = ids[at], ids[at - 1]
        elif verb == "down" and at < len(ids) - 1:
            ids[at + 1], ids[at] = ids[at], ids[at + 1]
    return ids


def read(data, story) -> dict:
    """The story's photos from the editor's form, as Photo ids, lead first.
    A form without the field (the merge form after a conflict) changes nothing."""
    if "photos" not in data:
        return {}
    ids = apply_op(parse_ids(data.get("photos", "")), data.get("photo_op", ""))
    if len(ids) > MAX_PHOTOS:
        raise ValidationError(f"A story shows at most {MAX_PHOTOS} photos; remove some.")
    found = {p.public_id: p for p in Photo.objects.filter(public_id__in=ids)}
    unknown = [i for i in ids if i not in found]
    if unknown:
        raise ValidationError(f"No photo has the ID {unknown[0]}: check the photo IDs.")
    kept = set(story.photos or [])
    for public_id in ids:
        photo = found[public_id]
        if photo.status == Photo.Status.WITHDRAWN and photo.pk not in kept:
            raise ValidationError(f"Photo {public_id} has been withdrawn: choose another.")
    return {"photos": [found[i].pk for i in ids]}


def after_save(data) -> str:
    """After a photo button (or a search) without scripts, the editor opens at its photos."""
    op = data.get("photo_op", "")
    q = data.get("photo_q", "").strip()
    # Enter in the search field sends the form with its first button (Save),
    # not "Find photos": a query typed since the page was shown is searched.
    typed = bool(q) and q != data.get("photo_q_shown", "").strip()
    if not op and not typed:
        return ""
    return (urlencode({"photo_q": q}) if q else "photos=1") + "#story-photos"


def pressed(data) -> bool:
    """A photo button (add, remove, lead, up, down, Find photos) sent the form."""
    return bool(data.get("photo_op", ""))


def context(request, story) -> dict:
    posted = request.method == "POST" and "photos" in request.POST
    if posted:
        # Shown again as the button asked (the New story page applies a
        # button's change here, before any story exists); what was typed
        # stays in the field, unknown IDs included, for the person to fix.
        op = request.POST.get("photo_op", "")
        ids = apply_op(parse_ids(request.POST.get("photos", "")), op)
        # A tampered list of thousands of IDs is refused by read(); only as
        # many as a story may show are looked up for the page.
        by_id = {p.public_id: p for p in Photo.objects.filter(public_id__in=ids[: MAX_PHOTOS + 1])}
        chosen = [by_id[i] for i in ids if i in by_id]
        ids_text = " ".join(ids) if op.partition(":")[2] else request.POST.get("photos", "")
    else:
        by_pk = Photo.objects.in_bulk(story.photos or [])
        chosen = [by_pk[pk] for pk in story.photos or [] if pk in by_pk]
        ids_text = " ".join(p.public_id for p in chosen)
    q = (request.POST if posted else request.GET).get("photo_q", "").strip()[:200]
    return {
        "chosen": chosen,
        "ids_text": ids_text,
        "photo_q": q,
        "results": choosable(q, exclude=[p.pk for p in chosen], limit=8),
        "picture": picture,
        "alt_for": alt_for,
        "pick_url": reverse("photodesk:pick"),
        # The New story page: the buttons show the page again rather than save.
        "new": story.pk is None,
    }


def publication_problem(story) -> str | None:
    """A story cannot go public with a photo that is withdrawn, gone, or
    has no alt text."""
    if not story.photos:
        return None
    found = Photo.objects.in_bulk(story.photos)
    for pk in story.photos:
        photo = found.get(pk)
        if photo is None:
            return "One of the story's photos no longer exists: remove it from the story before publishing."
        if photo.status == Photo.Status.WITHDRAWN:
            return f"Photo {photo.public_id} has been withdrawn: remove it from the story before publishing."
        if not photo.alt_text.strip():
            return (
                f"Photo {photo.public_id} needs alt text before the story is published: "
                "write it on the photo desk, or remove the photo."
            )
    return None


def publish_draft_photos(story, actor) -> None:
    """Inside the story's publishing transaction: its draft photos (checked
    above to have alt text) are published with it, or not at all."""
    if not story.photos:
        return
    for photo in Photo.objects.filter(pk__in=story.photos, status=Photo.Status.DRAFT).order_by("pk"):
        PublishPhoto(photo, actor=actor).execute()


def preview(values: dict) -> dict:
    """The editor's preview of the story with its photos as readers will see
    them: the lead above the text and the gallery below, drawn by the
    article's own macros. Draft photos are shown (they are published with the
    story); a withdrawn one is left out, as the site leaves it out."""
    ids = values.get("photos") or []
    if not ids:
        return {}
    shown = {p.pk: p for p in Photo.objects.filter(pk__in=ids).exclude(status=Photo.Status.WITHDRAWN)}
    drawn = pictures(ids, shown)
    if not drawn:
        return {}
    return {
        "photo_lead": render_macro("article_lead", drawn[0]),
        "photo_gallery": render_macro("article_gallery", drawn[1:]) if drawn[1:] else "",
    }
