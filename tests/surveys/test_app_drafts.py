"""Autosave, resume and the lost-update guard: two tabs or two focal points never overwrite each other."""

from __future__ import annotations

from tests.conftest import sign_in
from tests.surveys.survey_app_support import institution_form, open_round, response_row, start


def test_autosave_answers_revision_and_relevance(app, client, make_user, login):
    _version, round_id = open_round(app)
    login(make_user("focal_point", country="MEX"))
    response_id = start(client, round_id)
    reply = client.post(f"/surveys/responses/{response_id}/autosave",
                        data=institution_form(1, **{"a-institution_kind": "other"}))
    assert reply.status_code == 200
    body = reply.get_json()
    assert body["revision"] == 2 and body["saved"] is True
    assert body["relevant"]["institution_kind_other"] is True
    # the same values again change nothing
    again = client.post(f"/surveys/responses/{response_id}/autosave",
                        data=institution_form(2, **{"a-institution_kind": "other"})).get_json()
    assert again["revision"] == 2 and again["saved"] is False
    assert response_row(app, response_id)["answers"]["institution_kind"] == "other"


def test_two_tabs_conflict_instead_of_overwriting(app, client, make_user, login):
    _version, round_id = open_round(app)
    user = make_user("focal_point", country="MEX")
    colleague = make_user("focal_point", country="MEX")
    login(user)
    response_id = start(client, round_id)
    other = app.test_client()
    sign_in(other, colleague)
    # both opened the page at revision 1; the colleague saves first
    first = other.post(f"/surveys/responses/{response_id}/autosave",
                       data=institution_form(1, **{"a-institution_name": "Secretaría de Gobernación"}))
    assert first.status_code == 200
    late = client.post(f"/surveys/responses/{response_id}/autosave",
                       data=institution_form(1, **{"a-institution_name": "Unidad de Política Migratoria"}))
    assert late.status_code == 409
    body = late.get_json()
    assert body["error"] == "conflict" and body["revision"] == 2
    assert body["values"]["institution_name"]["value"] == "Secretaría de Gobernación"
    assert response_row(app, response_id)["answers"]["institution_name"] == "Secretaría de Gobernación"
    # the explicit save from the stale page is refused too, and shows the other value
    page = client.post(f"/surveys/responses/{response_id}/sections/institution",
                       data={**institution_form(1, **{"a-institution_name": "Unidad de Política Migratoria"}),
                             "action": "save"})
    assert page.status_code == 409
    html = page.get_data(as_text=True)
    assert "Secretaría de Gobernación" in html and 'value="Unidad de Política Migratoria"' in html
    # saving again from the revision the conflict showed keeps the later answer deliberately
    mine = {"a-institution_name": "Unidad de Política Migratoria"}
    kept = client.post(f"/surveys/responses/{response_id}/autosave", data=institution_form(body["revision"], **mine))
    assert kept.status_code == 200
    assert response_row(app, response_id)["answers"]["institution_name"] == "Unidad de Política Migratoria"


def test_read_only_after_deadline(app, client, make_user, login):
    import datetime as dt

    from needs.db import write_intent
    from needs.extensions import db
    from needs.surveys.models import SurveyRound

    _version, round_id = open_round(app)
    login(make_user("focal_point", country="MEX"))
    response_id = start(client, round_id)
    with app.app_context(), write_intent():
        db.session.get(SurveyRound, round_id).deadline = dt.datetime(2020, 1, 1)
        db.session.commit()
    reply = client.post(f"/surveys/responses/{response_id}/autosave", data=institution_form(1))
    assert reply.status_code == 409 and reply.get_json()["error"] == "read_only"
    page = client.post(f"/surveys/responses/{response_id}/sections/institution",
                       data={**institution_form(1), "action": "save"})
    assert page.status_code == 302 and page.location.endswith(f"/surveys/responses/{response_id}")
    assert response_row(app, response_id)["revision"] == 1
