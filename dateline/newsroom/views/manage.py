"""The chief editor's pages: sections, settings and the audit log (staff: staff.py)."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_http_methods, require_safe

from dateline.core.clients import client_ip
from dateline.desk.views import desk_page
from dateline.stories.models import Section

from ..audit import record
from ..forms import DeskSettingsForm, SectionForm
from ..models import AuditLog, DeskSettings
from .common import render


@require_http_methods(["GET", "POST"])
@desk_page(desk="sections")
def sections(request, pk=None):
    instance = get_object_or_404(Section, pk=pk) if pk else None
    form = SectionForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        section = form.save()
        record("section.save", user=request.user, ip=client_ip(request), section=section.slug)
        messages.success(request, f"Section {section.name} saved.")
        return redirect("newsroom:sections")
    return render(
        request,
        "newsroom/sections.html",
        {
            "form": form,
            "editing": instance,
            "section_list": Section.objects.all(),
        },
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
@desk_page(desk="settings")
def desk_settings(request):
    current = DeskSettings.current()
    form = DeskSettingsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        record(
            "settings.save",
            user=request.user,
            ip=client_ip(request),
            agency_credit=saved.agency_credit,
            default_section=getattr(saved.default_section, "slug", ""),
            default_urgency=saved.default_urgency,
        )
        messages.success(request, "Settings saved. They apply to stories created from now on.")
        return redirect("newsroom:settings")
    return render(
        request,
        "newsroom/settings.html",
        {
            "form": form,
            "deployment": [
                ("Default agency credit (DATELINE_AGENCY)", settings.DATELINE_AGENCY),
                ("Site name (DATELINE_SITE_NAME)", settings.DATELINE_SITE_NAME),
                ("Public ID prefix (DATELINE_ID_PREFIX)", settings.DATELINE_ID_PREFIX),
                ("Newsroom time zone (TIME_ZONE)", settings.TIME_ZONE),
                ("Session length in seconds (SESSION_COOKIE_AGE)", settings.SESSION_COOKIE_AGE),
            ],
        },
        status=400 if form.errors else 200,
    )


@require_safe
@desk_page(desk="audit")
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
