"""/api/v1/openapi.json is a valid OpenAPI 3.1 document, checked with
openapi-spec-validator without the network: its ninjs `$ref`s name the
IPTC schemas by their own `$id`, so a validator holding those schemas
resolves every reference locally."""

import json

import pytest
from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV31SpecValidator


@pytest.fixture
def offline_schemas(standards_dir):
    """Each local schema under its `$id` (without the empty fragment)."""
    schemas = {}
    for path in (standards_dir / "ninjs").glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        if "$id" in schema:
            schemas[schema["$id"].rstrip("#")] = schema
    return schemas


def test_openapi_document_validates_offline(client, offline_schemas):
    document = client.get("/api/v1/openapi.json").json()
    fetched = []

    def offline(uri):
        fetched.append(uri)
        try:
            return offline_schemas[uri.split("#")[0]]
        except KeyError:
            raise AssertionError(f"{uri} is no local schema's $id") from None

    handlers = {"http": offline, "https": offline, "<all_urls>": offline}
    spec = SchemaPath.from_dict(document, base_uri="http://127.0.0.1:8000/api/v1/openapi.json", handlers=handlers)
    OpenAPIV31SpecValidator(spec).validate()
    refs = [v["$ref"] for v in document["components"]["schemas"]["Ninjs"]["oneOf"]]
    assert refs and all(ref in offline_schemas for ref in refs), refs
    assert fetched, "the validator resolved the ninjs references"
