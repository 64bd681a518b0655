"""Roles grant their desks out of the box: editors and chief editors reach the
feedback inbox, the Incoming queue and the thread desk after a migrate; only
the chief sees readers' emails and exports."""

import pytest
from django.contrib.auth.models import Group, Permission

from dateline.newsroom.roles import GROUP_NAMES

pytestmark = pytest.mark.django_db


def held(role):
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=GROUP_NAMES[role]).permissions.select_related("content_type")
    }


@pytest.mark.parametrize("role", ["editor", "chief"])
@pytest.mark.parametrize(
    "path", ["/feedback/inbox/", "/newsroom/incoming/", "/threads/manage/", "/threads/suggestions/"]
)
def test_editors_and_chiefs_reach_every_editing_desk(client_as, role, path):
    assert client_as(role).get(path).status_code == 200


def test_only_the_chief_exports_feedback(client_as):
    assert client_as("editor").get("/feedback/inbox/export.csv").status_code == 403
    assert client_as("chief").get("/feedback/inbox/export.csv").status_code == 200


def test_feedback_permissions_reach_the_roles_once_the_feedback_app_migrates(send_post_migrate):
    # A fresh database: feedback's permissions do not exist when the
    # newsroom's post_migrate runs; auth creates them on feedback's own.
    Permission.objects.filter(content_type__app_label="feedback").delete()
    send_post_migrate("newsroom")
    assert "feedback.triage_feedback" not in held("editor")

    send_post_migrate("feedback")

    assert "feedback.triage_feedback" in held("editor")
    assert {"feedback.triage_feedback", "feedback.view_feedback_email", "feedback.export_feedback"} <= held("chief")
    assert not {"feedback.view_feedback_email", "feedback.export_feedback"} & held("editor")
    assert not any(p.startswith("feedback.") for p in held("reporter"))
