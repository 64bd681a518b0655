"""Every state change is in the audit log: who, what, when and from where."""

from dateline.newsroom.models import AuditLog

from .conftest import PASSWORD, form_data


def test_desk_changes_record_user_action_story_and_address(draft, editor, editor_client):
    editor_client.post(
        f"/newsroom/story/{draft.public_id}/", form_data(draft, headline="Audited"), REMOTE_ADDR="203.0.113.7"
    )
    editor_client.post(f"/newsroom/story/{draft.public_id}/workflow/", {"action": "publish"}, REMOTE_ADDR="203.0.113.7")
    rows = list(AuditLog.objects.filter(public_id=draft.public_id, user=editor).order_by("id"))
    assert [r.action for r in rows] == ["story.save", "story.first"]
    for row in rows:
        assert row.user == editor and row.username == "eddie"
        assert row.ip == "203.0.113.7" and row.at is not None
    assert rows[0].detail["fields"] == ["headline"]


def test_sign_in_failures_and_successes_are_recorded(client, editor):
    client.post("/newsroom/login/", {"username": "eddie", "password": "wrong"}, REMOTE_ADDR="198.51.100.2")
    client.post("/newsroom/login/", {"username": "eddie", "password": PASSWORD}, REMOTE_ADDR="198.51.100.2")
    actions = list(AuditLog.objects.filter(username="eddie").order_by("id").values_list("action", "ip"))
    assert actions == [("login.failed", "198.51.100.2"), ("login", "198.51.100.2")]


def test_scheduled_release_is_recorded_as_the_scheduler(draft, desk_actor):
    from datetime import timedelta

    from django.utils import timezone

    from dateline.stories.actions import Schedule, release_due
    from dateline.stories.models import Story

    Schedule(draft, timezone.now() + timedelta(minutes=1), actor=desk_actor).execute()
    Story.objects.filter(pk=draft.pk).update(scheduled_at=timezone.now() - timedelta(seconds=1))
    release_due()
    row = AuditLog.objects.filter(public_id=draft.public_id, action="story.release").get()
    assert row.user is None and row.via == "system"


def test_chief_reads_and_filters_the_log(chief_client, draft, editor_client):
    editor_client.post(f"/newsroom/story/{draft.public_id}/workflow/", {"action": "publish"})
    page = chief_client.get("/newsroom/audit/?action=story.first")
    html = page.content.decode()
    assert page.status_code == 200 and "story.first" in html and draft.public_id in html
    assert "story.save" not in html
