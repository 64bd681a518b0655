"""The Django admin, signed in to through the newsroom's sign-in page.

The admin's own login form would check passwords with none of the newsroom's
sign-in protection and write nothing to the audit log. Its login view here
sends people to settings.LOGIN_URL instead, with `next` pointing back into
the admin, so every password is checked at one door with one set of limits
and audit rows. Installed in place of "django.contrib.admin" (INSTALLED_APPS
names `dateline.core.admin_site.AdminConfig`), as Django documents for
replacing the default admin site.
"""

from typing import Any

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache


class AdminSite(admin.AdminSite):
    @method_decorator(never_cache)
    def login(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        from django.contrib.auth.views import redirect_to_login  # needs the app registry

        target = request.GET.get(REDIRECT_FIELD_NAME) or ""
        if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
            target = ""
        target = target or reverse("admin:index", current_app=self.name)
        if request.user.is_authenticated and not self.has_permission(request):
            # Signed in, but not admin staff: sending them to sign in again would loop.
            return HttpResponseForbidden(
                "This account may not use the admin site.\n", content_type="text/plain; charset=utf-8"
            )
        if request.user.is_authenticated:
            return redirect(target)
        return redirect_to_login(target, settings.LOGIN_URL)


class AdminConfig(DjangoAdminConfig):
    default_site = "dateline.core.admin_site.AdminSite"
