"""Countries are walled off, extra fields are ignored, forms need their CSRF token."""

from __future__ import annotations

import pytest

from tests.conftest import csrf_token_from, sign_in
from tests.surveys.survey_app_support import (
    hidden,
    institution_form,
    open_round,
    response_row,
    start,
    store_answers,
    valid_answers,
)


@pytest.fixture
def senegal_draft(app, client, make_user, login):
    _version, round_id = open_round(app)
    login(make_user("focal_point", country="SEN"))
    response_id = start(client, round_id)
    store_answers(app, response_id, {**valid_answers(), "institution_name": "CANARY-SEN-INSTITUTION"})
    return response_id


def test_other_country_gets_404_everywhere_and_changes_nothing(app, client, make_user, senegal_draft):
    before = response_row(app, senegal_draft)
    intruder = app.test_client()
    sign_in(intruder, make_user("focal_point", country="MEX"))
    base = f"/surveys/responses/{senegal_draft}"
    for url in (base, f"{base}/edit", f"{base}/sections/institution", f"{base}/review", f"{base}/print",
                f"{base}/download"):
        reply = intruder.get(url)
        assert reply.status_code == 404, url
        assert "CANARY-SEN" not in reply.get_data(as_text=True)
    for url, data in ((f"{base}/sections/institution", {**institution_form(2), "action": "save"}),
                      (f"{base}/autosave", institution_form(2)),
                      (f"{base}/submit", {"submission_key": "k" * 32, "revision": "2"})):
        assert intruder.post(url, data=data).status_code == 404, url
    assert "CANARY-SEN" not in intruder.get("/surveys/").get_data(as_text=True)
    assert response_row(app, senegal_draft) == before


def test_agency_staff_cannot_read_responses(app, make_user, senegal_draft):
    agency = app.test_client()
    sign_in(agency, make_user("agency"))
    assert agency.get(f"/surveys/responses/{senegal_draft}").status_code == 403
    assert agency.get(f"/surveys/responses/{senegal_draft}/download").status_code == 403


def test_extra_fields_in_a_post_are_ignored(app, client, senegal_draft):
    data = {**institution_form(2), "action": "save", "country_code": "MEX", "status": "submitted",
            "reviewed_by": "1", "a-country_code": "MEX", "language": "ru", "submission_key": "x"}
    assert client.post(f"/surveys/responses/{senegal_draft}/sections/institution", data=data).status_code == 302
    row = response_row(app, senegal_draft)
    assert row["country"] == "SEN" and row["status"] == "draft" and row["submission_key"] is None
    assert "country_code" not in row["answers"] and "a-country_code" not in row["answers"]


def test_forms_need_their_csrf_token(app, client, senegal_draft):
    app.config["WTF_CSRF_ENABLED"] = True
    page = client.get(f"/surveys/responses/{senegal_draft}/sections/institution").get_data(as_text=True)
    data = {**institution_form(int(hidden(page, "revision"))), "action": "save"}
    assert client.post(f"/surveys/responses/{senegal_draft}/sections/institution", data=data).status_code == 400
    assert client.post(f"/surveys/responses/{senegal_draft}/autosave", data=data).status_code == 400
    assert response_row(app, senegal_draft)["answers"]["institution_name"] == "CANARY-SEN-INSTITUTION"
    data["csrf_token"] = csrf_token_from(page)
    assert client.post(f"/surveys/responses/{senegal_draft}/autosave", data=data).status_code == 200
    assert response_row(app, senegal_draft)["answers"]["institution_name"] == "Ministry of Testing"


def test_answers_are_escaped_in_every_page(app, client, senegal_draft):
    store_answers(app, senegal_draft, {**valid_answers(), "institution_name": "<script>alert(1)</script>"})
    for url in (f"/surveys/responses/{senegal_draft}/sections/institution", f"/surveys/responses/{senegal_draft}",
                f"/surveys/responses/{senegal_draft}/review"):
        html = client.get(url).get_data(as_text=True)
        assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html, url


def test_download_is_an_attachment_with_formulas_neutralised(app, client, senegal_draft):
    store_answers(app, senegal_draft, {**valid_answers(), "institution_name": "=HYPERLINK(\"http://x\")"})
    reply = client.get(f"/surveys/responses/{senegal_draft}/download")
    assert reply.status_code == 200
    assert reply.headers["Content-Disposition"].startswith("attachment;")
    assert reply.headers["X-Content-Type-Options"] == "nosniff"
    body = reply.get_data(as_text=True)
    assert "'=HYPERLINK" in body and "\n=HYPERLINK" not in body and ",=HYPERLINK" not in body
