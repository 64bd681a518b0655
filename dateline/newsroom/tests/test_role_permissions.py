"""Each role can do what its job needs and nothing more."""

import pytest

from dateline.stories.models import Story

from .conftest import form_data


@pytest.mark.parametrize("path", ["/newsroom/", "/newsroom/story/new/", "/newsroom/audit/", "/newsroom/staff/"])
def test_anonymous_visitors_are_sent_to_sign_in(client, db, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/newsroom/login/?next=")


def test_a_user_without_a_role_is_refused(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="x" * 12)
    client.force_login(user)
    assert client.get("/newsroom/").status_code == 403


def test_reporter_creates_and_edits_own_draft(reporter_client, section, reporter):
    response = reporter_client.post(
        "/newsroom/story/new/",
        {
            "headline": "Reporter's story",
            "section": section.pk,
            "urgency": 4,
            "body": "One.\n\nTwo.",
        },
    )
    assert response.status_code == 302
    story = Story.objects.get(headline="Reporter's story")
    assert story.created_by == reporter and story.body == ["One.", "Two."]
    assert (
        reporter_client.post(
            f"/newsroom/story/{story.public_id}/", form_data(story, headline="Reporter's story, edited")
        ).status_code
        == 302
    )


def test_reporter_cannot_open_or_edit_another_reporters_draft(draft, other_reporter):
    from django.test import Client

    client = Client()
    client.force_login(other_reporter)
    assert client.get(f"/newsroom/story/{draft.public_id}/").status_code == 403
    assert client.post(f"/newsroom/story/{draft.public_id}/", form_data(draft, headline="Hijack")).status_code == 403
    draft.refresh_from_db()
    assert draft.headline != "Hijack"


def test_reporter_cannot_edit_own_story_once_submitted(draft, reporter_client):
    reporter_client.post(f"/newsroom/story/{draft.public_id}/workflow/", {"action": "submit"})
    response = reporter_client.post(f"/newsroom/story/{draft.public_id}/", form_data(draft, headline="Late change"))
    assert response.status_code == 403


@pytest.mark.parametrize("action", ["publish", "kill", "schedule", "embargo", "correct"])
def test_reporter_cannot_publish_or_kill(draft, reporter_client, action):
    response = reporter_client.post(f"/newsroom/story/{draft.public_id}/workflow/", {"action": action, "reason": "x"})
    assert response.status_code == 403
    draft.refresh_from_db()
    assert draft.live_id is None


@pytest.mark.parametrize("path", ["/newsroom/audit/", "/newsroom/staff/", "/newsroom/sections/", "/newsroom/settings/"])
def test_reporters_and_editors_cannot_reach_the_chiefs_pages(reporter_client, editor_client, path):
    assert reporter_client.get(path).status_code == 403
    assert editor_client.get(path).status_code == 403


def test_editor_edits_anyones_story_and_publishes_and_kills(draft, editor_client):
    assert (
        editor_client.post(f"/newsroom/story/{draft.public_id}/", form_data(draft, headline="Edited")).status_code
        == 302
    )
    assert editor_client.post(f"/newsroom/story/{draft.public_id}/workflow/", {"action": "publish"}).status_code == 302
    assert (
        editor_client.post(
            f"/newsroom/story/{draft.public_id}/workflow/", {"action": "kill", "reason": "Wrong.", "confirmed": "yes"}
        ).status_code
        == 302
    )
    draft.refresh_from_db()
    assert draft.status == Story.Status.KILLED


def test_nobody_edits_a_killed_story(make_story, editor_client, desk_actor):
    from dateline.stories.actions import Kill

    story = make_story()
    Kill(story, "Legal.", actor=desk_actor).execute()
    assert editor_client.post(f"/newsroom/story/{story.public_id}/", form_data(story, headline="X")).status_code == 403


@pytest.mark.parametrize("path", ["/newsroom/audit/", "/newsroom/staff/", "/newsroom/sections/", "/newsroom/settings/"])
def test_chief_reaches_staff_sections_and_audit(chief_client, path):
    assert chief_client.get(path).status_code == 200


def test_chief_creates_staff_and_changes_roles(chief_client, reporter):
    response = chief_client.post(
        "/newsroom/staff/",
        {
            "username": "newbie",
            "name": "New Bie",
            "email": "",
            "role": "reporter",
            "password": "a-long-enough-password",
        },
    )
    assert response.status_code == 302
    from django.contrib.auth import get_user_model

    from dateline.newsroom.roles import role_of

    assert role_of(get_user_model().objects.get(username="newbie")) == "reporter"
    chief_client.post(f"/newsroom/staff/{reporter.pk}/", {"change": "editor"})
    reporter.refresh_from_db()
    assert role_of(reporter) == "editor"


def test_staff_form_errors_keep_what_was_typed(chief_client):
    response = chief_client.post(
        "/newsroom/staff/",
        {
            "username": "bad name!",
            "name": "Kept Name",
            "role": "reporter",
            "password": "short",
        },
    )
    assert response.status_code == 400
    assert 'value="Kept Name"' in response.content.decode()


def test_roles_hold_least_privilege():
    from dateline.newsroom.roles import PERMISSIONS

    assert "newsroom.publish_story" not in PERMISSIONS["reporter"]
    assert "newsroom.view_audit" not in PERMISSIONS["editor"]
    assert "newsroom.manage_staff" not in PERMISSIONS["editor"]
    assert set(PERMISSIONS["editor"]) < set(PERMISSIONS["chief"])


def test_editors_and_not_reporters_accept_incoming_wire_copy(editor, reporter, chief):
    assert editor.has_perm("ingest.accept_incomingitem")
    assert chief.has_perm("ingest.accept_incomingitem")
    assert not reporter.has_perm("ingest.accept_incomingitem")


def test_refusals_say_why_on_a_desk_page(draft, other_reporter):
    from django.test import Client

    client = Client()
    client.force_login(other_reporter)
    response = client.get(f"/newsroom/story/{draft.public_id}/")
    assert response.status_code == 403
    assert "This story is not yours to open." in response.content.decode()


def test_every_role_permission_exists_and_is_held(db):
    from django.contrib.auth.models import Group

    from dateline.newsroom.roles import GROUP_NAMES, PERMISSIONS

    for role, perms in PERMISSIONS.items():
        held = {
            f"{p.content_type.app_label}.{p.codename}"
            for p in Group.objects.get(name=GROUP_NAMES[role]).permissions.select_related("content_type")
        }
        assert set(perms) <= held, role
