"""The OpenAPI 3.1 description of the subscriber API, served at /api/v1/openapi.json."""

from typing import Any

from django.conf import settings

# The schemas' own `$id`s (http, as IPTC publishes them), so a validator that
# holds the schemas resolves these references without fetching anything.
NINJS_21 = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"
NINJS_30 = "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json"


def _param(name, where, description, schema=None, required=False):
    return {
        "name": name,
        "in": where,
        "required": required,
        "description": description,
        "schema": schema or {"type": "string"},
    }


NINJS_PARAM = _param(
    "ninjs",
    "query",
    "ninjs version of the items: 2.1 (default) or 3.0. Accept: application/json; version=3.0 does the same.",
    {"type": "string", "enum": ["2.1", "3.0"], "default": "2.1"},
)
LIMIT_PARAM = _param(
    "limit", "query", "Items per page, 1 to 100.", {"type": "integer", "minimum": 1, "maximum": 100, "default": 50}
)
ID_PARAM = _param("public_id", "path", "The story's public ID, e.g. DLN20211028000001325.", required=True)


def _errors(*codes):
    text = {
        400: "A parameter is invalid; the body says which.",
        401: "No key, or a key that is not valid.",
        404: "No public story with that ID.",
        429: "Rate limit reached; see Retry-After.",
    }
    return {
        str(c): {
            "description": text[c],
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        for c in codes
    }


def _page(description):
    return {
        "200": {
            "description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}},
        }
    }


def openapi_document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"{settings.DATELINE_SITE_NAME} subscriber API",
            "version": "1.0",
            "description": "Read-only access to the agency's stories in IPTC ninjs. Every public version of a "
            "story (first publication, update, correction, kill) is a ninjs version with the "
            "same uri. Killed stories carry pubstatus 'canceled'; embargoed stories do not "
            "appear before their time.",
        },
        "servers": [{"url": settings.DATELINE_SITE_URL}],
        "security": [{"bearer": []}, {"apiKey": []}],
        "paths": {
            "/api/v1/feed": {
                "get": {
                    "summary": "Everything since X: every public version in the order it reached the wire",
                    "description": "Start without `since` (or with an ISO 8601 time), then pass the `next` cursor "
                    "of each answer as `since`. No version is missed or repeated while stories "
                    "change between calls. An empty `items` means nothing new yet: poll again "
                    "later with the same cursor.",
                    "parameters": [
                        _param("since", "query", "A `next` cursor, or an ISO 8601 time with zone."),
                        LIMIT_PARAM,
                        NINJS_PARAM,
                    ],
                    "responses": {**_page("A page of versions, oldest first."), **_errors(400, 401, 429)},
                }
            },
            "/api/v1/items": {
                "get": {
                    "summary": "Current versions of published stories, newest first, with search",
                    "parameters": [
                        _param("q", "query", "Words that must all appear in the headline or body."),
                        _param("section", "query", "A section slug, e.g. north-korea."),
                        _param("cursor", "query", "The `next` cursor of the previous page."),
                        LIMIT_PARAM,
                        NINJS_PARAM,
                    ],
                    "responses": {**_page("A page of stories."), **_errors(400, 401, 429)},
                }
            },
            "/api/v1/items/{public_id}": {
                "get": {
                    "summary": "The current version of one story (a killed story answers with pubstatus canceled)",
                    "parameters": [ID_PARAM, NINJS_PARAM],
                    "responses": {
                        "200": {
                            "description": "A ninjs document.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ninjs"}}},
                        },
                        **_errors(400, 401, 404, 429),
                    },
                }
            },
            "/api/v1/items/{public_id}/versions": {
                "get": {
                    "summary": "Every public version of one story, oldest first",
                    "parameters": [ID_PARAM, NINJS_PARAM],
                    "responses": {**_page("The versions."), **_errors(400, 401, 404, 429)},
                }
            },
            "/api/v1/items/{public_id}/newsml": {
                "get": {
                    "summary": "The current version as a NewsML-G2 2.35 newsItem (with photos, a newsMessage)",
                    "parameters": [ID_PARAM],
                    "responses": {
                        "200": {
                            "description": (
                                "A newsItem; a story with published photos comes as a newsMessage holding a "
                                "packageItem, the text newsItem and one picture newsItem per photo."
                            ),
                            "content": {
                                "application/vnd.iptc.g2.newsitem+xml": {"schema": {"type": "string"}},
                                "application/vnd.iptc.g2.newsmessage+xml": {"schema": {"type": "string"}},
                            },
                        },
                        **_errors(401, 404, 429),
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer", "description": "Authorization: Bearer <key>"},
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
            },
            "schemas": {
                "Ninjs": {
                    "description": "An IPTC ninjs document; 2.1 unless 3.0 was asked for.",
                    "oneOf": [{"$ref": NINJS_21}, {"$ref": NINJS_30}],
                },
                "Page": {
                    "type": "object",
                    "required": ["items"],
                    "properties": {
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/Ninjs"}},
                        "next": {
                            "type": "string",
                            "description": "Cursor for the next call; empty when there is none.",
                        },
                        "more": {"type": "boolean", "description": "Whether another page is ready now."},
                    },
                },
                "Error": {
                    "type": "object",
                    "required": ["error", "status"],
                    "properties": {"error": {"type": "string"}, "status": {"type": "integer"}},
                },
            },
        },
    }
