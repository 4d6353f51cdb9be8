"""Accounts: sign-in with throttling, single-use links, sessions that end, the second factor."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import secrets
from collections.abc import Callable
from urllib.parse import urlsplit

import pyotp
import sqlalchemy as sa
from flask import current_app, g, has_request_context, request, session
from flask_login import login_user, logout_user
from sqlalchemy.orm import make_transient_to_detached

from needs.audit.services import record
from needs.auth import roles
from needs.auth.models import SignInFailure, SingleUseLink, User
from needs.auth.passwords import hash_password, needs_rehash, verify_password
from needs.core import driver_read
from needs.db import utcnow
from needs.extensions import db
from needs.i18n.languages import LANGUAGES


class AccountError(ValueError):
    """A refused account change; ``field`` names the form field, ``code`` the reason."""

    def __init__(self, field: str, code: str):
        super().__init__(f"{field}: {code}")
        self.field, self.code = field, code


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_user(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == normalise_email(email)))


# ---- users -----------------------------------------------------------------------------------------

def create_user(*, email: str, name: str, role: str, language: str = "en", country: str | None = None,
                agency: str | None = None, password: str | None = None, phone: str = "",
                is_demo: bool = False) -> User:
    """Validate and add a user to the session; AccountError names the offending field."""
    from needs.vocabulary import services as vocabulary

    email = normalise_email(email)
    if "@" not in email or len(email) > 254:
        raise AccountError("email", "invalid")
    if find_user(email) is not None:
        raise AccountError("email", "duplicate")
    if role not in roles.ROLES:
        raise AccountError("role", "unknown")
    if language not in LANGUAGES:
        raise AccountError("language", "unknown")
    if role == roles.FOCAL_POINT and country not in vocabulary.country_codes():
        raise AccountError("country", "unknown")
    if role == roles.AGENCY and agency not in {a.code for a in vocabulary.agencies()}:
        raise AccountError("agency", "unknown")
    user = User(email=email, name=name.strip()[:200], role=role, language=language, phone=phone,
                country_code=country if role == roles.FOCAL_POINT else None,
                agency_code=agency if role == roles.AGENCY else None, is_demo=is_demo,
                password_hash=hash_password(password) if password else None)
    db.session.add(user)
    db.session.flush()
    return user


def set_active(user: User, active: bool) -> None:
    user.active = active
    user.session_version += 1
    record("user.activate" if active else "user.deactivate", object_type="user", object_id=user.id)


def set_password(user: User, password: str) -> None:
    user.password_hash = hash_password(password)
    user.session_version += 1  # every other session of this user ends


# ---- single-use links -------------------------------------------------------------------------------

def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_link(user: User, purpose: str) -> str:
    """Create an invitation or reset link and return its token (only its digest is stored)."""
    hours = current_app.config["NEEDS_INVITE_HOURS" if purpose == "invite" else "NEEDS_RESET_HOURS"]
    token = secrets.token_urlsafe(32)
    db.session.add(SingleUseLink(user=user, purpose=purpose, token_hash=_digest(token),
                                 expires_at=utcnow() + dt.timedelta(hours=hours)))
    return token


def valid_link(token: str, purpose: str) -> SingleUseLink | None:
    link = db.session.scalar(sa.select(SingleUseLink).where(SingleUseLink.token_hash == _digest(token)))
    if link is None or link.purpose != purpose or link.used_at is not None or link.expires_at < utcnow():
        return None
    return link


def consume_link(token: str, purpose: str, password: str) -> User | None:
    """Set the password through a link; the link and every other open link of that user are spent."""
    link = valid_link(token, purpose)
    if link is None:
        return None
    user = link.user
    now = utcnow()
    for other in user.links:
        if other.used_at is None:
            other.used_at = now
    set_password(user, password)
    record(f"user.{purpose}-used", object_type="user", object_id=user.id, actor=user)
    return user


# ---- throttling -------------------------------------------------------------------------------------

def _throttle_keys(email: str, address: str) -> list[str]:
    return [f"account:{normalise_email(email)}", f"address:{address}"]


def is_throttled(email: str, address: str) -> bool:
    window = utcnow() - dt.timedelta(minutes=current_app.config["NEEDS_LOGIN_WINDOW_MINUTES"])
    limit = current_app.config["NEEDS_LOGIN_MAX_FAILURES"]
    for key in _throttle_keys(email, address):
        count = db.session.scalar(sa.select(sa.func.count()).select_from(SignInFailure)
                                  .where(SignInFailure.key == key, SignInFailure.at >= window))
        if count >= limit:
            return True
    return False


def note_failure(email: str, address: str) -> None:
    for key in _throttle_keys(email, address):
        db.session.add(SignInFailure(key=key[:300]))


def authenticate(email: str, password: str, address: str) -> User | None:
    """Check the password; the caller learns nothing about whether the e-mail exists."""
    user = find_user(email)
    ok = verify_password(user.password_hash if user else None, password)
    if not ok or not user.active:
        note_failure(email, address)
        record("auth.sign-in-failed", email_given=email[:254])
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


# ---- sessions ---------------------------------------------------------------------------------------

def start_session(user: User, remember: bool = False) -> None:
    lang = session.get("lang")
    session.clear()
    if lang:
        session["lang"] = lang
    login_user(user, remember=remember)
    session["signed_in_at"] = utcnow().timestamp()
    session["seen_at"] = utcnow().timestamp()
    user.last_sign_in_at = utcnow()
    record("auth.sign-in", actor=user)


def end_all_sessions(user: User) -> None:
    user.session_version += 1
    record("auth.sign-out", actor=user)
    lang = session.get("lang") or user.language
    logout_user()
    session.clear()
    session["lang"] = lang  # the next page stays in the language the person was reading


def session_expired() -> bool:
    """Idle and absolute timeouts, checked on every signed-in request."""
    now = utcnow().timestamp()
    idle = current_app.config["NEEDS_IDLE_TIMEOUT_MINUTES"] * 60
    absolute = current_app.config["NEEDS_ABSOLUTE_TIMEOUT_HOURS"] * 3600
    if now - session.get("seen_at", 0) > idle or now - session.get("signed_in_at", 0) > absolute:
        return True
    # Refresh at most once a minute so read-only pages do not rewrite the cookie every time.
    if now - session.get("seen_at", 0) > 60:
        session["seen_at"] = now
    return False


# Reads that a page makes on every GET, run in the statement that loads the signed-in user (one round trip
# fewer): endpoint -> (a function returning the page's Core select with bind parameters, a function of the
# view arguments returning its parameters). The page finds the row with ``companion_row``.
_COMPANIONS: dict[str, tuple[Callable[[], sa.Select], Callable[[dict], dict]]] = {}
_USER_KEYS = tuple(User.__mapper__.get_property_by_column(c).key for c in User.__table__.c)


def read_with_user(endpoint: str, query: Callable[[], sa.Select], params: Callable[[dict], dict]) -> None:
    _COMPANIONS[endpoint] = (query, params)


@functools.cache
def _user_statement(endpoint: str | None) -> sa.Select:
    """Built once per endpoint: on every signed-in request SQLAlchemy then only binds the values."""
    users = User.__table__
    if endpoint is None:
        return sa.select(*users.c).where(users.c.id == sa.bindparam("user_id"))
    companion = _COMPANIONS[endpoint][0]().set_label_style(sa.LABEL_STYLE_TABLENAME_PLUS_COL).subquery()
    return (sa.select(*users.c, *companion.c).select_from(users.outerjoin(companion, sa.true()))
            .where(users.c.id == sa.bindparam("user_id")))


def _read_user_row(user_id: int):
    endpoint = request.endpoint if has_request_context() and request.method == "GET" else None
    if endpoint not in _COMPANIONS:
        # Read in the request's transaction, which the page goes on with.
        return db.session.execute(_user_statement(None), {"user_id": user_id}).first()
    params = {"user_id": user_id, **_COMPANIONS[endpoint][1](request.view_args or {})}
    # A page that reads what it needs with the user: on a connection of its own, without the ORM session's
    # transaction (driver_read). The row is read afresh on every request all the same.
    row = driver_read.first_row(db.engine, _user_statement(endpoint), params)
    if row is not None:
        g.companion_row = (endpoint, params, row[len(_USER_KEYS):])
    return row


def companion_row(endpoint: str, params: dict):
    """The row read with the user for this request's ``endpoint`` with these ``params``, else None."""
    found = g.get("companion_row")
    if found is None or found[0] != endpoint or any(found[1].get(k) != v for k, v in params.items()):
        return None
    return found[2]


def _attached_user(values: dict) -> User:
    """A persistent User from plain column values, in the request's session as if the ORM had loaded it
    (building it from the Core row costs a fraction of an ORM select); changes to it are flushed as usual."""
    user = User.__mapper__.class_manager.new_instance()
    user.__dict__.update(values)
    make_transient_to_detached(user)
    db.session.add(user)
    return user


def load_user(user_id: str) -> User | None:
    """Flask-Login loader: the id carries the session version, so older cookies stop working."""
    g.pop("companion_row", None)
    raw_id, _, version = user_id.partition(":")
    if not raw_id.isdigit() or not version.isdigit():
        return None
    # A user this session already holds (tests and the CLI share one session across requests) is used as
    # an ORM select would have returned it; a request's own session starts empty.
    user = db.session.identity_map.get(db.session.identity_key(User, int(raw_id)))
    if user is None:
        row = _read_user_row(int(raw_id))
        if row is None:
            return None
        values = dict(zip(_USER_KEYS, row, strict=False))
        if not values["active"] or values["session_version"] != int(version):
            return None
        return _attached_user(values)
    if not user.active or user.session_version != int(version):
        return None
    return user


# ---- second factor ----------------------------------------------------------------------------------

def new_totp_secret() -> str:
    return pyotp.random_base32()


def totp_uri(user: User, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name="needs")


def check_totp(user: User, code: str, secret: str | None = None) -> bool:
    """Accept the current or adjacent 30-second step once; a replayed code is refused."""
    secret = secret or user.totp_secret
    if not secret or not code.strip().isdigit():
        return False
    totp = pyotp.TOTP(secret)
    now = utcnow().replace(tzinfo=dt.UTC)
    for drift in (-1, 0, 1):
        at = now + dt.timedelta(seconds=30 * drift)
        step = int(at.timestamp()) // 30
        if step > user.totp_last_step and secrets.compare_digest(totp.at(at), code.strip()):
            user.totp_last_step = step
            return True
    return False


def second_factor_required(user: User) -> bool:
    return current_app.config["NEEDS_REQUIRE_2FA"] and user.role in roles.SECOND_FACTOR_REQUIRED


# ---- redirects --------------------------------------------------------------------------------------

def safe_next(target: str | None) -> str | None:
    """Accept only a local absolute path: no scheme, no host, no backslash tricks, no leading space."""
    if not target or target != target.strip() or not target.startswith("/"):
        return None
    if target.startswith("//") or "\\" in target or any(ord(c) < 32 for c in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target
