"""The Content-Security-Policy header, built once.

django-csp builds the policy string from the settings twice per response
(the policy and the report-only policy), about 60 µs a request: an eighth of
a trivial page. The site's policy only changes with the settings, so it is
built once per process. A response with a policy of its own (a nonce, or a
view's csp_update/csp_replace decorators) is still handled by django-csp.
"""

from functools import lru_cache

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest
from django.http.response import HttpResponseBase

# The attributes through which a view gives its response a policy of its own.
_PER_RESPONSE = ("_csp_config", "_csp_update", "_csp_replace", "_csp_config_ro", "_csp_update_ro", "_csp_replace_ro")


@lru_cache(maxsize=1)
def site_policies() -> tuple[str, str]:
    """The site's policy and report-only policy, as django-csp builds them."""
    return build_policy(), build_policy(report_only=True)


@receiver(setting_changed)
def _forget_policies(setting: str, **kwargs: object) -> None:
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        site_policies.cache_clear()


def _excluded(request: HttpRequest, setting: str) -> bool:
    prefixes = (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ()
    return request.path_info.startswith(tuple(prefixes))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        if getattr(request, "_csp_nonce", None) is not None or any(hasattr(response, name) for name in _PER_RESPONSE):
            return super().process_response(request, response)
        if settings.DEBUG and response.status_code in (500, 404):
            return response  # Django's debug pages keep their inline styles, as with django-csp
        policy, report_only = site_policies()
        if policy and HEADER not in response and not getattr(response, "_csp_exempt", False):
            if not _excluded(request, "CONTENT_SECURITY_POLICY"):
                response[HEADER] = policy
        if report_only and HEADER_REPORT_ONLY not in response and not getattr(response, "_csp_exempt_ro", False):
            if not _excluded(request, "CONTENT_SECURITY_POLICY_REPORT_ONLY"):
                response[HEADER_REPORT_ONLY] = report_only
        # As django-csp does: a nonce asked for now would not be in the
        # header, so asking is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)  # type: ignore[attr-defined]
        return response
