"""The chief editor manages the desk's settings; new stories follow them."""

from django.conf import settings as django_settings

from dateline.newsroom.models import AuditLog
from dateline.stories.models import Story


def test_only_the_chief_reaches_settings(reporter_client, editor_client, chief_client):
    assert reporter_client.get("/newsroom/settings/").status_code == 403
    assert editor_client.get("/newsroom/settings/").status_code == 403
    assert chief_client.get("/newsroom/settings/").status_code == 200


def test_agency_credit_goes_into_new_stories_datelines(chief_client, editor_client, sections):
    response = chief_client.post(
        "/newsroom/settings/",
        {"agency_credit": "Yonhap", "default_section": sections["sports"].pk, "default_urgency": 3},
    )
    assert response.status_code == 302
    assert AuditLog.objects.filter(action="settings.save", detail__agency_credit="Yonhap").exists()
    form_page = editor_client.get("/newsroom/story/new/").content.decode()
    assert f'<option value="{sections["sports"].pk}" selected>' in form_page
    editor_client.post(
        "/newsroom/story/new/",
        {
            "headline": "Credit check",
            "section": sections["sports"].pk,
            "urgency": 3,
            "dateline_city": "Seoul",
            "body": "One paragraph.",
        },
    )
    story = Story.objects.get(headline="Credit check")
    editor_client.post(f"/newsroom/story/{story.public_id}/workflow/", {"action": "publish"})
    story.refresh_from_db()
    assert "(Yonhap) --" in story.live.body_html


def test_empty_credit_falls_back_to_the_deployments(editor_client, section):
    editor_client.post(
        "/newsroom/story/new/",
        {"headline": "Fallback", "section": section.pk, "urgency": 4, "dateline_city": "Seoul", "body": "x"},
    )
    story = Story.objects.get(headline="Fallback")
    editor_client.post(f"/newsroom/story/{story.public_id}/workflow/", {"action": "publish"})
    story.refresh_from_db()
    assert f"({django_settings.DATELINE_AGENCY}) --" in story.live.body_html


def test_bad_settings_are_refused_keeping_what_was_typed(chief_client):
    response = chief_client.post("/newsroom/settings/", {"agency_credit": "Kept", "default_urgency": 9})
    assert response.status_code == 400
    assert 'value="Kept"' in response.content.decode()
