"""API keys: created by a command, stored hashed, sent in a header, rate limited."""

import hashlib
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from dateline.wire.models import ApiClient


def test_createclient_prints_a_key_that_is_stored_only_as_a_hash(client, db):
    out = StringIO()
    call_command("createclient", "Daily Herald", "--rate-limit", "60", stdout=out)
    key = out.getvalue().strip().splitlines()[-1]
    stored = ApiClient.objects.get(name="Daily Herald")
    assert stored.rate_limit == 60
    assert stored.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert key not in (stored.key_hash, stored.key_prefix)
    assert client.get("/api/v1/items", HTTP_X_API_KEY=key).status_code == 200
    assert client.get("/api/v1/items", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 200


def test_createclient_refuses_a_duplicate_name(db):
    call_command("createclient", "Daily Herald", stdout=StringIO())
    with pytest.raises(CommandError, match="already exists"):
        call_command("createclient", "Daily Herald", stdout=StringIO())


def test_missing_wrong_and_revoked_keys_are_401(client, api_key):
    missing = client.get("/api/v1/items")
    assert missing.status_code == 401 and "Bearer" in missing["WWW-Authenticate"]
    assert client.get("/api/v1/items", HTTP_X_API_KEY="dlk_wrong").status_code == 401
    ApiClient.objects.update(active=False)
    assert client.get("/api/v1/items", HTTP_X_API_KEY=api_key).status_code == 401


def test_each_key_has_a_rate_limit_answered_with_429(client, db):
    _, key = ApiClient.create_with_key("Small paper", rate_limit=3)
    _, other = ApiClient.create_with_key("Big paper", rate_limit=100)
    codes = [client.get("/api/v1/items", HTTP_X_API_KEY=key).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    refused = client.get("/api/v1/items", HTTP_X_API_KEY=key)
    assert int(refused["Retry-After"]) >= 1 and "3 requests a minute" in refused.json()["error"]
    assert client.get("/api/v1/items", HTTP_X_API_KEY=other).status_code == 200


def test_api_refuses_writes(client, api_key):
    assert client.post("/api/v1/items", HTTP_X_API_KEY=api_key).status_code == 405


def test_openapi_document_is_served_without_a_key(client, db):
    doc = client.get("/api/v1/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    assert {"/api/v1/feed", "/api/v1/items", "/api/v1/items/{public_id}", "/api/v1/items/{public_id}/newsml"} <= set(
        doc["paths"]
    )
    assert doc["components"]["securitySchemes"]["apiKey"]["name"] == "X-Api-Key"


def test_guessing_keys_is_rate_limited_per_address(client, db):
    codes = [client.get("/api/v1/items", HTTP_X_API_KEY=f"dlk_guess{n}").status_code for n in range(31)]
    assert codes[:30] == [401] * 30 and codes[30] == 429
