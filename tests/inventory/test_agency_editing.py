"""Agency staff create, edit, duplicate and retire their own activities by form; never another agency's."""

import io

import pytest
import sqlalchemy as sa

from needs.db import write_intent
from needs.extensions import db
from needs.inventory import services
from needs.inventory.models import Activity, ActivityRequest
from tests.conftest import csrf_token_from


@pytest.fixture
def demo(app):
    with app.app_context(), write_intent():
        services.load_demo()
        db.session.commit()


def _form(**extra):
    data = {"id": "IOM-7001", "agency": "IOM", "kind": "workshop", "text_language": "en", "title": "Data workshop",
            "description": "Two days on migration data.", "themes": ["data"], "capacity_type": ["technical"],
            "level": ["individual"], "audience": ["government"], "delivery": "face-to-face", "languages": ["en"],
            "regions": ["africa"], "status": "planned", "title_fr": "Atelier de données",
            "description_fr": "Deux jours sur les données migratoires.", "sessions-0-start": "2027-03-01",
            "sessions-0-end": "2027-03-02", "sessions-0-place": "Dakar", "sessions-0-language": "fr",
            "sessions-0-seats": "25", "cost_amount": "0", "cost_currency": "USD"}
    data.update(extra)
    return data


def _snapshot(app, activity_id):
    with app.app_context():
        return services.get_record(activity_id)


def test_agency_creates_edits_duplicates_and_retires_its_own(app, client, demo, make_user, login):
    login(make_user("agency", agency="IOM"))
    response = client.post("/inventory/new", data=_form())
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    rec = _snapshot(app, "IOM-7001")
    assert rec["translations"]["fr"]["title"] == "Atelier de données"
    assert rec["sessions"][0]["place"] == "Dakar" and rec["sessions"][0]["seats"] == 25
    assert client.post("/inventory/IOM-7001/edit", data=_form(title="Data workshop II")).status_code == 302
    assert _snapshot(app, "IOM-7001")["title"] == "Data workshop II"
    copy = client.post("/inventory/IOM-7001/duplicate")
    assert copy.status_code == 302
    copy_id = copy.headers["Location"].split("/")[-2]
    assert _snapshot(app, copy_id)["title"] == "Data workshop II"
    assert client.post("/inventory/IOM-7001/retire", data={"retired": "1"}).status_code == 302
    assert _snapshot(app, "IOM-7001")["retired"] is True
    with app.app_context():
        from needs.audit.models import AuditEvent

        actions = set(db.session.scalars(sa.select(AuditEvent.action).where(AuditEvent.object_id == "IOM-7001")))
        assert {"activity.create", "activity.update", "activity.retire"} <= actions
        assert db.session.get(Activity, "IOM-7001").revision == 3


def test_validation_names_the_field(client, demo, make_user, login):
    login(make_user("agency", agency="IOM"))
    response = client.post("/inventory/new", data=_form(themes=[], link="ftp://x", **{"sessions-0-end": "2026-01-01"}))
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert 'id="themes-errors"' in html and 'id="link-errors"' in html and 'id="sessions-0-end-errors"' in html


def test_agency_cannot_change_another_agencys_activity_by_form(app, client, demo, make_user, login):
    login(make_user("agency", agency="ILO"))
    before = _snapshot(app, "IOM-0001")
    assert client.get("/inventory/IOM-0001/edit").status_code == 403
    assert client.post("/inventory/IOM-0001/edit", data=_form(id="IOM-0001", agency="ILO")).status_code == 403
    assert client.post("/inventory/IOM-0001/retire", data={"retired": "1"}).status_code == 403
    assert client.post("/inventory/IOM-0001/duplicate").status_code == 403
    # claiming the id of another agency's activity through the "new" form does not take it over
    assert client.post("/inventory/new", data=_form(id="IOM-0001", agency="ILO")).status_code == 400
    assert _snapshot(app, "IOM-0001") == before


def test_agency_upload_refuses_another_agencys_rows(app, client, demo, make_user, login):
    login(make_user("agency", agency="ILO"))
    with app.app_context():
        data = services.export_file("jsonl", agency="IOM")
    response = client.post("/inventory/import", data={"file": (io.BytesIO(data), "iom.jsonl")},
                           content_type="multipart/form-data")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "<td><code>agency</code></td>" in html


def test_upload_and_download(app, client, demo, make_user, login):
    login(make_user("agency", agency="IOM"))
    download = client.get("/inventory/export?format=xlsx")
    assert download.status_code == 200 and "attachment" in download.headers["Content-Disposition"]
    response = client.post("/inventory/import", data={"file": (io.BytesIO(download.data), "mine.xlsx")},
                           content_type="multipart/form-data")
    assert response.status_code == 302
    text = client.post("/inventory/import", data={"file": (io.BytesIO(b"plain text"), "mine.xlsx")},
                       content_type="multipart/form-data")
    assert text.status_code == 400 and "XLSX" in text.get_data(as_text=True)


def test_oversized_upload_is_refused(app, client, make_user, login):
    login(make_user("agency", agency="IOM"))
    app.config["MAX_CONTENT_LENGTH"] = 1000
    try:
        response = client.post("/inventory/import", data={"file": (io.BytesIO(b"x" * 5000), "big.jsonl")},
                               content_type="multipart/form-data")
    finally:
        app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
    assert response.status_code == 413


def test_focal_point_requests_and_agency_sees_it(app, client, demo, make_user, login):
    focal = make_user("focal_point", country="SEN")
    login(focal)
    page = client.get("/catalogue/IOM-0001").get_data(as_text=True)
    assert "Request this activity" in page
    response = client.post("/catalogue/IOM-0001/request", data={"replication": "enrol", "note": "Twelve officials"})
    assert response.status_code == 302
    with app.app_context():
        req = db.session.scalars(sa.select(ActivityRequest)).one()
        assert req.country_code == "SEN" and req.user_id == focal.id
        assert services.requests_for_agency("IOM")[0]["note"] == "Twelve officials"
        assert "requester_email" not in services.requests_for_agency("IOM")[0]
        assert services.all_requests()[0]["requester_email"] == focal.email
    other = app.test_client()
    from tests.conftest import sign_in

    sign_in(other, make_user("agency", agency="IOM"))
    html = other.get("/inventory/requests").get_data(as_text=True)
    assert "Twelve officials" in html and focal.email not in html
    ilo = app.test_client()
    sign_in(ilo, make_user("agency", agency="ILO"))
    assert "Twelve officials" not in ilo.get("/inventory/requests").get_data(as_text=True)


def test_forms_carry_csrf(app, client, demo, make_user, login):
    login(make_user("agency", agency="IOM"))
    app.config["WTF_CSRF_ENABLED"] = True
    assert client.post("/inventory/new", data=_form()).status_code == 400
    token = csrf_token_from(client.get("/inventory/new").get_data(as_text=True))
    assert client.post("/inventory/new", data={**_form(), "csrf_token": token}).status_code == 302
