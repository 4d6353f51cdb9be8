"""SECURITY 6, 14, 15: CSRF on cookie forms, headers on every response, generic error pages."""

import pytest

from tests.conftest import PASSWORD, csrf_token_from, sign_in


@pytest.mark.parametrize("path", ["/", "/no/such/page", "/auth/sign-in"])
def test_security_headers_everywhere(client, path):
    response = client.get(path)
    csp = response.headers["Content-Security-Policy"]
    for part in ("default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"):
        assert part in csp
    assert "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"]


def test_404_page_is_generic_and_has_headers(client):
    response = client.get("/missing")
    assert response.status_code == 404
    assert "Content-Security-Policy" in response.headers
    assert "<html" in response.get_data(as_text=True)


def test_500_page_has_error_id_and_no_traceback(database_url, instance_dir):
    from needs import create_app
    from needs.auth import policy
    from tests.conftest import app_config

    app = create_app(app_config(database_url, instance_dir, PROPAGATE_EXCEPTIONS=False))

    @app.get("/boom-for-test")
    def boom():
        raise RuntimeError("secret internal detail")

    policy.POLICY["boom"] = policy.PUBLIC
    try:
        response = app.test_client().get("/boom-for-test")
    finally:
        policy.POLICY.pop("boom")
    body = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "secret internal detail" not in body and "Traceback" not in body
    assert "reference" in body
    assert "Content-Security-Policy" in response.headers


def test_signed_in_pages_not_cached(client, make_user):
    sign_in(client, make_user("cdtf"))
    assert client.get("/auth/account").headers["Cache-Control"] == "no-store"


def test_csrf_enforced_on_cookie_forms(app, make_user):
    app.config["WTF_CSRF_ENABLED"] = True
    user = make_user("cdtf")
    client = app.test_client()
    # Without a token, signing in is refused.
    response = client.post("/auth/sign-in", data={"email": user.email, "password": PASSWORD})
    assert response.status_code == 400
    token = csrf_token_from(client.get("/auth/sign-in").get_data(as_text=True))
    response = client.post("/auth/sign-in", data={"email": user.email, "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302
    # A signed-in form without the token changes nothing.
    assert client.post("/language", data={"lang": "fr"}).status_code == 400
    assert client.post("/auth/sign-out").status_code in (302, 400)
    assert client.get("/auth/account").status_code == 200  # still signed in


def test_get_changes_nothing(client, make_user):
    sign_in(client, make_user("cdtf"))
    assert client.get("/auth/sign-out").status_code == 405
    assert client.get("/auth/account").status_code == 200


def test_trusted_hosts(app):
    app.config["TRUSTED_HOSTS"] = ["needs.example.org"]
    try:
        assert app.test_client().get("/", headers={"Host": "evil.example"}).status_code == 400
        assert app.test_client().get("/", headers={"Host": "needs.example.org"}).status_code == 200
    finally:
        app.config["TRUSTED_HOSTS"] = None


def test_csrf_token_kept_per_session_and_refused_across_sessions(app, make_user):
    import time

    from tests.surveys.survey_app_support import open_round

    app.config["WTF_CSRF_ENABLED"] = True
    _version, round_id = open_round(app)
    first, second = app.test_client(), app.test_client()
    tokens = {}
    for client in (first, second):
        page = client.get("/auth/sign-in").get_data(as_text=True)
        user = make_user("focal_point", country="SEN")
        reply = client.post("/auth/sign-in", data={"email": user.email, "password": PASSWORD,
                                                   "csrf_token": csrf_token_from(page)})
        assert reply.status_code == 302
        token = csrf_token_from(client.get("/surveys/").get_data(as_text=True))
        reply = client.post(f"/surveys/rounds/{round_id}/start", data={"csrf_token": token})
        assert reply.status_code == 302
        section = reply.location.replace("/edit", "/sections/institution")
        tokens[client] = [csrf_token_from(client.get(section).get_data(as_text=True))]
        time.sleep(1.1)  # a token signed anew would carry another second
        tokens[client].append(csrf_token_from(client.get(section).get_data(as_text=True)))
    assert tokens[first][0] == tokens[first][1]  # signed once, reused on the next page
    assert tokens[first][0] != tokens[second][0]
    # A session's token is refused in another session; its own is accepted.
    assert second.post("/language", data={"lang": "fr", "csrf_token": tokens[first][0]}).status_code == 400
    assert second.post("/language", data={"lang": "fr", "csrf_token": tokens[second][0]}).status_code == 302
