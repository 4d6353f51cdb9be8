"""Second factor: available to all, required for CDTF and administrators in production, codes not replayable."""

import time

import pyotp
import sqlalchemy as sa

from needs.auth.models import User
from needs.extensions import db
from tests.conftest import sign_in


def _enable(client, ctx_app):
    page = client.get("/auth/second-factor/setup")
    assert page.status_code == 200
    with client.session_transaction() as session:
        secret = session["totp_secret"]
    response = client.post("/auth/second-factor/setup", data={"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 302
    return secret


def test_focal_point_can_turn_it_on_and_sign_in_needs_code(app, make_user):
    user = make_user("focal_point")
    client = app.test_client()
    sign_in(client, user)
    secret = _enable(client, app)
    client.post("/auth/sign-out")
    response = sign_in(client, user)
    assert response.headers["Location"].startswith("/auth/second-factor")
    assert client.get("/auth/account").status_code == 302  # not signed in yet
    assert client.post("/auth/second-factor", data={"code": "000000"}).status_code == 200
    # The set-up used the current step; the next step's code is accepted within the allowed drift.
    code = pyotp.TOTP(secret).at(time.time() + 30)
    assert client.post("/auth/second-factor", data={"code": code}).status_code == 302
    assert client.get("/auth/account").status_code == 200
    # The same code cannot be used twice.
    other = app.test_client()
    sign_in(other, user)
    assert other.post("/auth/second-factor", data={"code": code}).status_code == 200
    assert other.get("/auth/account").status_code == 302


def test_production_requires_second_factor_for_cdtf(app, make_user):
    user = make_user("cdtf")
    app.config["NEEDS_REQUIRE_2FA"] = True
    client = app.test_client()
    sign_in(client, user)
    response = client.get("/admin/audit")
    assert response.status_code == 302 and response.headers["Location"].endswith("/auth/second-factor/setup")
    _enable(client, app)
    assert client.get("/admin/audit").status_code == 200


def test_production_does_not_require_it_for_focal_points(app, make_user):
    user = make_user("focal_point")
    app.config["NEEDS_REQUIRE_2FA"] = True
    client = app.test_client()
    sign_in(client, user)
    assert client.get("/auth/account").status_code == 200


def test_secret_stored_only_after_confirmation(app, make_user, ctx):
    user = make_user("agency")
    client = app.test_client()
    sign_in(client, user)
    client.get("/auth/second-factor/setup")
    assert db.session.scalar(sa.select(User.totp_enabled).where(User.id == user.id)) is False
