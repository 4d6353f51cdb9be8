"""API v1: public reads, token-authenticated writes, tokens issued and revoked, no mass assignment."""

import json

import pytest
import sqlalchemy as sa

from needs.api import services as tokens
from needs.db import write_intent
from needs.extensions import db
from needs.inventory import services as inventory
from needs.inventory.models import Activity
from tests.conftest import csrf_token_from


@pytest.fixture
def demo(app):
    with app.app_context(), write_intent():
        inventory.load_demo()
        db.session.commit()


def _token(app, agency="IOM") -> str:
    with app.app_context(), write_intent():
        _row, token = tokens.issue_token(agency, "test")
        db.session.commit()
    return token


def _record(**overrides):
    rec = {"id": "IOM-9001", "agency": "IOM", "kind": "course", "title": "Border data course",
           "description": "How to read border data.", "text_language": "en", "themes": ["data"],
           "capacity_type": ["technical"], "level": ["individual"], "audience": ["government"],
           "delivery": "online", "languages": ["en"], "regions": ["global"], "status": "existing"}
    rec.update(overrides)
    return rec


def _auth(token):
    return {"Authorization": f"Bearer {token}"}


def test_list_and_read_are_public(client, demo):
    page = client.get("/api/v1/activities?theme=remittances&per_page=5").get_json()
    assert page["total"] >= 1 and len(page["items"]) <= 5
    assert all("remittances" in item["themes"] for item in page["items"])
    assert page["facets"]["theme"]["remittances"] == page["total"]
    one = client.get("/api/v1/activities/IOM-0001").get_json()
    assert one["id"] == "IOM-0001" and one["translations"]["fr"]["title"]
    assert client.get("/api/v1/activities/NOPE").status_code == 404
    assert client.get("/api/v1/activities?page=0").status_code == 400


def test_search_by_text(client, demo):
    page = client.get("/api/v1/activities", query_string={"q": "移民管理"}).get_json()
    assert page["items"][0]["id"] == "IOM-0016"


def test_create_update_retire_with_a_token(app, client, demo):
    token = _token(app)
    created = client.post("/api/v1/activities", json=_record(), headers=_auth(token))
    assert created.status_code == 201, created.get_json()
    assert created.headers["Location"].endswith("/api/v1/activities/IOM-9001")
    assert client.post("/api/v1/activities", json=_record(), headers=_auth(token)).status_code == 409
    updated = client.put("/api/v1/activities/IOM-9001", json=_record(title="Border data course, 2nd edition"),
                         headers=_auth(token))
    assert updated.status_code == 200 and updated.get_json()["title"].endswith("2nd edition")
    assert client.delete("/api/v1/activities/IOM-9001", headers=_auth(token)).status_code == 204
    assert client.get("/api/v1/activities/IOM-9001").get_json()["retired"] is True
    with app.app_context():
        from needs.jobs.models import Job

        jobs = db.session.scalars(sa.select(Job).where(Job.kind == "activities-changed")).all()
        assert any("IOM-9001" in job.payload["activity_ids"] for job in jobs)


def test_writes_need_a_valid_token(app, client, demo):
    assert client.post("/api/v1/activities", json=_record()).status_code == 401
    assert client.put("/api/v1/activities/IOM-0001", json=_record(), headers=_auth("nds_wrong")).status_code == 401
    assert client.delete("/api/v1/activities/IOM-0001").status_code == 401


def test_validation_names_the_field(app, client, demo):
    response = client.post("/api/v1/activities", json=_record(themes=["no-such-theme"], link="javascript:x"),
                           headers=_auth(_token(app)))
    assert response.status_code == 422
    fields = {p["field"] for p in response.get_json()["problems"]}
    assert {"themes", "link"} <= fields


def test_an_agency_cannot_touch_another_agencys_activities(app, client, demo):
    token = _token(app, "ILO")
    before = client.get("/api/v1/activities/IOM-0001").get_json()
    response = client.put("/api/v1/activities/IOM-0001", json=_record(agency="ILO"), headers=_auth(token))
    assert response.status_code == 403
    assert client.delete("/api/v1/activities/IOM-0001", headers=_auth(token)).status_code == 403
    assert client.post("/api/v1/activities", json=_record(id="ILO-9001", agency="IOM"),
                       headers=_auth(token)).status_code == 403
    assert client.get("/api/v1/activities/IOM-0001").get_json() == before


def test_extra_fields_are_ignored(app, client, demo):
    token = _token(app)
    body = _record(id="IOM-9002", retired=True, revision=99, updated_by_id=1, country_id="PHL", status="planned",
                   reviewed_by=1, created_at="2000-01-01")
    response = client.put("/api/v1/activities/IOM-9002", json={**body, "id": "IOM-7777"}, headers=_auth(token))
    assert response.status_code == 201
    rec = response.get_json()
    assert rec["id"] == "IOM-9002" and rec["retired"] is False and "revision" not in rec
    with app.app_context():
        activity = db.session.get(Activity, "IOM-9002")
        assert activity.revision == 1 and activity.updated_by_id is None
        assert db.session.get(Activity, "IOM-7777") is None


def test_api_writes_need_no_csrf_token(app, client, demo):
    app.config["WTF_CSRF_ENABLED"] = True
    response = client.post("/api/v1/activities", json=_record(id="IOM-9003"), headers=_auth(_token(app)))
    assert response.status_code == 201
    assert "Set-Cookie" not in response.headers


def test_tokens_issued_once_and_revoked(app, client, make_user, login):
    login(make_user("admin"))
    page = client.get("/admin/api-tokens").get_data(as_text=True)
    response = client.post("/admin/api-tokens", data={"agency": "UNITAR", "label": "sync",
                                                      "csrf_token": csrf_token_from(page)})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    token = html.split("<code class=\"wrap\">", 1)[1].split("</code>", 1)[0]
    assert token.startswith("nds_")
    assert token not in client.get("/admin/api-tokens").get_data(as_text=True)
    with app.app_context():
        from needs.api.models import ApiToken

        row = db.session.scalars(sa.select(ApiToken)).one()
        assert token not in json.dumps([row.token_hash, row.prefix, row.label]) or row.prefix == token[:10]
        assert row.token_hash != token
        token_id = row.id
    anon = app.test_client()
    ok = anon.post("/api/v1/activities", json=_record(id="UNITAR-9001", agency="UNITAR"), headers=_auth(token))
    assert ok.status_code == 201
    client.post(f"/admin/api-tokens/{token_id}/revoke")
    refused = anon.put("/api/v1/activities/UNITAR-9001", json=_record(agency="UNITAR"), headers=_auth(token))
    assert refused.status_code == 401


def test_only_administrators_manage_tokens(client, make_user, login):
    login(make_user("agency", agency="IOM"))
    assert client.get("/admin/api-tokens").status_code == 403
    assert client.post("/admin/api-tokens", data={"agency": "IOM"}).status_code == 403
