"""The chief editor's staff screen: create accounts, change a role, deactivate
or reactivate, reset a password, sign someone out everywhere. The changes
themselves are in ..staff, each audited in its own transaction."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import SetPasswordForm
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from dateline.core.clients import client_ip
from dateline.desk.views import desk_page

from .. import staff as accounts
from ..audit import record
from ..forms import StaffForm
from ..roles import GROUP_NAMES, role_of
from .common import render


@sensitive_post_parameters("password")
@require_http_methods(["GET", "HEAD", "POST"])
@desk_page(desk="staff")
def staff(request):
    form = StaffForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = accounts.create_staff(
                data["username"], data["role"], data["password"], email=data["email"], name=data["name"]
            )
        except accounts.StaffError as error:
            form.add_error(None, str(error))
        else:
            record(
                "staff.create",
                user=request.user,
                ip=client_ip(request),
                username_created=user.username,
                role=data["role"],
            )
            messages.success(request, f"Account {user.username} created.")
            return redirect("newsroom:staff")
    users = get_user_model().objects.filter(is_superuser=False).prefetch_related("groups").order_by("username")
    rows = [(u, role_of(u)) for u in users]
    return render(
        request,
        "newsroom/staff.html",
        {"form": form, "rows": rows, "roles": GROUP_NAMES},
        status=400 if form.errors else 200,
    )


@sensitive_post_parameters("new_password1", "new_password2")
@require_http_methods(["GET", "HEAD", "POST"])
@desk_page(desk="staff")
def staff_member(request, user_id):
    person = get_object_or_404(get_user_model(), pk=user_id, is_superuser=False)
    password_form = SetPasswordForm(person)
    change = request.POST.get("change", "")
    if request.method == "POST":
        by, ip = request.user, client_ip(request)
        try:
            if change in GROUP_NAMES:
                accounts.change_role(person, change, by=by, ip=ip)
                done = f"{person.username} is now {GROUP_NAMES[change].lower()}; their sessions have ended."
            elif change in ("deactivate", "activate"):
                accounts.set_active(person, change == "activate", by=by, ip=ip)
                done = (
                    f"{person.username} is active again."
                    if person.is_active
                    else f"{person.username} is deactivated and signed out everywhere."
                )
            elif change == "signout":
                accounts.sign_out_everywhere(person, by=by, ip=ip)
                done = f"{person.username} is signed out everywhere."
            elif change == "password":
                password_form = SetPasswordForm(person, request.POST)
                if not password_form.is_valid():
                    return _member_page(request, person, password_form, status=400)
                accounts.reset_password(password_form, by=by, ip=ip)
                done = f"New password set for {person.username}; their sessions have ended. Give it to them in person."
            else:
                messages.error(request, "Choose a change.")
                return _member_page(request, person, password_form, status=400)
        except accounts.StaffError as error:
            messages.error(request, str(error))
            return _member_page(request, person, password_form, status=400)
        messages.success(request, done)
        return redirect("newsroom:staff_member", person.pk)
    return _member_page(request, person, password_form)


def _member_page(request, person, password_form, status=200):
    return render(
        request,
        "newsroom/staff_member.html",
        {
            "person": person,
            "person_role": role_of(person),
            "roles": GROUP_NAMES,
            "password_form": password_form,
            "is_self": person.pk == request.user.pk,
        },
        status=status,
    )
