"""A hot read sent by the driver returns what SQLAlchemy would (with its result processing on SQLite:
timestamps, booleans, JSON), leaves pooled connections transactional, and a connection dropped under it
is replaced."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from needs.auth import services as auth
from needs.core import driver_read
from needs.extensions import db
from needs.surveys import page_reads
from tests.conftest import sign_in
from tests.surveys.survey_app_support import open_round, start, store_answers, valid_answers


def _statement_and_params(app, make_user):
    _version, round_id = open_round(app)
    user = make_user("focal_point", country="SEN")
    client = app.test_client()
    assert sign_in(client, user).status_code == 302
    response_id = start(client, round_id)
    store_answers(app, response_id, valid_answers())
    return auth._user_statement(page_reads.ENDPOINT), {"user_id": user.id, "id": response_id}


def test_same_values_and_types_as_sqlalchemy(app, make_user):
    statement, params = _statement_and_params(app, make_user)
    with app.app_context():
        with db.engine.connect() as connection:
            expected = tuple(connection.execute(statement, params).first())
        got = driver_read.first_row(db.engine, statement, params)
        assert got == expected
        assert [type(value) for value in got] == [type(value) for value in expected]
        answers = got[len(auth._USER_KEYS) + 1]
        assert isinstance(answers, dict) and answers  # JSON decoded, not text
        assert any(isinstance(value, dt.datetime) for value in got)
        assert driver_read.first_row(db.engine, statement, {**params, "user_id": -1}) is None


def test_pooled_connections_stay_transactional_after_a_driver_read(app, make_user):
    statement, params = _statement_and_params(app, make_user)
    with app.app_context():
        db.engine.dispose()  # one pooled connection: the one the read used
        driver_read.first_row(db.engine, statement, params)
        with db.engine.connect() as connection:
            connection.execute(sa.text("UPDATE survey_responses SET revision = revision + 100 WHERE id = :id"),
                               {"id": params["id"]})
            connection.rollback()
        with db.engine.connect() as connection:
            revision = connection.execute(sa.text("SELECT revision FROM survey_responses WHERE id = :id"),
                                          {"id": params["id"]}).scalar_one()
        assert revision < 100


def test_connection_dropped_under_a_driver_read_is_replaced(app, make_user, monkeypatch):
    from needs.core import pool_ping

    statement, params = _statement_and_params(app, make_user)
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("a SQLite file has no server connection to lose")
        monkeypatch.setattr(pool_ping, "IDLE_SECONDS", 3600.0)  # no ping: the read itself meets the drop
        db.engine.dispose()
        driver_read.first_row(db.engine, statement, params)
        killer = sa.create_engine(db.engine.url, poolclass=sa.pool.NullPool)
        with killer.connect() as connection:
            connection.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
        killer.dispose()
        with pytest.raises(Exception, match="terminat|closed|connection"):
            driver_read.first_row(db.engine, statement, params)
        assert driver_read.first_row(db.engine, statement, params)[0] == params["user_id"]
