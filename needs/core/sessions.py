"""Flask's signed-cookie session, with each cookie value checked once per worker.

Flask verifies and decodes the session cookie on every request (a serializer built anew, HMAC, base64,
zlib, tagged JSON). A browser sends the same cookie until the session changes, so the worker keeps the
cookies it has verified, with the time each was signed and the keys it was signed with: a cookie seen
before is only checked for age, as itsdangerous would. Sessions holding anything but plain values
(flashed messages are lists) are decoded every time, so requests never share a mutable object.
"""

from __future__ import annotations

import threading
import time

from flask.sessions import SecureCookieSession, SecureCookieSessionInterface
from itsdangerous import BadSignature

CHECKED_COOKIES = 4096
_PLAIN = (str, int, float, bool, type(None))


class CheckedCookieSessionInterface(SecureCookieSessionInterface):
    def __init__(self):
        self._serializers: dict[tuple, object] = {}
        self._checked: dict[str, tuple[dict, int, tuple]] = {}
        self._lock = threading.Lock()

    def _keys(self, app) -> tuple:
        return (app.secret_key, *(app.config["SECRET_KEY_FALLBACKS"] or ()))

    def get_signing_serializer(self, app):
        """One serializer per set of keys (Flask builds one per request and two for a changed session)."""
        keys = self._keys(app)
        found = self._serializers.get(keys)
        if found is None and app.secret_key:
            found = self._serializers[keys] = super().get_signing_serializer(app)
        return found

    def open_session(self, app, request) -> SecureCookieSession | None:
        value = request.cookies.get(self.get_cookie_name(app))
        serializer = self.get_signing_serializer(app)
        if not value or serializer is None:
            return super().open_session(app, request)
        max_age = int(app.permanent_session_lifetime.total_seconds())
        keys = self._keys(app)
        checked = self._checked.get(value)
        if checked is not None and checked[2] == keys and 0 <= int(time.time()) - checked[1] <= max_age:
            return self.session_class(checked[0])  # a copy: the values themselves are immutable
        try:
            data, signed = serializer.loads(value, max_age=max_age, return_timestamp=True)
        except BadSignature:
            return self.session_class()
        if isinstance(data, dict) and all(isinstance(item, _PLAIN) for item in data.values()):
            with self._lock:
                if len(self._checked) >= CHECKED_COOKIES:
                    self._checked.clear()
                self._checked[value] = (data, int(signed.timestamp()), keys)
        return self.session_class(data)
