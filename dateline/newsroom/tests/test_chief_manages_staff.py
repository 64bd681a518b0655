"""The chief editor manages staff on one screen: create, change role,
deactivate and reactivate, reset a password, sign out everywhere. Each change
is audited, ends the person's sessions, and is refused to editors and
reporters."""

import pytest
from django.test import Client

from dateline.newsroom.models import AuditLog, StaffProfile
from dateline.newsroom.roles import role_of

from .conftest import PASSWORD

NEW_PASSWORD = "a brand-new passphrase 42"


def page(user):
    return f"/newsroom/staff/{user.pk}/"


def generation(user):
    return StaffProfile.objects.get(user=user).session_generation


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def last_audit():
    return AuditLog.objects.order_by("-pk").first()


def test_the_staff_list_links_each_person_to_their_page(chief_client, reporter):
    html = chief_client.get("/newsroom/staff/").content.decode()
    assert f'<a href="{page(reporter)}">Manage<span class="visually-hidden"> rita</span></a>' in html
    assert chief_client.get(page(reporter)).status_code == 200


def test_creating_an_account_is_audited(chief_client, chief):
    chief_client.post(
        "/newsroom/staff/",
        {"username": "newbie", "name": "New Bie", "email": "", "role": "editor", "password": "a-long-enough-password"},
    )
    row = last_audit()
    assert (row.action, row.username, row.detail) == (
        "staff.create",
        "chloe",
        {"username_created": "newbie", "role": "editor"},
    )


def test_changing_a_role_takes_effect_at_once_and_is_audited(chief_client, reporter):
    rita = signed_in(reporter)
    before = generation(reporter)
    response = chief_client.post(page(reporter), {"change": "editor"})
    assert response.status_code == 302 and response["Location"] == page(reporter)
    reporter.refresh_from_db()
    assert role_of(reporter) == "editor" and generation(reporter) == before + 1
    assert rita.get("/newsroom/").status_code == 302  # her old session has ended
    row = last_audit()
    assert (row.action, row.detail) == ("staff.role", {"target": "rita", "role": "editor", "was": "reporter"})


def test_deactivating_signs_out_and_stops_sign_in_and_reactivating_restores(chief_client, reporter):
    rita = signed_in(reporter)
    chief_client.post(page(reporter), {"change": "deactivate"})
    reporter.refresh_from_db()
    assert not reporter.is_active and last_audit().action == "staff.deactivate"
    assert rita.get("/newsroom/").status_code == 302
    assert not Client().login(username="rita", password=PASSWORD)
    chief_client.post(page(reporter), {"change": "activate"})
    reporter.refresh_from_db()
    assert reporter.is_active and last_audit().action == "staff.activate"
    assert Client().login(username="rita", password=PASSWORD)


def test_resetting_a_password_replaces_it_and_ends_sessions(chief_client, reporter):
    rita = signed_in(reporter)
    response = chief_client.post(
        page(reporter), {"change": "password", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert response.status_code == 302
    assert rita.get("/newsroom/").status_code == 302
    assert not Client().login(username="rita", password=PASSWORD)
    assert Client().login(username="rita", password=NEW_PASSWORD)
    row = last_audit()
    assert row.action == "staff.password_reset" and NEW_PASSWORD not in str(row.detail)


def test_a_bad_new_password_is_a_form_error_and_changes_nothing(chief_client, reporter):
    response = chief_client.post(
        page(reporter),
        {"change": "password", "new_password1": NEW_PASSWORD, "new_password2": "something else entirely"},
    )
    assert response.status_code == 400
    assert "The two password fields didn’t match." in response.content.decode()
    assert Client().login(username="rita", password=PASSWORD)
    assert not AuditLog.objects.filter(action="staff.password_reset").exists()


def test_signing_someone_out_everywhere_ends_their_sessions(chief_client, reporter):
    rita = signed_in(reporter)
    chief_client.post(page(reporter), {"change": "signout"})
    assert rita.get("/newsroom/").status_code == 302
    assert (last_audit().action, last_audit().detail) == ("staff.signout", {"target": "rita"})


def test_the_chief_cannot_change_their_own_account_here(chief_client, chief):
    response = chief_client.post(page(chief), {"change": "deactivate"})
    assert response.status_code == 400
    assert "You cannot change your own account here" in response.content.decode()
    chief.refresh_from_db()
    assert chief.is_active


def test_an_unknown_change_is_refused(chief_client, reporter):
    assert chief_client.post(page(reporter), {"change": "promote"}).status_code == 400


def test_superusers_are_not_managed_here(chief_client, django_user_model):
    root = django_user_model.objects.create_superuser("root", "root@example.org", "x" * 12)
    assert chief_client.get(page(root)).status_code == 404


@pytest.mark.parametrize("change", ["chief", "deactivate", "signout", "password"])
def test_editors_and_reporters_can_change_nobody(editor_client, reporter_client, reporter, editor, change):
    data = {"change": change, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    assert editor_client.get(page(reporter)).status_code == 403
    assert editor_client.post(page(reporter), data).status_code == 403
    assert reporter_client.post(page(editor), data).status_code == 403
    reporter.refresh_from_db()
    assert role_of(reporter) == "reporter" and reporter.is_active
    assert not AuditLog.objects.filter(action__startswith="staff.").exists()
