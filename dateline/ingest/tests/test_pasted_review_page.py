"""The desk's review of pasted pages: the importer's decisions, the captions
kept apart and the dropped furniture, escaped, for staff who may read the
Incoming queue, in a fixed number of queries."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from markupsafe import escape

from dateline.ingest.importer import import_text
from dateline.ingest.models import PastedImport

from .page_checks import PAGES

pytestmark = pytest.mark.django_db


def page_text(prefix):
    return next(PAGES.glob(f"{prefix}*.txt")).read_text(encoding="utf-8").partition("\n=====\n")[2]


@pytest.fixture
def desk(django_user_model):
    user = django_user_model.objects.create_user("desk", password="correct horse battery")
    user.user_permissions.set(Permission.objects.filter(codename__in=["view_incomingitem", "edit_any_story"]))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def imported(sections):
    return [import_text(page_text(p), draft=True, source=f"file:{p}page.txt").story for p in ("07_", "24_", "35_")]


def test_list_shows_each_import_in_a_fixed_number_of_queries(desk, imported, django_assert_num_queries):
    with django_assert_num_queries(9):
        response = desk.get("/newsroom/incoming/pasted/")
    assert response.status_code == 200
    html = response.content.decode()
    for story in imported:
        assert str(escape(story.headline)) in html
    assert "Headline taken from the lead: check it" in html
    assert "2 captions, " in html
    assert response["Cache-Control"].startswith("max-age=0") or "no-cache" in response["Cache-Control"]


def test_list_query_count_does_not_grow_with_imports(desk, imported, sections, django_assert_num_queries):
    for prefix in ("12_", "13_", "14_", "15_", "16_"):
        import_text(page_text(prefix), draft=True)
    with django_assert_num_queries(9):
        assert desk.get("/newsroom/incoming/pasted/").status_code == 200


def test_detail_shows_decisions_captions_and_dropped_lines(desk, imported, django_assert_num_queries):
    record = PastedImport.objects.get(story=imported[0])
    with django_assert_num_queries(8):
        response = desk.get(f"/newsroom/incoming/pasted/{record.pk}/")
    html = response.content.decode()
    assert "<li>Related Article</li>" in html  # dropped, shown to the desk
    assert "[NEWS1]</li>" in html
    assert f'href="/newsroom/story/{imported[0].public_id}/">correct it in the editor' in html
    assert "BY YOON DA-BIN" in html


def test_undated_page_says_unknown(desk, imported):
    record = PastedImport.objects.get(story=imported[1])
    assert "unknown: the page prints none" in desk.get(f"/newsroom/incoming/pasted/{record.pk}/").content.decode()


def test_hostile_page_text_is_escaped(desk, sections):
    text = (
        "Harbour <b>works</b> begin in Busan\n\nBy Kim Min-ji\n\n"
        "<img src=x onerror=alert(1)> A crane is seen at the port on Monday. (Yonhap)\n\n"
        "BUSAN, May 2 (Yonhap) -- Work began on Monday on a new <script>alert(1)</script> pier.\n\n"
        "<svg onload=alert(1)>\n"
    )
    story = import_text(text, draft=True).story
    html = desk.get(f"/newsroom/incoming/pasted/{story.pasted_import.pk}/").content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_staff_without_the_incoming_permission_are_refused(sections, imported, django_user_model):
    user = django_user_model.objects.create_user("rita", password="correct horse battery")
    client = Client()
    client.force_login(user)
    assert client.get("/newsroom/incoming/pasted/").status_code == 403
    assert Client().get("/newsroom/incoming/pasted/").status_code == 302  # to the sign-in page


def test_unknown_import_is_404(desk, sections):
    assert desk.get("/newsroom/incoming/pasted/999999/").status_code == 404


def test_incoming_page_leads_to_the_pasted_pages(desk, sections):
    html = desk.get("/newsroom/incoming/").content.decode()
    assert '<a href="/newsroom/incoming/pasted/">Pasted pages</a>' in html
