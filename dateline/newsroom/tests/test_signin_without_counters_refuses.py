"""If the counters cannot be written, sign-in refuses (503) without checking
the password: unguarded guessing is worse than a minute without sign-in."""

from dateline.newsroom.models import AuditLog

from .conftest import sign_in


def test_an_unwritable_counter_store_refuses_sign_in(client, editor, settings, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    settings.DATELINE_COUNTERS = "sqlite"
    settings.DATELINE_COUNTERS_FILE = blocker / "counters.sqlite3"
    from dateline.newsroom.views import account

    def never_called(*args, **kwargs):
        raise AssertionError("the password was checked")

    monkeypatch.setattr(account, "authenticate", never_called)
    response = sign_in(client, "eddie")
    assert response.status_code == 503 and "unavailable" in response.content.decode()
    assert response["Retry-After"] == "60"
    assert AuditLog.objects.get(action="login.throttled").detail["rule"] == "unavailable"
