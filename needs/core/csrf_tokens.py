"""Flask-WTF's CSRF token, signed once per session token in a worker.

generate_csrf builds a serializer and signs the session's raw token with a fresh timestamp on every page.
With WTF_CSRF_TIME_LIMIT at None the timestamp is never checked, so a token signed for the same raw token
and key earlier is exactly as valid (and as bound to that session) as a new one: it is kept and reused.
With a time limit, every page signs anew, as Flask-WTF does.
"""

from __future__ import annotations

import threading

from flask import current_app, g, session
from flask_wtf.csrf import generate_csrf

KEPT_TOKENS = 4096
_signed: dict[tuple, str] = {}
_lock = threading.Lock()


def csrf_token() -> str:
    """generate_csrf's token for this request's session."""
    config = current_app.config
    field = config.get("WTF_CSRF_FIELD_NAME") or "csrf_token"
    raw = session.get(field)
    if config.get("WTF_CSRF_TIME_LIMIT") is not None or field in g or not isinstance(raw, str):
        return generate_csrf()
    key = (config.get("WTF_CSRF_SECRET_KEY") or current_app.secret_key, field, raw)
    token = _signed.get(key)
    if token is None:
        token = generate_csrf()
        with _lock:
            if len(_signed) >= KEPT_TOKENS:
                _signed.clear()
            _signed[key] = token
    setattr(g, field, token)  # what generate_csrf reads for the rest of the request
    return token
