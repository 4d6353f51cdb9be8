"""SECURITY 21: sign-ins, failures and refusals are audited in UTC; CR/LF cannot forge a line; no secrets."""

import sqlalchemy as sa

from needs.audit.models import AuditEvent
from needs.extensions import db
from tests.conftest import PASSWORD, sign_in


def _events():
    return db.session.scalars(sa.select(AuditEvent).order_by(AuditEvent.id)).all()


def test_sign_in_failure_and_refusal_audited(app, make_user, ctx):
    user = make_user("focal_point")
    client = app.test_client()
    sign_in(client, user, "wrong password!!")
    sign_in(client, user)
    client.get("/admin/users")
    actions = [e.action for e in _events()]
    assert actions[:3] == ["auth.sign-in-failed", "auth.sign-in", "access.refused"]
    assert all(PASSWORD not in str(e.details) for e in _events())


def test_control_characters_cannot_forge_entries(app, ctx):
    client = app.test_client()
    client.post("/auth/sign-in", data={"email": "x@y.org\r\n2026-01-01 admin sign-in ok", "password": "x" * 12})
    event = _events()[-1]
    flat = str(event.details) + event.actor + event.action
    assert "\r" not in flat and "\n" not in flat


def test_secrets_never_stored(ctx):
    from needs.audit.services import record

    record("test", password="hunter2", token="abc", totp_code="123", note="kept")
    db.session.commit()
    assert _events()[-1].details == {"note": "kept"}
