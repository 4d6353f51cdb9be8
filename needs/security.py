"""Request guards and response headers shared by every page: the route policy, sessions, CSRF
exemption for token-authenticated API calls, the security headers and the generic error pages."""

from __future__ import annotations

import contextlib
import logging
import uuid

from flask import Flask, abort, current_app, g, redirect, render_template, request, url_for
from flask_login import current_user, logout_user
from werkzeug.exceptions import HTTPException, SecurityError

from needs.auth import policy
from needs.auth import services as auth
from needs.db import set_write_intent

log = logging.getLogger(__name__)

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
])
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# POST endpoints that start with a read transaction and ask for the write lock themselves
# (``needs.db.set_write_intent``) only when they have something to write: an autosave of unchanged
# answers then never queues behind other writers for SQLite's database-wide write lock.
READ_FIRST = frozenset({"surveys.autosave"})
# Endpoints a signed-in user who still must set up a second factor may reach.
SECOND_FACTOR_SETUP_ALLOWED = frozenset({"auth.totp_setup", "auth.sign_out", "static", "core.set_language",
                                         "core.home", "core.privacy"})


def enforce_policy():
    """Runs before every view: write intent, session timeouts, role policy, second-factor set-up."""
    # Per-request state lives on g; when a caller already holds an app context (tests, CLI), the request
    # reuses it, so start from a clean slate rather than trust a user or locale from another request.
    g.pop("_login_user", None)
    g.pop("locale", None)
    endpoint = request.endpoint
    g.write_token = set_write_intent(request.method in UNSAFE_METHODS and endpoint not in READ_FIRST)
    if endpoint is None:
        return None  # routing will answer 404/405
    user = current_user._get_current_object()  # the user itself: each attribute read through the proxy costs
    if not user.is_authenticated:
        user = None
    if user is not None and auth.session_expired():
        logout_user()
        user = None
    verdict = policy.allowed(endpoint, user.role if user else None)
    if verdict is None:
        log.error("endpoint %s has no entry in the route policy table", endpoint)
        abort(403)
    if not verdict:
        if user is None:
            if request.method == "GET" and not request.path.startswith("/api/"):
                return redirect(url_for("auth.sign_in", next=request.full_path.rstrip("?")))
            abort(401)
        _audit_refusal(user, endpoint)
        abort(403)
    if user is not None and auth.second_factor_required(user) and not user.totp_enabled \
            and endpoint not in SECOND_FACTOR_SETUP_ALLOWED:
        return redirect(url_for("auth.totp_setup"))
    return None


def _audit_refusal(user, endpoint: str) -> None:
    from needs.audit.services import record
    from needs.extensions import db

    record("access.refused", object_type="endpoint", object_id=endpoint, path=request.path[:300])
    db.session.commit()


def reset_write_intent(_exc=None):
    token = g.pop("write_token", None)
    if token is not None:
        from needs.db import _write_intent

        with contextlib.suppress(ValueError):  # reset from another context: nothing left to undo
            _write_intent.reset(token)


def security_headers(response):
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers["Referrer-Policy"] = "same-origin"
    headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    headers["Cross-Origin-Opener-Policy"] = "same-origin"
    if request.is_secure or current_app.config.get("NEEDS_ENV") == "production":
        headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"
    if current_user.is_authenticated:
        # Pages for a signed-in user hold data that must not stay in shared or back-button caches.
        headers["Cache-Control"] = "no-store"
        headers.add("Vary", "Cookie")
    return response


def handle_http_error(error: HTTPException):
    if isinstance(error, SecurityError):
        # An untrusted Host header: no page is rendered, since every link in it would use that host.
        return "Bad Request: untrusted host", 400, {"Content-Type": "text/plain; charset=utf-8"}
    if request.path.startswith("/api/"):
        return {"error": error.name, "status": error.code}, error.code
    return render_template("error.html", error=error, error_id=None), error.code


def handle_exception(error: Exception):
    if isinstance(error, HTTPException):
        return handle_http_error(error)
    error_id = uuid.uuid4().hex[:12]
    log.exception("unhandled error %s on %s %s", error_id, request.method, request.path)
    from needs.extensions import db

    with contextlib.suppress(Exception):  # the error page must render even when the database is down
        db.session.rollback()
    if request.path.startswith("/api/"):
        return {"error": "Internal Server Error", "status": 500, "error_id": error_id}, 500
    return render_template("error.html", error=None, error_id=error_id), 500


def init_app(app: Flask) -> None:
    from needs.core.sessions import CheckedCookieSessionInterface

    app.session_interface = CheckedCookieSessionInterface()
    app.before_request(enforce_policy)
    app.teardown_request(reset_write_intent)
    app.after_request(security_headers)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, handle_exception)
