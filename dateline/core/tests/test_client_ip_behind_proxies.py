"""One definition of the client's address, honouring DATELINE_TRUSTED_PROXIES,
for rate limits, sign-in protection, feedback and the audit log alike."""

import re
from pathlib import Path

from django.test import RequestFactory, override_settings

import dateline
from dateline.core.clients import client_ip

rf = RequestFactory()


def test_client_ip_ignores_forwarded_for_without_trusted_proxies():
    request = rf.post("/", REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR="6.6.6.6")
    with override_settings(DATELINE_TRUSTED_PROXIES=0):
        assert client_ip(request) == "10.0.0.9"


def test_client_ip_takes_the_address_the_trusted_proxy_saw():
    # The client forged "6.6.6.6"; the one trusted proxy appended the real address.
    request = rf.post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7")
    with override_settings(DATELINE_TRUSTED_PROXIES=1):
        assert client_ip(request) == "203.0.113.7"
    with override_settings(DATELINE_TRUSTED_PROXIES=2):
        assert client_ip(request) == "6.6.6.6"


def test_client_ip_is_a_normalised_address_or_nothing():
    with override_settings(DATELINE_TRUSTED_PROXIES=1):
        assert client_ip(rf.get("/", HTTP_X_FORWARDED_FOR="203.0.113.7:51234")) == "203.0.113.7"
        assert client_ip(rf.get("/", HTTP_X_FORWARDED_FOR="[2001:DB8::1]:443")) == "2001:db8::1"
        assert client_ip(rf.get("/", HTTP_X_FORWARDED_FOR="<script>")) == ""
    assert client_ip(rf.get("/", REMOTE_ADDR="")) == ""
    assert client_ip(None) == ""


def test_there_is_one_client_ip_in_the_code():
    package = Path(dateline.__file__).parent
    found = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if re.search(r"^\s*def client_ip\(", path.read_text(encoding="utf-8"), re.M)
    ]
    assert found == ["core/clients.py"]
