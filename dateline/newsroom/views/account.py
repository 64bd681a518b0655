"""Signing in (with the protection in ..signin) and out, and signing out everywhere."""

from django.contrib import messages
from django.contrib.auth import authenticate, login, logout, update_session_auth_hash
from django.contrib.auth.forms import PasswordChangeForm
from django.db.models import F
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST

from dateline.core.clients import client_ip

from .. import signin
from ..audit import record
from ..middleware import stamp_session
from ..models import StaffProfile
from ..permissions import staff_required
from ..staff_hint import clear_hint, set_hint
from .common import render


def _next(request):
    target = request.POST.get("next") or request.GET.get("next") or "/newsroom/"
    # Only a path: redirect() would read "99" as the name of a view to reverse.
    if not target.startswith("/") or not url_has_allowed_host_and_scheme(
        target, {request.get_host()}, request.is_secure()
    ):
        return "/newsroom/"
    return target


def _via(target):
    # The Django admin sends its sign-ins here (dateline.core.admin_site): the
    # audit log says which door the person was going through.
    return "admin" if target.startswith("/admin/") else "desk"


@sensitive_post_parameters("password")
@csrf_protect
@never_cache
@require_http_methods(["GET", "POST"])
def login_view(request):
    target = _next(request)
    if request.method == "GET" and request.user.is_authenticated:
        return redirect(target)
    status, error, retry_after = 200, "", None
    username = request.POST.get("username", "")[:150]
    if request.method == "POST":
        ip, via = client_ip(request), _via(target)
        attempt = signin.begin(request, username)
        if isinstance(attempt, signin.Refusal):
            status, error, retry_after = attempt.status, attempt.message, attempt.retry_after
            record("login.throttled", username=username, ip=ip, via=via, wait=attempt.retry_after, rule=attempt.rule)
        else:
            user = authenticate(request, username=username, password=request.POST.get("password", ""))
            if user is not None and user.is_active:
                attempt.succeeded()
                login(request, user)
                StaffProfile.for_user(user)
                stamp_session(request, user)
                record("login", user=user, ip=ip, via=via)
                response = redirect(target)
                signin.remember_device(request, response, user.get_username())
                return set_hint(response)
            attempt.failed()
            record("login.failed", username=username, ip=ip, via=via)
            status, error = 400, "That username and password do not match an active account."
    response = render(
        request, "newsroom/login.html", {"error": error, "next": target, "username": username}, status=status
    )
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return response


@require_POST
def logout_view(request):
    if request.user.is_authenticated:
        record("logout", user=request.user, ip=client_ip(request))
    logout(request)
    return clear_hint(redirect("newsroom:login"))


@sensitive_post_parameters("old_password", "new_password1", "new_password2")
@require_http_methods(["GET", "POST"])
@staff_required
def account(request):
    password_form = PasswordChangeForm(request.user)
    if request.method == "POST" and request.POST.get("change") == "password":
        password_form = PasswordChangeForm(request.user, request.POST)
        if password_form.is_valid():
            user = password_form.save()
            # Other sessions end (their auth hash no longer matches); this one stays.
            update_session_auth_hash(request, user)
            record("password.change", user=user, ip=client_ip(request))
            messages.success(request, "Password changed. Your other sessions have been signed out.")
            return redirect("newsroom:account")
        return render(request, "newsroom/account.html", {"password_form": password_form}, status=400)
    if request.method == "POST":
        user = request.user
        StaffProfile.for_user(user)
        StaffProfile.objects.filter(user=user).update(session_generation=F("session_generation") + 1)
        record("logout.everywhere", user=user, ip=client_ip(request))
        logout(request)
        return clear_hint(redirect("newsroom:login"))
    return render(request, "newsroom/account.html", {"password_form": password_form})
