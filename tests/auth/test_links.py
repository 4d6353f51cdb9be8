"""Invitations and password resets: single use, expiring, same answer for unknown e-mails."""

import datetime as dt
import re

import sqlalchemy as sa

from needs.auth.models import SingleUseLink, User
from needs.extensions import db
from needs.mail.models import OutboxMessage
from tests.conftest import sign_in

NEW = "a long and fresh passphrase"


def _link_from_outbox(ctx, kind):
    message = db.session.scalars(sa.select(OutboxMessage).where(OutboxMessage.kind == kind)
                                 .order_by(OutboxMessage.id.desc())).first()
    assert message is not None
    return re.search(r"http://\S+(/auth/\S+)", message.body).group(1), message


def test_invitation_flow_single_use(app, client, make_user, ctx):
    admin = make_user("admin")
    sign_in(client, admin)
    response = client.post("/admin/users/invite", data={
        "email": "new.focal@test.example.org", "name": "Nouvelle", "role": "focal_point",
        "country": "SEN", "agency": "", "language": "fr"})
    assert response.status_code == 302
    path, message = _link_from_outbox(ctx, "invite")
    assert message.language == "fr" and "invité" in message.subject.lower() or message.subject
    assert message.body.count("http://127.0.0.1:5000/auth/invitation/") == 1  # configured host
    guest = app.test_client()
    assert guest.get(path).status_code == 200
    assert guest.post(path, data={"password": NEW, "confirm": NEW}).status_code == 302
    assert guest.post(path, data={"password": NEW, "confirm": NEW}).status_code == 410  # used
    assert sign_in(app.test_client(), "new.focal@test.example.org", NEW).status_code == 302


def test_link_expires(app, client, make_user, ctx):
    user = make_user("cdtf")
    client.post("/auth/forgot-password", data={"email": user.email})
    path, _ = _link_from_outbox(ctx, "reset")
    link = db.session.scalars(sa.select(SingleUseLink)).one()
    link.expires_at = dt.datetime(2000, 1, 1)
    db.session.commit()
    assert client.get(path).status_code == 410


def test_reset_ends_sessions(app, make_user, ctx):
    user = make_user("cdtf")
    signed_in = app.test_client()
    sign_in(signed_in, user)
    app.test_client().post("/auth/forgot-password", data={"email": user.email})
    path, _ = _link_from_outbox(ctx, "reset")
    assert app.test_client().post(path, data={"password": NEW, "confirm": NEW}).status_code == 302
    assert signed_in.get("/auth/account").status_code == 302


def test_forgot_password_same_answer_for_unknown(client, make_user, ctx):
    user = make_user("cdtf")
    known = client.post("/auth/forgot-password", data={"email": user.email}, follow_redirects=True)
    unknown = client.post("/auth/forgot-password", data={"email": "ghost@test.example.org"}, follow_redirects=True)
    assert known.status_code == unknown.status_code == 200
    assert "If an account uses this address" in unknown.get_data(as_text=True)
    assert "If an account uses this address" in known.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(OutboxMessage)) == 1


def test_duplicate_and_unknown_country_named(client, make_user, ctx):
    admin = make_user("admin")
    sign_in(client, admin)
    dup = client.post("/admin/users/invite", data={"email": admin.email, "name": "X", "role": "cdtf",
                                                   "language": "en"})
    assert dup.status_code == 400 and "already exists" in dup.get_data(as_text=True)
    bad = client.post("/admin/users/invite", data={"email": "x@test.example.org", "name": "X",
                                                   "role": "focal_point", "country": "XXX", "language": "en"})
    assert bad.status_code == 400
    assert db.session.scalar(sa.select(sa.func.count()).select_from(User)) == 1


def test_create_user_command_names_field(runner, ctx):
    result = runner.invoke(args=["create-user", "--email", "a@test.example.org", "--name", "A", "--role",
                                 "focal_point", "--country", "ZZZ", "--password", "a perfectly fine one"])
    assert result.exit_code != 0 and "--country" in result.output
    result = runner.invoke(args=["create-user", "--email", "a@test.example.org", "--name", "A", "--role",
                                 "cdtf", "--language", "de", "--password", "a perfectly fine one"])
    assert result.exit_code != 0 and "--language" in result.output
    ok = runner.invoke(args=["create-user", "--email", "a@test.example.org", "--name", "A", "--role",
                             "cdtf", "--password", "a perfectly fine one"])
    assert ok.exit_code == 0, ok.output
