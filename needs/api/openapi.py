"""The OpenAPI 3 document of API v1, kept beside the views it describes (a test validates it and
runs generated requests against the application)."""

from __future__ import annotations

from typing import Any

from needs.inventory.search import FACETS

CODE_LISTS = ("themes", "capacity_type", "level", "audience", "languages", "regions", "replication", "recommendations")


def _string_list(description: str) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string"}, "description": description}


SESSION = {
    "type": "object",
    "required": ["start", "end", "place", "online", "language", "seats", "deadline"],
    "properties": {
        "start": {"type": "string", "format": "date"},
        "end": {"type": "string", "format": "date", "nullable": True},
        "place": {"type": "string"},
        "online": {"type": "boolean"},
        "language": {"type": "string", "description": "language code, or empty"},
        "seats": {"type": "integer", "minimum": 0, "nullable": True},
        "deadline": {"type": "string", "format": "date", "nullable": True, "description": "application deadline"},
    },
}

TRANSLATION = {"type": "object", "required": ["title", "description"],
               "properties": {"title": {"type": "string"}, "description": {"type": "string"}}}

COST = {"type": "object", "nullable": True, "required": ["amount", "currency"],
        "properties": {"amount": {"type": "number", "minimum": 0}, "currency": {"type": "string",
                                                                              "pattern": "^[A-Z]{3}$"}}}

ACTIVITY_PROPERTIES: dict[str, Any] = {
    "id": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$", "example": "IOM-0042"},
    "agency": {"type": "string", "description": "lead agency code"},
    "partners": _string_list("co-organising agencies or initiatives"),
    "kind": {"type": "string", "description": "activity_kind code"},
    "title": {"type": "string", "maxLength": 300},
    "description": {"type": "string", "maxLength": 10000},
    "text_language": {"type": "string", "enum": ["ar", "zh", "en", "fr", "ru", "es"]},
    "themes": _string_list("theme codes, at least one"),
    "capacity_type": _string_list("capacity_type codes, at least one"),
    "level": _string_list("level codes, at least one"),
    "audience": _string_list("audience codes, at least one"),
    "delivery": {"type": "string", "description": "delivery code"},
    "languages": _string_list("language codes it is offered in, at least one"),
    "regions": _string_list("region codes, at least one; global for everywhere"),
    "status": {"type": "string", "description": "activity_status code: existing or planned"},
    "certification": {"type": "boolean"},
    "replication": _string_list("replication codes"),
    "recommendations": _string_list("GFMD recommendation codes"),
    "translations": {"type": "object", "additionalProperties": TRANSLATION,
                     "description": "title and description by language code (ar, zh, en, fr, ru, es)"},
    "sessions": {"type": "array", "items": SESSION},
    "contact": {"type": "string"},
    "link": {"type": "string", "description": "http(s) address, or empty"},
    "duration": {"type": "string"},
    "cost": COST,
    "retired": {"type": "boolean", "description": "read only: DELETE retires, PUT and POST publish"},
}

ACTIVITY = {"type": "object", "required": list(ACTIVITY_PROPERTIES), "properties": ACTIVITY_PROPERTIES}

INPUT_PROPERTIES = {k: v for k, v in ACTIVITY_PROPERTIES.items() if k != "retired"}
INPUT_PROPERTIES["sessions"] = {"type": "array", "items": {**SESSION, "required": ["start"]}}
ACTIVITY_INPUT = {
    "type": "object",
    "description": "An exchange record. Unknown fields are ignored. agency defaults to the token's agency and "
                   "may not name another one.",
    "required": ["kind", "title", "description", "text_language", "themes", "capacity_type", "level",
                 "audience", "delivery", "languages", "regions", "status"],
    "properties": INPUT_PROPERTIES,
}

ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {"type": "string"},
        "status": {"type": "integer"},
        "message": {"type": "string"},
        "problems": {"type": "array", "items": {
            "type": "object", "required": ["field", "message"],
            "properties": {"field": {"type": "string"}, "message": {"type": "string"}}}},
    },
}

PAGE = {
    "type": "object",
    "required": ["items", "total", "page", "pages", "per_page", "facets"],
    "properties": {
        "items": {"type": "array", "items": {"$ref": "#/components/schemas/Activity"}},
        "total": {"type": "integer", "minimum": 0},
        "page": {"type": "integer", "minimum": 1},
        "pages": {"type": "integer", "minimum": 1},
        "per_page": {"type": "integer", "minimum": 1},
        "facets": {"type": "object", "description": "for each facet, the count of results per value",
                   "additionalProperties": {"type": "object", "additionalProperties": {"type": "integer"}}},
    },
}


def _response(description: str, schema: str) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}


def _errors(*codes: int) -> dict[str, Any]:
    names = {400: "Malformed request", 401: "No valid token", 403: "Another agency's activity",
             404: "No such activity", 409: "The id exists already", 422: "The record has problems"}
    return {str(code): _response(names[code], "Error") for code in codes}


FILTERS = [
    {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "full text, in any of the six languages"},
    *[{"name": name, "in": "query", "style": "form", "explode": True,
       "schema": {"type": "array", "items": {"type": "string"}},
       "description": "yes" if name in ("certification", "upcoming") else f"{name} codes (any of them)"}
      for name in FACETS],
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000000}},
    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
    {"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["ar", "zh", "en", "fr", "ru", "es"]},
     "description": "language of the titles used for sorting when there is no query"},
]
ID_PARAMETER = {"name": "activity_id", "in": "path", "required": True,
                "schema": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$"}}
BODY = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ActivityInput"}}}}
SECURED = [{"agencyToken": []}]


def document() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "needs inventory API", "version": "1.0.0",
                 "description": "The inventory of capacity-development activities on migration, in the "
                                "matching exchange format. Reads are public; an agency creates, updates and "
                                "retires its own activities with its bearer token."},
        "paths": {
            "/api/v1/activities": {
                "get": {"operationId": "listActivities", "summary": "Search the catalogue", "parameters": FILTERS,
                        "responses": {"200": _response("A page of activities", "ActivityPage"), **_errors(400)}},
                "post": {"operationId": "createActivity", "summary": "Create an activity", "security": SECURED,
                         "requestBody": BODY,
                         "responses": {"201": _response("Created", "Activity"),
                                       **_errors(400, 401, 403, 409, 422)}},
            },
            "/api/v1/activities/{activity_id}": {
                "parameters": [ID_PARAMETER],
                "get": {"operationId": "getActivity", "summary": "Read an activity (retired ones included)",
                        "responses": {"200": _response("The activity", "Activity"), **_errors(404)}},
                "put": {"operationId": "putActivity", "summary": "Create or replace an activity by id",
                        "description": "The id in the path wins over any id in the body.", "security": SECURED,
                        "requestBody": BODY,
                        "responses": {"200": _response("Updated", "Activity"), "201": _response("Created", "Activity"),
                                      **_errors(400, 401, 403, 422)}},
                "delete": {"operationId": "retireActivity", "summary": "Retire an activity", "security": SECURED,
                           "responses": {"204": {"description": "Retired"}, **_errors(401, 403, 404)}},
            },
        },
        "components": {
            "schemas": {"Activity": ACTIVITY, "ActivityInput": ACTIVITY_INPUT, "ActivityPage": PAGE, "Error": ERROR},
            "securitySchemes": {"agencyToken": {"type": "http", "scheme": "bearer",
                                                "description": "issued by an administrator for one agency"}},
        },
    }
