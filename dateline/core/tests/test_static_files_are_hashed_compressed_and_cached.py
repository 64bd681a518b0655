"""With the deployment's storage, collectstatic writes hashed names with gzip
and brotli copies; pages link the hashed names; WhiteNoise serves them
compressed by Accept-Encoding and cached for a year, and unhashed names for
a minute only."""

import json

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

from dateline.core.delivery import ONE_YEAR

pytestmark = pytest.mark.django_db

DEPLOYED = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "dateline.core.delivery.HashedStaticFiles"},
}


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    # Once for the module: compressing every file with brotli takes a while.
    tmp_path = tmp_path_factory.mktemp("static")
    with override_settings(STORAGES=DEPLOYED, STATIC_ROOT=tmp_path, WHITENOISE_USE_FINDERS=False):
        # Without the Django admin's 1.8 MB, which is most of the time.
        call_command("collectstatic", interactive=False, verbosity=0, ignore_patterns=["admin"])
        manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
        yield tmp_path, manifest


def test_collectstatic_writes_hashed_names_with_gzip_and_brotli_copies(collected):
    root, manifest = collected
    hashed = manifest["site/dateline.css"]
    assert hashed != "site/dateline.css" and hashed.startswith("site/dateline.")
    for suffix in ("", ".gz", ".br"):
        assert (root / (hashed + suffix)).is_file()
    assert (root / (hashed + ".br")).stat().st_size < (root / hashed).stat().st_size / 2


def test_pages_link_the_hashed_names(collected, client):
    _, manifest = collected
    html = client.get("/").content.decode()
    assert f'href="/static/{manifest["site/dateline.css"]}"' in html
    assert 'href="/static/site/dateline.css"' not in html


def test_hashed_files_are_served_compressed_and_cached_for_a_year(collected):
    _, manifest = collected
    client = Client()  # a new handler, so WhiteNoise scans this STATIC_ROOT
    response = client.get(f"/static/{manifest['site/dateline.css']}", HTTP_ACCEPT_ENCODING="gzip, br")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert response["Cache-Control"] == f"max-age={ONE_YEAR}, public, immutable"
    assert "Accept-Encoding" in response["Vary"]
    gzipped = client.get(f"/static/{manifest['site/dateline.css']}", HTTP_ACCEPT_ENCODING="gzip")
    assert gzipped["Content-Encoding"] == "gzip"


def test_unhashed_names_are_cached_for_a_minute_only(collected):
    response = Client().get("/static/site/dateline.css")
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=60, public"


def test_before_any_collectstatic_pages_link_plain_names(tmp_path, client):
    # A development or test server that never ran collectstatic still works.
    with override_settings(STORAGES=DEPLOYED, STATIC_ROOT=tmp_path):
        response = client.get("/")
    assert response.status_code == 200
    assert 'href="/static/site/dateline.css"' in response.content.decode()
