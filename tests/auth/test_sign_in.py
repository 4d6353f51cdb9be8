"""Sign-in, sign-out, sessions that end, throttling, deactivation."""

import re

import sqlalchemy as sa

from needs.auth.models import User
from needs.extensions import db
from tests.conftest import PASSWORD, sign_in


def test_sign_in_and_out(client, make_user):
    user = make_user("cdtf")
    assert sign_in(client, user).status_code == 302
    assert client.get("/auth/account").status_code == 200
    client.post("/auth/sign-out")
    assert client.get("/auth/account").status_code == 302


def test_wrong_password_and_unknown_email_answer_alike(client, make_user):
    user = make_user("cdtf")
    wrong = sign_in(client, user, "not the password at all")
    unknown = sign_in(client, "nobody@test.example.org", "not the password at all")
    assert wrong.status_code == unknown.status_code == 200
    strip = lambda r: re.sub(r'value="[^"]*"', "", r.get_data(as_text=True))  # noqa: E731
    assert strip(wrong) == strip(unknown)


def test_cookie_replayed_after_sign_out_is_refused(app, make_user):
    user = make_user("cdtf")
    first, second = app.test_client(), app.test_client()
    sign_in(first, user)
    sign_in(second, user)
    stolen = first.get_cookie("session").value
    first.post("/auth/sign-out")
    # The other device's session ended too, and the old cookie no longer works.
    assert second.get("/auth/account").status_code == 302
    replay = app.test_client()
    replay.set_cookie("session", stolen)
    assert replay.get("/auth/account").status_code == 302


def test_password_change_ends_other_sessions(app, make_user):
    user = make_user("agency")
    mine, other = app.test_client(), app.test_client()
    sign_in(mine, user)
    sign_in(other, user)
    new = "a brand new passphrase for needs"
    response = mine.post("/auth/password", data={"current": PASSWORD, "password": new, "confirm": new})
    assert response.status_code == 302
    assert mine.get("/auth/account").status_code == 200
    assert other.get("/auth/account").status_code == 302
    assert sign_in(app.test_client(), user, new).status_code == 302


def test_password_change_needs_current_password(client, make_user):
    user = make_user("agency")
    sign_in(client, user)
    new = "a brand new passphrase for needs"
    response = client.post("/auth/password", data={"current": "wrong one!", "password": new, "confirm": new})
    assert response.status_code == 200
    assert sign_in(client.application.test_client(), user, new).status_code == 200  # not changed


def test_common_password_refused(client, make_user):
    user = make_user("agency")
    sign_in(client, user)
    response = client.post("/auth/password", data={"current": PASSWORD, "password": "password123",
                                                   "confirm": "password123"})
    assert "too common" in response.get_data(as_text=True)


def test_long_unicode_password_accepted(app, make_user):
    from needs.auth.passwords import hash_password, password_problem, verify_password

    phrase = "Миграция и развитие — 移民与发展 — الهجرة والتنمية " * 8
    assert password_problem(phrase) is None
    assert verify_password(hash_password(phrase), phrase)


def test_hash_is_argon2id(ctx, make_user):
    user = make_user("cdtf")
    stored = db.session.scalar(sa.select(User.password_hash).where(User.id == user.id))
    assert stored.startswith("$argon2id$")


def test_throttling_per_account(client, make_user):
    user = make_user("cdtf")
    for _ in range(5):
        sign_in(client, user, "wrong password!!")
    assert sign_in(client, user).status_code == 429  # even the right password waits


def test_forged_forwarded_for_does_not_reset_counter(app, make_user):
    user = make_user("cdtf")
    client = app.test_client()
    for i in range(5):
        client.post("/auth/sign-in", data={"email": user.email, "password": "wrong password!!"},
                    headers={"X-Forwarded-For": f"10.0.0.{i}"})
    response = client.post("/auth/sign-in", data={"email": "other@test.example.org", "password": "x" * 12},
                           headers={"X-Forwarded-For": "10.9.9.9"})
    assert response.status_code == 429  # counted per address too, and the header is not trusted


def test_deactivated_user_cannot_sign_in_and_is_signed_out(app, make_user, ctx):
    user = make_user("focal_point")
    client = app.test_client()
    sign_in(client, user)
    from needs.auth.services import set_active

    set_active(db.session.get(User, user.id), False)
    db.session.commit()
    assert client.get("/auth/account").status_code == 302
    assert sign_in(app.test_client(), user).status_code == 200


def test_idle_timeout(app, make_user):
    user = make_user("cdtf")
    client = app.test_client()
    sign_in(client, user)
    with client.session_transaction() as session:
        session["seen_at"] = session["seen_at"] - 2 * 3600
    assert client.get("/auth/account").status_code == 302


def test_cookies_flags(client, make_user):
    user = make_user("cdtf")
    response = sign_in(client, user)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_open_redirect_rejected(client, make_user):
    from needs.auth.services import safe_next

    for bad in ["//evil.example", "/\\evil.example", "https:evil.example", "javascript:alert(1)",
                " /x", "\t/x", "https://evil.example/", "/%0d%0aSet-Cookie:x"]:
        assert safe_next(bad) in (None, "/%0d%0aSet-Cookie:x"), bad
    assert safe_next("/auth/account?x=1") == "/auth/account?x=1"
    user = make_user("cdtf")
    response = client.post("/auth/sign-in?next=//evil.example", data={"email": user.email, "password": PASSWORD})
    assert response.headers["Location"] == "/"
