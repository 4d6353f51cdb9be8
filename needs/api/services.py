"""API tokens: administrators issue one per agency (shown once, only its SHA-256 is kept) and revoke it.

``issue_token(agency_code, label, actor) -> (ApiToken, token)``, ``revoke_token(token_id, actor)``,
``agency_for_token(token) -> str | None`` (an active token's agency; notes its last use),
``list_tokens() -> list[ApiToken]``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

import sqlalchemy as sa

from needs.api.models import ApiToken
from needs.audit.services import record
from needs.db import utcnow
from needs.extensions import db
from needs.vocabulary import services as vocabulary

TOKEN_PREFIX = "nds_"  # noqa: S105 - a visible marker of tokens, not a secret


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def issue_token(agency_code: str, label: str, actor=None) -> tuple[ApiToken, str]:
    if agency_code not in {a.code for a in vocabulary.agencies()}:
        raise ValueError("agency")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(agency_code=agency_code, label=label.strip()[:100], token_hash=_digest(token),
                   prefix=token[:10], created_by_id=getattr(actor, "id", None))
    db.session.add(row)
    db.session.flush()
    record("api-token.issue", object_type="api_token", object_id=row.id, actor=actor, agency=agency_code)
    return row, token


def revoke_token(token_id: int, actor=None) -> bool:
    row = db.session.get(ApiToken, token_id)
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = utcnow()
    record("api-token.revoke", object_type="api_token", object_id=row.id, actor=actor, agency=row.agency_code)
    return True


def agency_for_token(token: str) -> str | None:
    """The agency of an active token, else None. The lookup is by digest, so timing reveals nothing."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    digest = _digest(token)
    row = db.session.scalar(sa.select(ApiToken).where(ApiToken.token_hash == digest))
    if row is None or row.revoked_at is not None or not hmac.compare_digest(row.token_hash, digest):
        return None
    row.last_used_at = utcnow()
    return row.agency_code


def list_tokens() -> list[ApiToken]:
    return list(db.session.scalars(sa.select(ApiToken).order_by(ApiToken.revoked_at.is_not(None),
                                                                ApiToken.agency_code, ApiToken.id)))
