"""The OpenAPI document is valid and matches what the API does: generated requests (valid and invalid)
get no 5xx and no response that contradicts the document."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate
from schemathesis import checks

from needs.api import services as tokens
from needs.api.openapi import document
from needs.db import write_intent
from needs.extensions import db
from needs.inventory import services as inventory

CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_schema_conformance, checks.response_headers_conformance]


def test_document_is_valid_openapi(client):
    validate(document())
    assert client.get("/api/v1/openapi.json").get_json() == document()


@pytest.fixture
def api_schema(app):
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)


@pytest.fixture
def token(app):
    with app.app_context(), write_intent():
        records = inventory.read_demo_records()[:12]
        inventory.save_records(inventory.check_records(records, agency=None), source="test")
        _row, value = tokens.issue_token("IOM", "schemathesis")
        db.session.commit()
    return value


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_document(case, token):
    case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)
