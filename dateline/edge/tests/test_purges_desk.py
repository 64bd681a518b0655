"""The chief sees the purges a cache has not taken, and can send them again;
every other role is refused with the shell's page."""

import pytest
from django.test import Client

from dateline.edge.models import Purge

pytestmark = pytest.mark.django_db


def signed_in(role):
    from dateline.newsroom.staff import create_staff

    client = Client()
    client.force_login(
        create_staff(f"{role}-user", role, "correct horse battery staple", name=role.title(), validate=False)
    )
    return client


def test_the_chief_sees_pending_purges_with_their_reason(varnish, published):
    varnish.status = 503
    story = published()
    response = signed_in("chief").get("/newsroom/cache/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 purge not taken yet" in html
    assert "answered 503" in html and story.public_id in html
    assert 'href="/newsroom/cache/"' in html  # in the shell's navigation
    assert not response.has_header("xkey")  # a staff page is never shared


@pytest.mark.parametrize("role", ["reporter", "editor"])
def test_other_roles_are_refused(role):
    response = signed_in(role).get("/newsroom/cache/")
    assert response.status_code == 403
    assert "Chief editor" in response.content.decode()


def test_sending_again_from_the_desk_clears_them_and_is_audited(varnish, published):
    from dateline.newsroom.models import AuditLog

    varnish.status = 503
    published()
    varnish.status = 200
    response = signed_in("chief").post("/newsroom/cache/retry/")
    assert response.status_code == 302
    assert not Purge.objects.filter(done_at__isnull=True).exists()
    assert AuditLog.objects.filter(action="cache.purge_retry").exists()
