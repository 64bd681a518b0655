"""The Content-Security-Policy header is built once per process
(dateline.core.policy) and says what django-csp would build from the settings."""

import pytest
from csp.utils import build_policy

from dateline.core.policy import site_policies

pytestmark = pytest.mark.django_db


def directives(header):
    return sorted(part.strip() for part in header.split(";") if part.strip())


def test_pages_carry_the_policy_django_csp_builds(client):
    response = client.get("/robots.txt")
    assert directives(response["Content-Security-Policy"]) == directives(build_policy())
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert "Content-Security-Policy-Report-Only" not in response


def test_a_changed_policy_is_built_again(client, settings):
    site_policies()
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'none'"]}}
    assert client.get("/robots.txt")["Content-Security-Policy"] == "default-src 'none'"


def test_a_report_only_policy_is_sent_too(client, settings):
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": {"img-src": ["'self'"]}}
    assert "img-src 'self'" in client.get("/robots.txt")["Content-Security-Policy-Report-Only"]


def test_a_view_with_its_own_policy_keeps_it(rf):
    from csp.decorators import csp_update
    from django.http import HttpResponse

    from dateline.core.policy import ContentSecurityPolicyMiddleware

    @csp_update({"img-src": ["https://photos.example"]})
    def view(request):
        return HttpResponse("ok")

    response = ContentSecurityPolicyMiddleware(view)(rf.get("/"))
    assert "https://photos.example" in response["Content-Security-Policy"]
    assert "img-src 'self' data: https://photos.example" in response["Content-Security-Policy"]
