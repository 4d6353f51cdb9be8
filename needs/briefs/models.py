"""Stored briefs (every version is kept) and their deliveries by e-mail."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from needs.db import Base, utcnow

PROVISIONAL, REVIEWED = "provisional", "reviewed"
STATUSES = (PROVISIONAL, REVIEWED)


class Brief(Base):
    """One version of a response's brief in one language. A new version is stored when the content
    (matches, activities, sessions, review status) changes; earlier versions stay."""

    __tablename__ = "briefs"
    __table_args__ = (
        sa.UniqueConstraint("response_id", "language", "version", name="uq_briefs_response_language_version"),
        sa.CheckConstraint("status IN ('provisional', 'reviewed')", name="status"),
        sa.CheckConstraint("language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')", name="language"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(sa.ForeignKey("survey_responses.id", ondelete="CASCADE"), index=True)
    country_code: Mapped[str] = mapped_column(sa.String(3), index=True)
    language: Mapped[str] = mapped_column(sa.String(5))
    version: Mapped[int]
    status: Mapped[str] = mapped_column(sa.String(12))
    # sha256 of the brief's content without its date and version number: equal content, same version.
    fingerprint: Mapped[str] = mapped_column(sa.String(64))
    sha256: Mapped[str] = mapped_column(sa.String(64))
    size: Mapped[int]
    pdf: Mapped[bytes] = mapped_column(sa.LargeBinary, deferred=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))


class BriefDelivery(Base):
    """A brief e-mailed to one focal point: the message itself lives in the outbox."""

    __tablename__ = "brief_deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    brief_id: Mapped[int] = mapped_column(sa.ForeignKey("briefs.id", ondelete="CASCADE"), index=True)
    response_id: Mapped[int] = mapped_column(sa.ForeignKey("survey_responses.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    outbox_message_id: Mapped[int | None] = mapped_column(sa.ForeignKey("outbox_messages.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
