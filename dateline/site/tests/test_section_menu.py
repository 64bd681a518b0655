"""The section menu comes from one place (dateline.site.menu) and reaches
every page without the view passing it."""

import ast
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import path

from dateline.site.menu import forget_sections
from dateline.site.views import server_error
from dateline.stories.models import Section

pytestmark = pytest.mark.django_db

PACKAGE = Path(__file__).resolve().parents[2]


def boom(request):
    raise RuntimeError("deliberate failure")


urlpatterns = [path("boom/", boom)]
handler500 = server_error


def imports_of(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


def test_no_module_outside_site_imports_site_views():
    offenders = []
    for source in PACKAGE.rglob("*.py"):
        if source.is_relative_to(PACKAGE / "site"):
            continue
        tree = ast.parse(source.read_text(encoding="utf-8"))
        if any(name == "dateline.site.views" or name.startswith("dateline.site.views.") for name in imports_of(tree)):
            offenders.append(str(source.relative_to(PACKAGE)))
    assert offenders == []


def test_a_page_whose_view_passes_no_sections_still_draws_the_menu(client):
    section = Section.objects.order_by("pk").first()
    forget_sections()
    html = client.get("/archive/").content.decode()
    menu = html[html.index('aria-label="Sections"') : html.index("</nav>", html.index('aria-label="Sections"'))]
    assert f'href="{section.get_absolute_url()}"' in menu


def test_a_new_section_shows_in_the_menu_at_once(client):
    client.get("/archive/")
    Section.objects.create(slug="weather", name="Weather Desk", code=987)
    assert "Weather Desk" in client.get("/archive/").content.decode()


@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_500_page_never_asks_the_database_for_the_menu():
    forget_sections()
    client = Client(raise_request_exception=False)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/boom/")
    assert response.status_code == 500
    assert [q["sql"] for q in queries if "stories_section" in q["sql"]] == []
