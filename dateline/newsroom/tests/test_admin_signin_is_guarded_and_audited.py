"""The Django admin takes no passwords of its own: its sign-in goes through the
newsroom's, with the same protection, and lands in the audit log."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from dateline.newsroom.models import AuditLog

from .conftest import PASSWORD, sign_in


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("ada", "ada@example.org", PASSWORD)


def test_the_admin_sends_sign_ins_to_the_newsroom(client, admin_user):
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0] == "/newsroom/login/?next=/admin/"


def test_passwords_posted_to_the_admin_are_never_checked(client, admin_user):
    for _ in range(25):
        response = client.post("/admin/login/?next=/admin/", {"username": "ada", "password": "wrong"})
        assert response.status_code == 302 and response["Location"].startswith("/newsroom/login/")
    response = client.post("/admin/login/?next=/admin/", {"username": "ada", "password": PASSWORD})
    assert response["Location"].startswith("/newsroom/login/")
    assert client.get("/admin/").status_code == 302  # not signed in


def test_admin_sign_in_failures_and_success_are_audited(client, admin_user, clock):
    for _ in range(3):
        sign_in(client, "ada", "wrong", data={"next": "/admin/"})
    assert sign_in(client, "ada", data={"next": "/admin/"}).status_code == 429  # the same slowing down
    clock.now += 2
    response = sign_in(client, "ada", data={"next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    rows = list(AuditLog.objects.order_by("id").values_list("action", "username", "via"))
    assert rows == [("login.failed", "ada", "admin")] * 3 + [
        ("login.throttled", "ada", "admin"),
        ("login", "ada", "admin"),
    ]


def test_a_newsroom_account_without_admin_rights_is_refused_without_a_loop(editor):
    client = Client()
    client.force_login(editor)
    assert client.get("/admin/login/?next=/admin/").status_code == 403
