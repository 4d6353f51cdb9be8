"""Record what happened: sign-ins, refusals, reviews, exports and every change.

Values are stored as data, never formatted into log lines, and control characters are replaced, so a
name holding CR/LF cannot forge an entry when the trail is exported. Secrets never reach it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import sqlalchemy as sa
from flask import has_request_context, request
from flask_login import current_user

from needs.audit.models import AuditEvent
from needs.extensions import db

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
_SECRET_KEYS = re.compile(r"pass|token|secret|otp|code_hash", re.IGNORECASE)


def clean(value: str, limit: int = 300) -> str:
    return _CONTROL.sub(" ", str(value))[:limit]


def _scrub(details: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in details.items():
        if _SECRET_KEYS.search(key):
            continue
        out[clean(key, 60)] = clean(value, 1000) if isinstance(value, str) else value
    return out


def record(action: str, *, object_type: str = "", object_id: Any = "", country: str | None = None,
           actor=None, **details: Any) -> AuditEvent:
    """Add an audit event to the current transaction (committed with the change it describes)."""
    event = AuditEvent(**_event(action, object_type, object_id, country, actor, details))
    db.session.add(event)
    return event


def insert(event: dict[str, Any]) -> None:
    """Write an event's ``columns`` at once by a Core INSERT in the current transaction: for a hot write
    that adds nothing else to the session (autosave), where flushing an ORM object cost more than the
    rest of the write."""
    db.session.execute(_insert(), event)


def columns(action: str, *, object_type: str = "", object_id: Any = "", country: str | None = None,
            actor=None, **details: Any) -> dict[str, Any]:
    """The columns of the event ``record`` would add, for ``insert`` or a statement of the caller's; ``at``
    is left to the column's default (the time it is written)."""
    return _event(action, object_type, object_id, country, actor, details)


def _event(action: str, object_type: str, object_id: Any, country: str | None, actor,
           details: dict[str, Any]) -> dict[str, Any]:
    if actor is None and has_request_context() and current_user and current_user.is_authenticated:
        actor = current_user
    return {
        "actor_id": getattr(actor, "id", None),
        "actor": clean(getattr(actor, "email", None) or "system"),
        "action": clean(action, 80),
        "object_type": clean(object_type, 60),
        "object_id": clean(object_id, 100),
        "country_code": country,
        "address": clean(request.remote_addr or "", 64) if has_request_context() else "",
        "details": _scrub(details),
    }


@functools.cache
def _insert() -> sa.Insert:
    return AuditEvent.__table__.insert()


def recent(limit: int = 200, action: str | None = None) -> list[AuditEvent]:
    query = sa.select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if action:
        query = query.where(AuditEvent.action == action)
    return list(db.session.scalars(query))
