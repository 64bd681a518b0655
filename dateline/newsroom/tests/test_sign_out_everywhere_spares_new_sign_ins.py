"""After "sign out everywhere", sessions started later (desk or admin) keep working."""

from django.test import Client

from dateline.newsroom.middleware import SESSION_KEY


def test_every_sign_in_path_is_stamped_with_the_current_generation(editor):
    client = Client()
    client.force_login(editor)
    client.post("/newsroom/account/")
    fresh = Client()
    fresh.force_login(editor)  # any login(), e.g. the admin's, goes through user_logged_in
    assert fresh.session[SESSION_KEY] == 1
    assert fresh.get("/newsroom/").status_code == 200
