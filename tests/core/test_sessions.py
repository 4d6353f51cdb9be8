"""Session cookies checked once per worker: a cookie seen before still has to be the same bytes, signed
with the current keys and young enough; a changed, expired or re-keyed one is refused as before."""

from __future__ import annotations

import datetime as dt
import time

from tests.conftest import sign_in


def _signed_in(app, make_user):
    client = app.test_client()
    sign_in(client, make_user("cdtf", language="en"))
    assert client.get("/auth/account").status_code == 200
    assert client.get("/auth/account").status_code == 200  # the second time from the checked cookies
    return client, client.get_cookie("session").value


def _status_with(app, cookie: str) -> int:
    client = app.test_client()
    client.set_cookie("session", cookie)
    return client.get("/auth/account").status_code


def test_a_checked_cookie_changed_by_one_byte_is_refused(app, make_user):
    _client, cookie = _signed_in(app, make_user)
    assert _status_with(app, cookie) == 200
    # Inside the signature: its last character also holds base64 padding bits, which a change may leave
    # decoding to the same, valid signature.
    tampered = cookie[:-5] + ("A" if cookie[-5] != "A" else "z") + cookie[-4:]
    assert _status_with(app, tampered) == 302  # to the sign-in page
    payload_changed = cookie[:5] + ("A" if cookie[5] != "A" else "B") + cookie[6:]
    assert _status_with(app, payload_changed) == 302


def test_a_checked_cookie_expires(app, make_user):
    lifetime = app.permanent_session_lifetime
    try:
        app.permanent_session_lifetime = dt.timedelta(seconds=1)
        _client, cookie = _signed_in(app, make_user)
        time.sleep(2.1)
        assert _status_with(app, cookie) == 302
    finally:
        app.permanent_session_lifetime = lifetime


def test_a_new_secret_key_refuses_checked_cookies(app, make_user):
    _client, cookie = _signed_in(app, make_user)
    secret, fallbacks = app.secret_key, app.config["SECRET_KEY_FALLBACKS"]
    try:
        app.secret_key = secret + "-rotated"
        assert _status_with(app, cookie) == 302
        app.config["SECRET_KEY_FALLBACKS"] = [secret]  # the old key as a fallback still signs them in
        assert _status_with(app, cookie) == 200
    finally:
        app.secret_key = secret
        app.config["SECRET_KEY_FALLBACKS"] = fallbacks


def test_flashed_messages_are_not_shared_between_requests(app, make_user, client, login):
    from tests.surveys.survey_app_support import institution_form, open_round, start

    _version, round_id = open_round(app)
    login(make_user("focal_point", country="SEN"))
    response_id = start(client, round_id)
    url = f"/surveys/responses/{response_id}/sections/institution"
    reply = client.post(url, data={**institution_form(1), "action": "save"})
    assert reply.status_code == 302
    assert client.get(url).get_data(as_text=True).count("Draft saved.") == 1
    assert "Draft saved." not in client.get(url).get_data(as_text=True)
