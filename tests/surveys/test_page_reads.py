"""The section page's read of a response: the same access rule and the same editability as the model."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import sign_in
from tests.surveys.survey_app_support import open_round, start


def test_same_access_and_editability_as_the_model(app, make_user):
    from needs.db import write_intent
    from needs.extensions import db
    from needs.surveys import drafts
    from needs.surveys.models import Response
    from needs.surveys.page_reads import response_read

    _version, round_id = open_round(app)
    owner = make_user("focal_point", country="SEN")
    client = app.test_client()
    sign_in(client, owner)
    response_id = start(client, round_id)
    people = [
        owner,
        make_user("focal_point", country="SEN"),
        make_user("focal_point", country="MEX"),
        make_user("cdtf"),
        make_user("admin"),
        make_user("agency"),
        None,
    ]
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    states = [
        {},
        {"status": "submitted"},
        {"round.status": "closed"},
        {"round.deadline": now - dt.timedelta(days=1)},
        {"round.deadline": now - dt.timedelta(days=1), "reopened_at": now},
    ]
    for state in states:
        with app.app_context(), write_intent():
            response = db.session.get(Response, response_id)
            response.status, response.reopened_at = "draft", None
            response.round.status, response.round.deadline = "open", now + dt.timedelta(days=9)
            for key, value in state.items():
                target, _, name = key.rpartition(".")
                setattr(response.round if target else response, name, value)
            db.session.commit()
        with app.app_context():
            for person in people:
                try:
                    model = drafts.response_for(person, response_id)
                except LookupError:
                    with pytest.raises(LookupError):
                        response_read(person, response_id)
                    continue
                read = response_read(person, response_id)
                assert (read.id, read.answers, read.revision, read.country_code) == (
                    model.id,
                    model.answers,
                    model.revision,
                    model.country_code,
                )
                assert (read.round.title, read.round.deadline, read.version.checksum) == (
                    model.round.title,
                    model.round.deadline,
                    drafts.version_of(model)[0].checksum,
                )
                assert read.editable() == model.editable(), state
    with app.app_context(), pytest.raises(LookupError):
        response_read(owner, response_id + 1000)


def test_other_countries_get_404_on_section_pages(app, make_user):
    _version, round_id = open_round(app)
    owner, other = app.test_client(), app.test_client()
    sign_in(owner, make_user("focal_point", country="SEN"))
    sign_in(other, make_user("focal_point", country="MEX"))
    response_id = start(owner, round_id)
    url = f"/surveys/responses/{response_id}/sections/institution"
    assert owner.get(url).status_code == 200
    assert other.get(url).status_code == 404
    assert other.get(f"/surveys/responses/{response_id + 1000}/sections/institution").status_code == 404
