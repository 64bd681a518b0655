"""The chief editor's pages: staff, sections, settings and the audit log."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import F
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from dateline.core.clients import client_ip
from dateline.stories.models import Section

from ..audit import record
from ..forms import DeskSettingsForm, SectionForm, StaffForm
from ..models import AuditLog, DeskSettings, StaffProfile
from ..permissions import perm_required
from ..roles import GROUP_NAMES, role_of, set_role
from ..staff import StaffError, create_staff
from .common import render


@require_http_methods(["GET", "POST"])
@perm_required("newsroom.manage_staff")
def staff(request):
    form = StaffForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = create_staff(data["username"], data["role"], data["password"], email=data["email"],
                                name=data["name"])
        except StaffError as error:
            form.add_error(None, str(error))
        else:
            record("staff.create", user=request.user, ip=client_ip(request), username_created=user.username,
                   role=data["role"])
            messages.success(request, f"Account {user.username} created.")
            return redirect("newsroom:staff")
    users = get_user_model().objects.filter(is_superuser=False).prefetch_related("groups").order_by("username")
    rows = [(u, role_of(u)) for u in users]
    return render(request, "newsroom/staff.html", {"form": form, "rows": rows, "roles": GROUP_NAMES},
                  status=400 if form.errors else 200)


@require_POST
@perm_required("newsroom.manage_staff")
def staff_change(request, user_id):
    user = get_object_or_404(get_user_model(), pk=user_id, is_superuser=False)
    if user == request.user:
        messages.error(request, "You cannot change your own role or access here.")
        return redirect("newsroom:staff")
    what = request.POST.get("change", "")
    with transaction.atomic():
        if what in GROUP_NAMES:
            set_role(user, what)
            user.save()
            done = f"{user.username} is now {GROUP_NAMES[what].lower()}."
        elif what in ("deactivate", "activate"):
            user.is_active = what == "activate"
            user.save(update_fields=["is_active"])
            done = f"{user.username} is {'active' if user.is_active else 'deactivated'}."
        else:
            messages.error(request, "Choose a change.")
            return redirect("newsroom:staff")
        # A changed role or access takes effect at once: end the user's sessions.
        StaffProfile.for_user(user)
        StaffProfile.objects.filter(user=user).update(session_generation=F("session_generation") + 1)
        record("staff.change", user=request.user, ip=client_ip(request), target=user.username, change=what)
    messages.success(request, done)
    return redirect("newsroom:staff")


@require_http_methods(["GET", "POST"])
@perm_required("stories.change_section")
def sections(request, pk=None):
    instance = get_object_or_404(Section, pk=pk) if pk else None
    form = SectionForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        section = form.save()
        record("section.save", user=request.user, ip=client_ip(request), section=section.slug)
        messages.success(request, f"Section {section.name} saved.")
        return redirect("newsroom:sections")
    return render(request, "newsroom/sections.html", {
        "form": form, "editing": instance, "section_list": Section.objects.all(),
    }, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
@perm_required("newsroom.manage_settings")
def desk_settings(request):
    current = DeskSettings.current()
    form = DeskSettingsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        record("settings.save", user=request.user, ip=client_ip(request), agency_credit=saved.agency_credit,
               default_section=getattr(saved.default_section, "slug", ""), default_urgency=saved.default_urgency)
        messages.success(request, "Settings saved. They apply to stories created from now on.")
        return redirect("newsroom:settings")
    return render(request, "newsroom/settings.html", {
        "form": form,
        "deployment": [
            ("Default agency credit (DATELINE_AGENCY)", settings.DATELINE_AGENCY),
            ("Site name (DATELINE_SITE_NAME)", settings.DATELINE_SITE_NAME),
            ("Public ID prefix (DATELINE_ID_PREFIX)", settings.DATELINE_ID_PREFIX),
            ("Newsroom time zone (TIME_ZONE)", settings.TIME_ZONE),
            ("Session length in seconds (SESSION_COOKIE_AGE)", settings.SESSION_COOKIE_AGE),
        ],
    }, status=400 if form.errors else 200)


@require_safe
@perm_required("newsroom.view_audit")
def audit(request):
    rows = AuditLog.objects.all()
    action = request.GET.get("action", "").strip()[:40]
    who = request.GET.get("user", "").strip()[:150]
    story = request.GET.get("story", "").strip()[:32]
    if action:
        rows = rows.filter(action__startswith=action)
    if who:
        rows = rows.filter(username__iexact=who)
    if story:
        rows = rows.filter(public_id=story)
    try:
        page = Paginator(rows, 100).page(request.GET.get("page", 1))
    except Exception:
        raise Http404("There is no such page.") from None
    return render(request, "newsroom/audit.html", {"page": page, "action": action, "who": who, "story_id": story})
