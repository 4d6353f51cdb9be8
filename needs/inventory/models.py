"""Activities with their dated sessions, requests from focal points, and per-agency API tokens."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from needs.db import Base, utcnow


class Activity(Base):
    """One record of the exchange format; ``id`` is the exchange id (e.g. "IOM-0042")."""

    __tablename__ = "activities"

    id: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    agency_code: Mapped[str] = mapped_column(sa.ForeignKey("agencies.code"), index=True)
    partners: Mapped[list[Any]] = mapped_column(default=list)
    kind: Mapped[str] = mapped_column(sa.String(40))
    text_language: Mapped[str] = mapped_column(sa.String(5))
    title: Mapped[str] = mapped_column(sa.String(300))
    description: Mapped[str] = mapped_column(sa.Text)
    # {lang: {"title": ..., "description": ...}} for languages other than text_language
    translations: Mapped[dict[str, Any]] = mapped_column(default=dict)
    themes: Mapped[list[Any]] = mapped_column(default=list)
    capacity_type: Mapped[list[Any]] = mapped_column(default=list)
    level: Mapped[list[Any]] = mapped_column(default=list)
    audience: Mapped[list[Any]] = mapped_column(default=list)
    delivery: Mapped[str] = mapped_column(sa.String(40))
    languages: Mapped[list[Any]] = mapped_column(default=list)
    regions: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(sa.String(20))
    certification: Mapped[bool] = mapped_column(default=False)
    replication: Mapped[list[Any]] = mapped_column(default=list)
    recommendations: Mapped[list[Any]] = mapped_column(default=list)
    duration: Mapped[str] = mapped_column(sa.String(100), default="")
    cost: Mapped[dict[str, Any] | None] = mapped_column()  # {"amount": number, "currency": "USD"}
    contact: Mapped[str] = mapped_column(sa.String(300), default="")
    link: Mapped[str] = mapped_column(sa.String(500), default="")
    retired: Mapped[bool] = mapped_column(default=False, index=True)
    revision: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))

    sessions: Mapped[list[ActivitySession]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="ActivitySession.start")


class ActivitySession(Base):
    """A dated edition of an activity."""

    __tablename__ = "activity_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[str] = mapped_column(sa.ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    start: Mapped[dt.date] = mapped_column(index=True)
    end: Mapped[dt.date | None]
    place: Mapped[str] = mapped_column(sa.String(200), default="")
    online: Mapped[bool] = mapped_column(default=False)
    language: Mapped[str] = mapped_column(sa.String(5), default="")
    seats: Mapped[int | None]
    deadline: Mapped[dt.date | None]

    activity: Mapped[Activity] = relationship(back_populates="sessions")


class ActivityRequest(Base):
    """A focal point asks for an activity in their country, by one replication route."""

    __tablename__ = "activity_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[str] = mapped_column(sa.ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)
    country_code: Mapped[str] = mapped_column(sa.ForeignKey("countries.code"), index=True)
    replication: Mapped[str] = mapped_column(sa.String(40))
    note: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    activity: Mapped[Activity] = relationship()
