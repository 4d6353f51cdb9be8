"""Notes reviewers leave on a response, and reminders sent to focal points.

Decisions on matches are not stored here: they live with the matches (needs.matching.services).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from needs.db import Base, utcnow

# What a focal point's country had done in the round when the reminder went out.
NOT_STARTED, DRAFT, SUBMITTED = "not_started", "draft", "submitted"
REMINDER_STATUSES = (NOT_STARTED, DRAFT, SUBMITTED)


class ReviewNote(Base):
    """A note for colleagues on one response (never shown to the focal point or agencies)."""

    __tablename__ = "review_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(sa.ForeignKey("survey_responses.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Reminder(Base):
    """One reminder to one focal point; nobody is reminded twice on the same (UTC) day."""

    __tablename__ = "review_reminders"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "day", name="uq_review_reminders_user_day"),
        sa.CheckConstraint("status IN ('not_started', 'draft', 'submitted')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(sa.ForeignKey("survey_rounds.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    country_code: Mapped[str] = mapped_column(sa.String(3), index=True)
    status: Mapped[str] = mapped_column(sa.String(20))
    language: Mapped[str] = mapped_column(sa.String(5), default="en")
    day: Mapped[dt.date]
    sent_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    outbox_message_id: Mapped[int | None]
