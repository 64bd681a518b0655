"""The CSV export: filtered like the inbox, emails only for those allowed,
and cells that spreadsheets would run as formulas neutralised."""

import csv
import io

import pytest

from dateline.feedback.models import Feedback

pytestmark = pytest.mark.django_db


def rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_export_lists_items_with_email_for_the_desk(client, desk_user, story, make_feedback):
    make_feedback(message="두 번째 문단", email="reader@example.com", paragraph=2)
    client.force_login(desk_user)
    table = rows(client.get("/feedback/inbox/export.csv"))
    header, row = table[0], table[1]
    assert header[-1] == "email"
    record = dict(zip(header, row, strict=False))
    assert record["message"] == "두 번째 문단"
    assert record["email"] == "reader@example.com"
    assert record["story"] == story.public_id and record["paragraph"] == "2"


def test_export_without_email_permission_leaves_emails_out(client, django_user_model, make_feedback):
    from .conftest import make_user

    make_feedback(email="reader@example.com")
    exporter = make_user(django_user_model, "exporter", "feedback.triage_feedback", "feedback.export_feedback")
    client.force_login(exporter)
    table = rows(client.get("/feedback/inbox/export.csv"))
    assert "email" not in table[0]
    assert "reader@example.com" not in str(table)


def test_export_applies_the_inbox_filters(client, desk_user, make_feedback):
    make_feedback(message="open one")
    make_feedback(message="closed one", status=Feedback.Status.RESOLVED)
    client.force_login(desk_user)
    table = rows(client.get("/feedback/inbox/export.csv?status=resolved"))
    assert [r[table[0].index("message")] for r in table[1:]] == ["closed one"]


@pytest.mark.parametrize("message", ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2", "@SUM(A1)"])
def test_formula_cells_are_neutralised(client, desk_user, make_feedback, message):
    make_feedback(message=message)
    client.force_login(desk_user)
    table = rows(client.get("/feedback/inbox/export.csv"))
    assert table[1][table[0].index("message")] == "'" + message
