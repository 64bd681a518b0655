"""Staff change their own password; other sessions end, this one stays."""

from django.test import Client

from .conftest import PASSWORD


def test_changing_the_password_keeps_this_session_and_ends_others(editor):
    here, elsewhere = Client(), Client()
    for c in (here, elsewhere):
        c.post("/newsroom/login/", {"username": "eddie", "password": PASSWORD})
    response = here.post(
        "/newsroom/account/",
        {
            "change": "password",
            "old_password": PASSWORD,
            "new_password1": "a fresh passphrase 42",
            "new_password2": "a fresh passphrase 42",
        },
    )
    assert response.status_code == 302
    assert here.get("/newsroom/").status_code == 200
    assert elsewhere.get("/newsroom/").status_code == 302
    editor.refresh_from_db()
    assert editor.check_password("a fresh passphrase 42")


def test_a_wrong_old_password_is_refused_with_a_message(editor_client, editor):
    response = editor_client.post(
        "/newsroom/account/",
        {
            "change": "password",
            "old_password": "wrong",
            "new_password1": "a fresh passphrase 42",
            "new_password2": "a fresh passphrase 42",
        },
    )
    assert response.status_code == 400
    assert "error-summary" in response.content.decode()
    editor.refresh_from_db()
    assert editor.check_password(PASSWORD)
