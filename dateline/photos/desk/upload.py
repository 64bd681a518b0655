"""Uploads from the desk: many files in one form post (no script needed),
or one file per request from the page's script, which shows each file's
progress. Each file is added or refused on its own, with its reason: one
bad file never stops the others.

A file over the photo size cap is cut off while it arrives (`CappedUpload`)
and refused as that file's error; it never becomes a 413 or 500 page, and
is never held whole in memory or on disk.
"""

import hashlib

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST

from dateline.desk.views import desk_page, render
from dateline.photos.imaging import ACCEPTED
from dateline.photos.models import Photo
from dateline.photos.services import PhotoRejected, add_photo
from dateline.stories.actions import Actor

ADD = "photos.add_photo"
ACCEPT = "image/jpeg,image/png,image/webp,image/avif,image/heic,.jpg,.jpeg,.png,.webp,.avif,.heic"
DEFAULT_MAX_BYTES = 50_000_000


def max_bytes() -> int:
    return int(getattr(settings, "DATELINE_PHOTO_MAX_BYTES", DEFAULT_MAX_BYTES))


def size_text(n: int) -> str:
    """Bytes as people read a file's size: "50 MB", "100 KB"."""
    return f"{n / 1_000_000:.3g} MB" if n >= 1_000_000 else f"{max(1, round(n / 1000))} KB"


class TooLarge(SimpleUploadedFile):
    """What is left of a file cut off at the cap: its name and how much arrived."""

    too_large = True


class CappedUpload(FileUploadHandler):
    """First in the chain: passes each file's bytes on to Django's own
    handlers (memory below FILE_UPLOAD_MAX_MEMORY_SIZE, a temporary file
    above) until the file passes the cap, then drops the rest of it."""

    def __init__(self, request=None, cap: int = DEFAULT_MAX_BYTES):
        super().__init__(request)
        self.cap = cap
        self.received = 0
        self.over = False

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0
        self.over = False

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.cap:
            self.over = True
            return None  # the handlers after this one get nothing more
        return raw_data

    def file_complete(self, file_size):
        if not self.over:
            return None  # the next handler has the whole file
        cut = TooLarge(self.file_name or "", b"", self.content_type or "application/octet-stream")
        cut.size = self.received
        return cut


def outcome(upload: UploadedFile, user, request: HttpRequest) -> dict:
    """Add one uploaded file; what became of it, for the page and the script."""
    name = upload.name or "(no name)"
    if getattr(upload, "too_large", False):
        return {
            "ok": False,
            "file": name,
            "error": f"This file is larger than {size_text(max_bytes())}, the largest photo the desk takes.",
        }
    data = upload.read()
    if not data:
        return {"ok": False, "file": name, "error": "This file is empty."}
    existing = Photo.objects.filter(sha256=hashlib.sha256(data).hexdigest()).first()
    try:
        photo = existing or add_photo(data, name, actor=Actor.from_request(request), source="desk")
    except PhotoRejected as refusal:
        return {"ok": False, "file": name, "error": str(refusal)}
    return {
        "ok": True,
        "file": name,
        "existing": existing is not None,
        "message": f"Already in the archive as {photo.public_id}." if existing else f"Added as {photo.public_id}.",
        "public_id": photo.public_id,
        "edit_url": reverse("photodesk:edit", args=[photo.public_id]),
        "width": photo.width,
        "height": photo.height,
    }


def read_files(request: HttpRequest) -> tuple[list[UploadedFile], str]:
    """The posted files, or a reason why the request as a whole cannot be read."""
    # Before Django's own handlers, which then never see more than the cap.
    request.upload_handlers = [CappedUpload(request, max_bytes()), *request.upload_handlers]
    try:
        return request.FILES.getlist("files") + request.FILES.getlist("file"), ""
    except TooManyFilesSent:
        limit = settings.DATA_UPLOAD_MAX_NUMBER_FILES
        return [], f"Send at most {limit} files at once; nothing was added."
    except (RequestDataTooBig, TooManyFieldsSent):
        return [], "The form sent too much besides the files; nothing was added."


def upload_page(request: HttpRequest, results=(), problem: str = "", status: int = 200) -> HttpResponse:
    return render(
        request,
        "photos/desk/upload.html",
        {
            "results": list(results),
            "problem": problem,
            "accept": ACCEPT,
            "accepted": ACCEPTED,
            "max_text": size_text(max_bytes()),
            "max_files": settings.DATA_UPLOAD_MAX_NUMBER_FILES,
        },
        status=status,
    )


# The upload handlers must be set before anything reads the body, and the
# CSRF check reads it: so the check runs inside, after the handler is in place
# (Django's documented pattern for custom upload handlers).
@csrf_exempt
@require_http_methods(["GET", "POST"])
@desk_page(ADD, desk="photos")
def upload(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return upload_page(request)
    files, problem = read_files(request)
    return _upload_post(request, files, problem)


@csrf_protect
def _upload_post(request: HttpRequest, files: list[UploadedFile], problem: str) -> HttpResponse:
    if problem:
        return upload_page(request, problem=problem, status=400)
    if not files:
        return upload_page(request, problem="Choose one or more photos to upload.", status=400)
    results = [outcome(f, request.user, request) for f in files]
    return upload_page(request, results, status=200 if any(r["ok"] for r in results) else 400)


@csrf_exempt
@require_POST
@desk_page(ADD, desk="photos")
def upload_one(request: HttpRequest) -> HttpResponse:
    """The page script's upload: JSON with one result per file sent
    (the script sends one file per request, to show each one's progress)."""
    files, problem = read_files(request)
    return _upload_one_post(request, files, problem)


@csrf_protect
def _upload_one_post(request: HttpRequest, files: list[UploadedFile], problem: str) -> HttpResponse:
    if problem or not files:
        return JsonResponse({"ok": False, "error": problem or "No file was sent.", "results": []}, status=400)
    results = [outcome(f, request.user, request) for f in files]
    ok = all(r["ok"] for r in results)
    return JsonResponse({"ok": ok, "results": results}, status=201 if any(r["ok"] for r in results) else 400)
