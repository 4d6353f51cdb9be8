"""Submission: idempotent under concurrent retries, transactional into needs and a matching job, and
refused after the deadline, after closing or once reviewed."""

from __future__ import annotations

import threading

import sqlalchemy as sa

from needs.extensions import db
from tests.conftest import sign_in
from tests.surveys.survey_app_support import (
    hidden,
    open_round,
    response_row,
    start,
    store_answers,
    valid_answers,
)


def _ready(app, client, make_user, login, country="PHL"):
    _version, round_id = open_round(app)
    user = make_user("focal_point", country=country, language="fr")
    login(user)
    response_id = start(client, round_id)
    store_answers(app, response_id, valid_answers())
    page = client.get(f"/surveys/responses/{response_id}/review").get_data(as_text=True)
    return user, response_id, hidden(page, "submission_key"), int(hidden(page, "revision"))


def test_submission_writes_needs_and_enqueues_matching(app, client, make_user, login):
    _user, response_id, key, revision = _ready(app, client, make_user, login)
    reply = client.post(f"/surveys/responses/{response_id}/submit",
                        data={"submission_key": key, "revision": revision})
    assert reply.status_code == 303
    row = response_row(app, response_id)
    assert row["status"] == "submitted" and row["language"] == "fr" and row["needs"] == 2
    from needs.jobs.models import Job
    from needs.surveys import services
    from needs.surveys.models import Need

    with app.app_context():
        jobs = list(db.session.scalars(sa.select(Job).where(Job.kind == "match-response")))
        assert [job.payload for job in jobs] == [{"response_id": response_id}]
        needs = list(db.session.scalars(sa.select(Need).order_by(Need.position)))
        assert needs[0].text.startswith("Training on remittance data") and needs[0].themes == ["remittances"]
        assert needs[0].priority == 3 and needs[0].country == "PHL" and needs[0].text_language == "fr"
        records = services.needs_records(response_id)
        assert records[0]["id"] == str(needs[0].id) and records[1]["languages"] == ["fr"]
        review = services.response_for_review(response_id)
        assert review["institution"] == "Ministry of Testing" and len(review["needs"]) == 2
        assert services.country_round_status(review["round_id"]) == {"PHL": "submitted"}
    # now read-only for the focal point
    assert client.get(f"/surveys/responses/{response_id}/sections/institution").status_code == 302


def test_twenty_concurrent_submissions_store_one(app, client, make_user, login):
    user, response_id, key, revision = _ready(app, client, make_user, login)
    clients = []
    for _ in range(20):
        c = app.test_client()
        sign_in(c, user)
        clients.append(c)
    statuses, barrier = [], threading.Barrier(20)

    def post(c):
        barrier.wait()
        reply = c.post(f"/surveys/responses/{response_id}/submit", data={"submission_key": key, "revision": revision})
        statuses.append(reply.status_code)

    threads = [threading.Thread(target=post, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(statuses) == 20 and all(code < 500 for code in statuses), statuses
    row = response_row(app, response_id)
    assert row["status"] == "submitted" and row["submission_key"] == key and row["needs"] == 2
    from needs.audit.models import AuditEvent
    from needs.jobs.models import Job

    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Job)
                                 .where(Job.kind == "match-response")) == 1
        assert db.session.scalar(sa.select(sa.func.count()).select_from(AuditEvent)
                                 .where(AuditEvent.action == "response.submit")) == 1


def test_invalid_answers_are_not_submitted(app, client, make_user, login):
    _user, response_id, key, revision = _ready(app, client, make_user, login)
    answers = valid_answers()
    answers["needs"][0].pop("need_description")
    store_answers(app, response_id, answers)
    reply = client.post(f"/surveys/responses/{response_id}/submit", data={"submission_key": key,
                                                                       "revision": revision + 1})
    assert reply.status_code == 422
    row = response_row(app, response_id)
    assert row["status"] == "draft" and row["needs"] == 0


def test_closed_round_and_reviewed_response_refuse_changes(app, client, make_user, login):
    _user, response_id, key, revision = _ready(app, client, make_user, login)
    client.post(f"/surveys/responses/{response_id}/submit", data={"submission_key": key, "revision": revision})
    from needs.db import write_intent
    from needs.surveys import services
    from needs.surveys.models import WorkflowError

    with app.app_context(), write_intent():
        services.set_status(response_id, "in_review")
        services.set_status(response_id, "reviewed")
        db.session.commit()
        try:
            services.reopen_response(response_id)
        except WorkflowError:
            db.session.rollback()
        else:
            raise AssertionError("a reviewed response was reopened")
    cdtf = make_user("cdtf")
    staff = app.test_client()
    sign_in(staff, cdtf)
    assert staff.post(f"/surveys/manage/responses/{response_id}/reopen").status_code == 302
    assert response_row(app, response_id)["status"] == "reviewed"


def test_cdtf_reopens_after_deadline_and_focal_point_resubmits(app, client, make_user, login):
    _user, response_id, key, revision = _ready(app, client, make_user, login)
    client.post(f"/surveys/responses/{response_id}/submit", data={"submission_key": key, "revision": revision})
    staff = app.test_client()
    sign_in(staff, make_user("cdtf"))
    assert staff.post(f"/surveys/manage/responses/{response_id}/reopen").status_code == 302
    assert response_row(app, response_id)["status"] == "draft"
    page = client.get(f"/surveys/responses/{response_id}/review").get_data(as_text=True)
    second_key = hidden(page, "submission_key")
    assert second_key != key
    reply = client.post(f"/surveys/responses/{response_id}/submit",
                        data={"submission_key": second_key, "revision": hidden(page, "revision")})
    assert reply.status_code == 303
    row = response_row(app, response_id)
    assert row["status"] == "submitted" and row["needs"] == 2  # needs replaced, not duplicated
    # the round closes: reopening is refused
    from needs.surveys.models import Response

    with app.app_context():
        round_id = db.session.get(Response, response_id).round_id
    staff.post(f"/surveys/manage/rounds/{round_id}/close")
    staff.post(f"/surveys/manage/responses/{response_id}/reopen")
    assert response_row(app, response_id)["status"] == "submitted"
