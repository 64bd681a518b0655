"""The shell names no app: a desk registered by any app appears in the
navigation for those holding its permission, and guards its pages; and the
newsroom's code and templates name none of the apps that register desks."""

import re
from pathlib import Path

import pytest
from django.test import override_settings
from django.urls import include, path

from dateline.desk import registry
from dateline.desk.views import desk_page, render

APPS = Path(__file__).resolve().parents[2]


@desk_page(desk="corrections")
def corrections_desk(request):
    return render(request, "desk/403.html", {"reason": "Corrections desk page", "needed": []})


urlpatterns = [path("corrections/", corrections_desk, name="corrections"), path("", include("dateline.urls"))]


@pytest.fixture
def corrections():
    registry.register_desk("corrections", "Corrections", "corrections", permission="newsroom.view_audit", order=45)
    yield
    registry._desks.pop("corrections")


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_a_registered_desk_shows_only_to_those_who_may_use_it(client_as, corrections):
    chief, editor = client_as("chief"), client_as("editor")
    page = chief.get("/corrections/").content.decode()
    assert '<a href="/corrections/" aria-current="page">Corrections</a>' in page
    assert ">Corrections</a>" not in editor.get("/newsroom/").content.decode()
    assert editor.get("/corrections/").status_code == 403


def test_a_desk_permission_must_name_its_app():
    with pytest.raises(ValueError, match="app_label.codename"):
        registry.register_desk("bad", "Bad", "bad", permission="view_audit")


def _sources(app, suffixes=(".py", ".html")):
    for file in (APPS / app).rglob("*"):
        if file.suffix in suffixes and "tests" not in file.parts and "migrations" not in file.parts:
            yield file, file.read_text(encoding="utf-8")


@pytest.mark.parametrize("other", ["ingest", "search", "threads", "feedback", "photos"])
def test_the_newsroom_names_no_app_that_registers_a_desk(other):
    pattern = re.compile(rf"dateline\.{other}\b|[\"']{other}[:/]|\b{other}\.[a-z_]+_[a-z]+")
    found = [
        f"{file.relative_to(APPS)}: {m.group(0)}" for file, text in _sources("newsroom") for m in pattern.finditer(text)
    ]
    assert found == []


@pytest.mark.parametrize("app", ["ingest", "search", "threads", "feedback"])
def test_desk_apps_reach_the_newsroom_through_no_template_or_path(app):
    pattern = re.compile(r"[\"']newsroom/[a-z_]+\.html|[\"']/newsroom/|dateline\.newsroom\.(audit|views|permissions)")
    found = [f"{file.relative_to(APPS)}: {m.group(0)}" for file, text in _sources(app) for m in pattern.finditer(text)]
    assert found == []
