"""What an autosave writes: one short write transaction for a change, none for an unchanged page, and
nothing at all when the draft moved on or closed between the read and the write."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from needs.extensions import db
from tests.surveys.survey_app_support import institution_form, open_round, response_row, start


class Statements(list):
    dialect = ""


@pytest.fixture
def statements(app):
    """SQL statements sent during the block, with BEGIN (SQLite) and COMMIT/ROLLBACK marked."""
    seen = Statements()

    def on_execute(_conn, _cursor, statement, *_args):
        seen.append(statement.split()[0].upper() if not statement.startswith("BEGIN") else statement)

    with app.app_context():
        engine = db.engine
    seen.dialect = engine.dialect.name
    listeners = [("before_cursor_execute", on_execute), ("commit", lambda _c: seen.append("COMMIT")),
                 ("rollback", lambda _c: seen.append("ROLLBACK"))]
    for name, listener in listeners:
        sa.event.listen(engine, name, listener)
    yield seen
    for name, listener in listeners:
        sa.event.remove(engine, name, listener)


def _audit_saves(app, response_id: int) -> list[dict]:
    from needs.audit.models import AuditEvent

    with app.app_context():
        return [event.details for event in db.session.scalars(
            sa.select(AuditEvent).where(AuditEvent.action == "response.save",
                                        AuditEvent.object_id == str(response_id)).order_by(AuditEvent.id))]


def test_a_change_is_one_write_transaction_of_an_update_and_its_audit_event(app, client, make_user, login,
                                                                          statements):
    _version, round_id = open_round(app)
    login(make_user("focal_point", country="MEX"))
    response_id = start(client, round_id)
    client.post(f"/surveys/responses/{response_id}/autosave", data=institution_form(1))  # caches warm
    statements.clear()
    reply = client.post(f"/surveys/responses/{response_id}/autosave",
                        data=institution_form(2, **{"a-institution_name": "Secretaría de Gobernación"}))
    assert reply.status_code == 200 and reply.get_json()["revision"] == 3
    if statements.dialect == "sqlite":
        writes = [s for s in statements if s in ("UPDATE", "INSERT", "DELETE")]
        assert writes == ["INSERT", "UPDATE"]  # the audit event, then the guarded update
        assert statements.count("BEGIN IMMEDIATE") == 1  # taken for the write alone, not to reload afterwards
        first_write = statements.index("BEGIN IMMEDIATE")
        assert statements[first_write + 1:] == ["INSERT", "UPDATE", "COMMIT"]
    else:  # PostgreSQL locks the row only: the read transaction goes on to the write, the guarded update
        # and its audit event in one statement (WITH saved AS (UPDATE …) INSERT … FROM saved)
        assert statements == ["SELECT", "SELECT", "WITH", "COMMIT"], statements
    assert _audit_saves(app, response_id)[-1] == {"section": "institution", "revision": 3}
    assert response_row(app, response_id)["answers"]["institution_name"] == "Secretaría de Gobernación"


def test_unchanged_answers_write_nothing(app, client, make_user, login, statements):
    _version, round_id = open_round(app)
    login(make_user("focal_point", country="MEX"))
    response_id = start(client, round_id)
    client.post(f"/surveys/responses/{response_id}/autosave", data=institution_form(1))
    statements.clear()
    again = client.post(f"/surveys/responses/{response_id}/autosave", data=institution_form(2))
    assert again.get_json() == {**again.get_json(), "revision": 2, "saved": False}
    assert not [s for s in statements if s in ("UPDATE", "INSERT", "DELETE", "BEGIN IMMEDIATE")]


def test_store_section_writes_nothing_once_the_draft_moved_on_or_closed(app, client, make_user, login):
    from needs.surveys import drafts
    from needs.surveys.models import SurveyRound

    _version, round_id = open_round(app)
    user = make_user("focal_point", country="MEX")
    login(user)
    response_id = start(client, round_id)
    actor = drafts.Actor(user.id, user.email)
    with app.app_context():
        # a save computed from revision 1 after another save made it 2 (between this one's read and write)
        assert drafts.store_section(response_id, 1, {"institution_name": "A"}, actor, country="MEX",
                                    section="institution")
        assert not drafts.store_section(response_id, 1, {"institution_name": "B"}, actor, country="MEX",
                                        section="institution")
        with db.session.begin():
            db.session.get(SurveyRound, round_id).deadline = dt.datetime(2020, 1, 1)
        assert not drafts.store_section(response_id, 2, {"institution_name": "C"}, actor, country="MEX",
                                        section="institution")
    row = response_row(app, response_id)
    assert row["revision"] == 2 and row["answers"] == {"institution_name": "A"}
    assert _audit_saves(app, response_id) == [{"section": "institution", "revision": 2}]


def test_a_save_that_lost_the_race_is_decided_under_the_lock(app, client, make_user, login, monkeypatch):
    """When another save lands between the read and the write, the autosave answers as if it had read
    after it: a conflict showing the other value, and nothing of its own stored."""
    from needs.surveys import drafts

    _version, round_id = open_round(app)
    user = make_user("focal_point", country="MEX")
    login(user)
    response_id = start(client, round_id)
    real_store = drafts.store_section

    def other_save_first(*args, **kwargs):
        real_store(response_id, 1, {"institution_name": "Secretaría de Gobernación"}, drafts.Actor(user.id, user.email),
                   country="MEX", section="institution")
        return real_store(*args, **kwargs)

    monkeypatch.setattr(drafts, "store_section", other_save_first)
    reply = client.post(f"/surveys/responses/{response_id}/autosave",
                        data=institution_form(1, **{"a-institution_name": "Unidad de Política Migratoria"}))
    assert reply.status_code == 409
    body = reply.get_json()
    assert body["error"] == "conflict" and body["revision"] == 2
    assert body["values"]["institution_name"]["value"] == "Secretaría de Gobernación"
    assert response_row(app, response_id)["answers"]["institution_name"] == "Secretaría de Gobernación"


def test_an_autosave_records_the_event_an_explicit_save_records(app, client, make_user, login):
    """The Core INSERT of autosave writes the columns record() gives the explicit save's event."""
    from needs.audit.models import AuditEvent

    _version, round_id = open_round(app)
    user = make_user("focal_point", country="MEX")
    login(user)
    response_id = start(client, round_id)
    client.post(f"/surveys/responses/{response_id}/autosave",
                data=institution_form(1, **{"a-institution_name": "Secretaría\nde Gobernación"}))
    client.post(f"/surveys/responses/{response_id}/sections/institution",
                data=institution_form(2, **{"a-institution_name": "Unidad de Política Migratoria", "action": "save"}))
    with app.app_context():
        events = list(db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "response.save")
                                         .order_by(AuditEvent.id)))
        columns = [{c: getattr(event, c) for c in ("actor_id", "actor", "action", "object_type", "object_id",
                                                    "country_code", "address", "details")} for event in events]
        assert all(event.at is not None for event in events)
    assert len(columns) == 2
    autosaved, saved = columns
    assert autosaved == {**saved, "details": {"section": "institution", "revision": 2}}
    assert saved["details"] == {"section": "institution", "revision": 3}
    assert autosaved["actor_id"] == user.id and autosaved["actor"] == user.email
    assert autosaved["object_id"] == str(response_id) and autosaved["country_code"] == "MEX"
