"""Only signed-in staff with the permission reach the inbox; emails and the
CSV export need their own permissions; the "Feedback desk" group holds all."""

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db

PAGES = ["/feedback/inbox/", "/feedback/inbox/export.csv", "ITEM"]


def url_for(path, item):
    return f"/feedback/inbox/{item.pk}/" if path == "ITEM" else path


@pytest.mark.parametrize("path", PAGES)
def test_anonymous_is_sent_to_sign_in(client, make_feedback, path):
    response = client.get(url_for(path, make_feedback()))
    assert response.status_code == 302
    assert response["Location"].startswith("/newsroom/login/?next=")


@pytest.mark.parametrize("path", PAGES)
def test_signed_in_without_permission_is_forbidden(client, outsider, make_feedback, path):
    client.force_login(outsider)
    assert client.get(url_for(path, make_feedback())).status_code == 403


def test_outsider_cannot_triage_by_posting(client, outsider, make_feedback):
    fb = make_feedback()
    client.force_login(outsider)
    assert client.post(f"/feedback/inbox/{fb.pk}/", {"status": "dismissed"}).status_code == 403
    fb.refresh_from_db()
    assert fb.status == "new"


def test_triager_sees_inbox_and_item_but_no_email(client, triager, make_feedback):
    fb = make_feedback(email="private.reader@example.com")
    client.force_login(triager)
    for path in ("/feedback/inbox/", f"/feedback/inbox/{fb.pk}/"):
        response = client.get(path)
        assert response.status_code == 200
        assert "private.reader@example.com" not in response.content.decode()


def test_triager_cannot_export(client, triager):
    client.force_login(triager)
    assert client.get("/feedback/inbox/export.csv").status_code == 403


def test_desk_member_sees_the_email(client, desk_user, make_feedback):
    fb = make_feedback(email="private.reader@example.com")
    client.force_login(desk_user)
    assert "private.reader@example.com" in client.get(f"/feedback/inbox/{fb.pk}/").content.decode()


def test_feedback_desk_group_holds_the_three_permissions():
    perms = set(Group.objects.get(name="Feedback desk").permissions.values_list("codename", flat=True))
    assert {"triage_feedback", "view_feedback_email", "export_feedback"} <= perms


def test_admin_hides_email_from_staff_without_the_permission(client, django_user_model, make_feedback):
    from django.contrib.auth.models import Permission

    fb = make_feedback(email="private.reader@example.com")
    staff = django_user_model.objects.create_user("clerk", "c@example.com", "a-long-password-1", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="view_feedback"))
    client.force_login(staff)
    response = client.get(f"/admin/feedback/feedback/{fb.pk}/change/")
    assert response.status_code == 200
    assert "private.reader@example.com" not in response.content.decode()
