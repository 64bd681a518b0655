"""Sign-in: Argon2 hashes, sessions, and signing out everywhere. (Sign-in protection
has its own tests: test_signin_*.)"""

from django.conf import settings
from django.test import Client

from .conftest import PASSWORD


def test_production_settings_hash_passwords_with_argon2():
    from dateline.settings import base

    assert base.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_good_password_signs_in(client, editor):
    response = client.post("/newsroom/login/", {"username": "eddie", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/newsroom/"
    assert client.get("/newsroom/").status_code == 200


def test_wrong_password_is_refused_with_a_message(client, editor):
    response = client.post("/newsroom/login/", {"username": "eddie", "password": "nope"})
    assert response.status_code == 400
    assert "do not match" in response.content.decode()


def test_next_parameter_cannot_redirect_off_site(client, editor):
    response = client.post("/newsroom/login/?next=https://evil.example/", {"username": "eddie", "password": PASSWORD})
    assert response["Location"] == "/newsroom/"


def test_sign_out_everywhere_ends_every_session(editor):
    laptop, phone = Client(), Client()
    for c in (laptop, phone):
        assert c.post("/newsroom/login/", {"username": "eddie", "password": PASSWORD}).status_code == 302
        assert c.get("/newsroom/").status_code == 200
    assert laptop.post("/newsroom/account/").status_code == 302
    assert phone.get("/newsroom/").status_code == 302
    assert laptop.get("/newsroom/").status_code == 302
    # Signing in again works.
    assert phone.post("/newsroom/login/", {"username": "eddie", "password": PASSWORD}).status_code == 302
    assert phone.get("/newsroom/").status_code == 200


def test_sessions_expire():
    assert settings.SESSION_COOKIE_AGE <= 12 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True


def test_sign_out_needs_post(client, editor):
    client.force_login(editor)
    assert client.get("/newsroom/logout/").status_code == 405
    assert client.post("/newsroom/logout/").status_code == 302
    assert client.get("/newsroom/").status_code == 302
