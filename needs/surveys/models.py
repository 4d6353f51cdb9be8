"""Surveys, their frozen versions, rounds, country responses and the needs they express.

A published version is frozen: its document never changes, and every response stays pinned to the
version its round asked. State changes are model methods that refuse moves the workflow forbids.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from needs.db import Base, utcnow

# Response statuses, in workflow order.
DRAFT, SUBMITTED, IN_REVIEW, REVIEWED, BRIEF_SENT = "draft", "submitted", "in_review", "reviewed", "brief_sent"
STATUSES = (DRAFT, SUBMITTED, IN_REVIEW, REVIEWED, BRIEF_SENT)
# Allowed moves; back to draft only by a CDTF reopening, never after review.
TRANSITIONS = {
    DRAFT: frozenset({SUBMITTED}),
    SUBMITTED: frozenset({IN_REVIEW, DRAFT}),
    IN_REVIEW: frozenset({REVIEWED, DRAFT, SUBMITTED}),
    REVIEWED: frozenset({BRIEF_SENT, IN_REVIEW}),
    BRIEF_SENT: frozenset({REVIEWED}),
}
ROUND_OPEN, ROUND_CLOSED = "open", "closed"
USER_FK = {"ondelete": "SET NULL"}


class WorkflowError(ValueError):
    """A state change the workflow refuses; ``code`` names why."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


class Survey(Base):
    __tablename__ = "surveys"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(100), unique=True)
    title: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", **USER_FK))

    versions: Mapped[list[SurveyVersion]] = relationship(back_populates="survey", order_by="SurveyVersion.number",
                                                         cascade="all, delete-orphan")


class SurveyVersion(Base):
    __tablename__ = "survey_versions"
    __table_args__ = (sa.UniqueConstraint("survey_id", "number", name="uq_survey_versions_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(sa.ForeignKey("surveys.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    # The normalized document (needs.surveys.definitions.model); deferred: pages cache it by version id.
    document: Mapped[dict[str, Any]] = mapped_column(deferred=True)
    checksum: Mapped[str] = mapped_column(sa.String(64))
    source_filename: Mapped[str] = mapped_column(sa.String(255), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", **USER_FK))
    published_at: Mapped[dt.datetime | None]
    published_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", **USER_FK))

    survey: Mapped[Survey] = relationship(back_populates="versions")

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def publish(self, actor_id: int | None) -> None:
        if self.is_published:
            raise WorkflowError("already_published")
        self.published_at, self.published_by_id = utcnow(), actor_id


class SurveyRound(Base):
    __tablename__ = "survey_rounds"
    __table_args__ = (sa.CheckConstraint("status IN ('open', 'closed')", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    version_id: Mapped[int] = mapped_column(sa.ForeignKey("survey_versions.id"), index=True)
    opens_at: Mapped[dt.datetime]
    deadline: Mapped[dt.datetime]
    status: Mapped[str] = mapped_column(sa.String(10), default=ROUND_OPEN)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    opened_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", **USER_FK))
    closed_at: Mapped[dt.datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", **USER_FK))

    version: Mapped[SurveyVersion] = relationship()

    def accepts_answers(self, now: dt.datetime | None = None) -> bool:
        """Open, started and before its deadline."""
        now = now or utcnow()
        return self.status == ROUND_OPEN and self.opens_at <= now <= self.deadline

    def close(self, actor_id: int | None) -> None:
        if self.status == ROUND_CLOSED:
            raise WorkflowError("round_closed")
        self.status, self.closed_at, self.closed_by_id = ROUND_CLOSED, utcnow(), actor_id


class Response(Base):
    """One per country per round, shared by that country's focal points."""

    __tablename__ = "survey_responses"
    __table_args__ = (
        sa.UniqueConstraint("round_id", "country_code", name="uq_survey_responses_round_country"),
        sa.CheckConstraint("status IN ('draft', 'submitted', 'in_review', 'reviewed', 'brief_sent')",
                           name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(sa.ForeignKey("survey_rounds.id", ondelete="CASCADE"), index=True)
    version_id: Mapped[int] = mapped_column(sa.ForeignKey("survey_versions.id"), index=True)
    country_code: Mapped[str] = mapped_column(sa.ForeignKey("countries.code"), index=True)
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(sa.String(20), default=DRAFT, index=True)
    language: Mapped[str] = mapped_column(sa.String(5), default="en")
    # Optimistic concurrency: every save names the revision it started from.
    revision: Mapped[int] = mapped_column(default=1)
    submission_key: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", **USER_FK))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", **USER_FK))
    submitted_at: Mapped[dt.datetime | None]
    submitted_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", **USER_FK))
    reopened_at: Mapped[dt.datetime | None]
    reopened_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", **USER_FK))

    round: Mapped[SurveyRound] = relationship()
    version: Mapped[SurveyVersion] = relationship(viewonly=True)  # set through version_id
    needs: Mapped[list[Need]] = relationship(back_populates="response", order_by="Need.position",
                                             cascade="all, delete-orphan")

    def move_to(self, status: str) -> None:
        if status not in TRANSITIONS.get(self.status, ()):
            raise WorkflowError(f"{self.status}->{status}")
        self.status = status

    def editable(self, now: dt.datetime | None = None) -> bool:
        """A focal point may change it: a draft in an open round, before the deadline unless reopened."""
        if self.status != DRAFT or self.round.status != ROUND_OPEN:
            return False
        now = now or utcnow()
        return self.round.opens_at <= now and (now <= self.round.deadline or self.reopened_at is not None)

    def save_answers(self, answers: dict[str, Any], actor_id: int | None) -> None:
        self.answers = answers
        self.revision += 1
        self.updated_at, self.updated_by_id = utcnow(), actor_id

    def submit(self, *, key: str, language: str, actor_id: int | None, answers: dict[str, Any]) -> None:
        if not self.editable():
            raise WorkflowError("not_editable")
        self.move_to(SUBMITTED)
        self.save_answers(answers, actor_id)
        self.submission_key, self.language = key, language
        self.submitted_at, self.submitted_by_id = utcnow(), actor_id

    def reopen(self, actor_id: int | None) -> None:
        if self.round.status != ROUND_OPEN:
            raise WorkflowError("round_closed")
        if self.status not in (SUBMITTED, IN_REVIEW):
            raise WorkflowError(f"{self.status}->{DRAFT}")
        self.move_to(DRAFT)
        self.revision += 1
        self.reopened_at, self.reopened_by_id = utcnow(), actor_id


class Need(Base):
    """One expressed need, in the fields of the matching exchange format."""

    __tablename__ = "survey_needs"
    __table_args__ = (sa.UniqueConstraint("response_id", "position", name="uq_survey_needs_position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(sa.ForeignKey("survey_responses.id", ondelete="CASCADE"),
                                             index=True)
    position: Mapped[int]  # 1, 2, ... in the order of the response
    source: Mapped[str] = mapped_column(sa.String(100), default="")  # e.g. "needs[2]"
    country: Mapped[str] = mapped_column(sa.ForeignKey("countries.code"), index=True)
    text_language: Mapped[str] = mapped_column(sa.String(5))
    text: Mapped[str] = mapped_column(sa.Text)
    themes: Mapped[list[Any]] = mapped_column(default=list)
    capacity_type: Mapped[str | None] = mapped_column(sa.String(40))
    level: Mapped[str | None] = mapped_column(sa.String(40))
    audience: Mapped[list[Any]] = mapped_column(default=list)
    delivery: Mapped[list[Any]] = mapped_column(default=list)
    languages: Mapped[list[Any]] = mapped_column(default=list)
    priority: Mapped[int | None]
    recommendations: Mapped[list[Any]] = mapped_column(default=list)  # GFMD recommendation codes
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    response: Mapped[Response] = relationship(back_populates="needs")

    def exchange_record(self) -> dict[str, Any]:
        """The need as a needs.jsonl record (spec/matching-exchange.md); id is the database id."""
        record: dict[str, Any] = {"id": str(self.id), "country": self.country, "text_language": self.text_language,
                                  "text": self.text, "themes": list(self.themes), "audience": list(self.audience),
                                  "delivery": list(self.delivery), "languages": list(self.languages)}
        for field in ("capacity_type", "level", "priority"):
            if getattr(self, field) is not None:
                record[field] = getattr(self, field)
        return record
