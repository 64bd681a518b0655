"""The photo desk's pages: the list, a photo's description and focal point,
publishing and withdrawing. Every change goes through the photo actions
(dateline.photos.actions), which check the role, write and audit it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from dateline.core.params import text_param
from dateline.desk.views import confirm_page, confirmed, desk_page, render
from dateline.photos.actions import EditPhoto, PublishPhoto, SetFocalPoint, WithdrawPhoto
from dateline.photos.models import Photo
from dateline.stories.actions import Actor

from .finding import choosable, search
from .forms import FocalPointForm, PhotoForm
from .pictures import alt_for, picture
from .rules import PUBLISH, is_photo_editor, may_edit, require_edit

# Stories named on the withdrawal's confirm page; more are counted, not listed.
NAMED = 20

PER_PAGE = 24
STATUSES = {value: label for value, label in Photo.Status.choices}
# Where photos came from: the list's "From" filter.
ORIGINS = {"wire": "The wire", "desk": "Uploaded here"}


@require_safe
@desk_page(desk="photos")
def photo_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    origin = request.GET.get("origin", "")
    q = text_param(request.GET.get("q"))
    photos: QuerySet = Photo.objects.select_related("created_by").order_by("-created_at", "-pk")
    if status in STATUSES:
        photos = photos.filter(status=status)
    else:
        status = ""
    if origin in ORIGINS:
        photos = photos.filter(from_wire=origin == "wire")
    else:
        origin = ""
    if q:
        photos = search(photos, q)
    page = Paginator(photos, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "photos/desk/list.html",
        {
            "page": page,
            "q": q,
            "status": status,
            "statuses": STATUSES,
            "origin": origin,
            "origins": ORIGINS,
            "may_add": request.user.has_perm("photos.add_photo"),
            "picture": picture,
            "alt_for": alt_for,
        },
    )


def get_photo(public_id: str) -> Photo:
    return get_object_or_404(Photo.objects.select_related("created_by"), public_id=public_id)


def actor(request: HttpRequest) -> Actor:
    return Actor.from_request(request)


def edit_context(request: HttpRequest, photo: Photo, form: PhotoForm, focal_form: FocalPointForm | None = None) -> dict:
    user = request.user
    return {
        "photo": photo,
        "form": form,
        "focal_form": focal_form or FocalPointForm(initial=FocalPointForm.initial_for(photo)),
        "can_edit": may_edit(user, photo),
        "can_publish": is_photo_editor(user),
        "picture": picture,
        "alt_for": alt_for,
    }


@require_http_methods(["GET", "POST"])
@desk_page(desk="photos")
def edit(request: HttpRequest, public_id: str) -> HttpResponse:
    """The photo and its description. "Save and publish" saves, then
    publishes; a refusal (no alt text) keeps what was typed."""
    photo = get_photo(public_id)
    if request.method == "GET":
        form = PhotoForm(initial=PhotoForm.initial_for(photo))
        return render(request, "photos/desk/edit.html", edit_context(request, photo, form))
    require_edit(request.user, photo)
    form = PhotoForm(request.POST)
    publish = request.POST.get("publish") == "yes"
    if publish and not request.user.has_perm(PUBLISH):
        raise PermissionDenied("Your role does not allow publishing photos; it needs an editor's role.")
    changes = form.changes() if form.is_valid() else {}
    if publish and form.is_valid() and not changes["alt_text"]:
        form.add_error("alt_text", "Write the alt text before publishing: readers who cannot see the picture need it.")
    if form.errors:
        return render(request, "photos/desk/edit.html", edit_context(request, photo, form), status=400)
    try:
        photo = EditPhoto(
            photo, changes, actor=actor(request), base_revision=form.cleaned_data["base_revision"]
        ).execute()
        if publish and photo.status != Photo.Status.PUBLISHED:
            photo = PublishPhoto(photo, actor=actor(request)).execute()
    except ValueError as refusal:  # the action's reason for the person (a conflict, the photo's state)
        form.add_error(None, str(refusal))
        photo.refresh_from_db()
        return render(request, "photos/desk/edit.html", edit_context(request, photo, form), status=400)
    messages.success(request, "Saved and published." if publish else "Saved.")
    return redirect("photodesk:edit", photo.public_id)


def act(request: HttpRequest, photo: Photo, action, done: str, anchor: str = "") -> HttpResponse:
    """Run a photo action and go back to the photo, saying what happened
    (or why the photo's state refused it)."""
    try:
        action.execute()
    except ValueError as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, done)
    return redirect(reverse("photodesk:edit", args=[photo.public_id]) + anchor)


@require_POST
@desk_page(desk="photos")
def focal_point(request: HttpRequest, public_id: str) -> HttpResponse:
    photo = get_photo(public_id)
    require_edit(request.user, photo)
    focal_form = FocalPointForm(request.POST)
    if not focal_form.is_valid():
        form = PhotoForm(initial=PhotoForm.initial_for(photo))
        return render(request, "photos/desk/edit.html", edit_context(request, photo, form, focal_form), status=400)
    x, y = focal_form.cleaned_data["x"] / 100, focal_form.cleaned_data["y"] / 100
    return act(
        request,
        photo,
        SetFocalPoint(photo, x, y, actor=actor(request)),
        "Focal point saved; the crops follow it.",
        "#focal",
    )


@require_POST
@desk_page(PUBLISH, desk="photos")
def publish(request: HttpRequest, public_id: str) -> HttpResponse:
    photo = get_photo(public_id)
    return act(request, photo, PublishPhoto(photo, actor=actor(request)), "Published.")


@require_POST
@desk_page(PUBLISH, desk="photos")
def withdraw(request: HttpRequest, public_id: str) -> HttpResponse:
    """Withdrawing asks first: the photo leaves every page and feed."""
    photo = get_photo(public_id)
    if not confirmed(request):
        shown_by = list(photo.uses.select_related("story__live").order_by("-story__first_published_at")[:NAMED])
        uses = photo.uses.count() if len(shown_by) == NAMED else len(shown_by)
        return confirm_page(
            request,
            title=f"Withdraw photo {photo.public_id}?",
            consequences=[
                "The photo leaves the site, the photo feed and search; clients are no longer sent it.",
                f"It is shown by {uses} published stor{'y' if uses == 1 else 'ies'} now: "
                "an update or correction of each must remove it before the story can be published again."
                if uses
                else "No published story shows it now.",
                "Stories cannot choose it any more. An editor may publish it again later.",
            ],
            action_url=reverse("photodesk:withdraw", args=[photo.public_id]),
            button="Withdraw photo",
            cancel_url=reverse("photodesk:edit", args=[photo.public_id]),
            listed=_stories_listed(shown_by, uses),
        )
    return act(request, photo, WithdrawPhoto(photo, actor=actor(request)), "Withdrawn.")


def _stories_listed(shown_by: list, uses: int) -> tuple[str, list[tuple[str, str]]] | None:
    """The stories a withdrawal takes the picture from, named and linked, so
    the editor can look at them before going on."""
    if not shown_by:
        return None
    heading = "Published stories that show it" + (f" (the {NAMED} newest)" if uses > NAMED else "")
    links = [
        (
            use.story.live.headline if use.story.live else use.story.public_id,
            reverse("newsroom:edit", args=[use.story.public_id]),
        )
        for use in shown_by
    ]
    return heading, links


@require_safe
@desk_page(desk="photos")
def pick(request: HttpRequest) -> HttpResponse:
    """The story editor's photo search, for its script: choosable photos
    matching `q`, newest first."""
    q = text_param(request.GET.get("q"))
    found = choosable(q, limit=12)
    return JsonResponse({"q": q, "photos": [choice(photo) for photo in found]})


def choice(photo: Photo) -> dict:
    pic = picture(photo, 320)
    return {
        "public_id": photo.public_id,
        "label": photo.headline or photo.caption[:120] or photo.public_id,
        "credit": photo.credit_line,
        "status": photo.status,
        "status_label": photo.get_status_display(),
        "alt_text": photo.alt_text,
        "alt": alt_for(photo),
        "thumb": pic,
        "edit_url": reverse("photodesk:edit", args=[photo.public_id]),
    }
