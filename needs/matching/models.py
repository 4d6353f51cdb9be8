"""Stored matches of needs with activities, the per-need matching state, and refitted weight versions.

A need's matches are the engine's top candidates (``source="engine"``) plus the ones a reviewer added
(``source="reviewer"``). Reviewers' decisions, notes and ordering live on the match rows; recomputation
never overwrites them (see needs.matching.services).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from needs.db import Base, utcnow

ENGINE, REVIEWER = "engine", "reviewer"
ACCEPTED, REJECTED = "accepted", "rejected"
DECISIONS = (ACCEPTED, REJECTED)
# Why a reviewer rejects a proposed match (codes; labels in needs.matching.reasons).
REJECT_REASONS = ("not-relevant", "wrong-language", "wrong-region", "wrong-level", "wrong-audience",
                  "not-available", "duplicate", "other")
USER_FK = {"ondelete": "SET NULL"}


class NeedMatchState(Base):
    """What the engine said about one need as a whole: the gap flag, when, with which weights."""

    __tablename__ = "match_states"

    need_id: Mapped[int] = mapped_column(sa.ForeignKey("survey_needs.id", ondelete="CASCADE"), primary_key=True)
    response_id: Mapped[int] = mapped_column(sa.ForeignKey("survey_responses.id", ondelete="CASCADE"), index=True)
    round_id: Mapped[int | None] = mapped_column(index=True)
    country: Mapped[str] = mapped_column(sa.String(3), index=True)
    # The need as it was ranked (exchange format), for gap counts and re-ranking without other tables.
    need: Mapped[dict[str, Any]] = mapped_column(default=dict)
    gap: Mapped[bool] = mapped_column(default=False, index=True)
    best_score: Mapped[float] = mapped_column(default=0.0)
    computed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # None: the engine's default weights.
    weights_version_id: Mapped[int | None] = mapped_column(sa.ForeignKey("weights_versions.id", **USER_FK))
    inventory_revision: Mapped[str] = mapped_column(sa.String(64), default="")
    # Set by the first reviewer action on the need's list (decision, reordering, addition).
    reviewed_at: Mapped[dt.datetime | None]


class Match(Base):
    """One activity proposed for (or added to) one need."""

    __tablename__ = "matches"
    __table_args__ = (
        sa.UniqueConstraint("need_id", "activity_id", name="uq_matches_need_activity"),
        sa.CheckConstraint("source IN ('engine', 'reviewer')", name="source"),
        sa.CheckConstraint("decision IS NULL OR decision IN ('accepted', 'rejected')", name="decision"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    need_id: Mapped[int] = mapped_column(sa.ForeignKey("survey_needs.id", ondelete="CASCADE"), index=True)
    activity_id: Mapped[str] = mapped_column(sa.ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    rank: Mapped[int | None]  # the engine's rank, 1 = best; None when not in its current top list
    score: Mapped[float] = mapped_column(default=0.0)
    replication: Mapped[str] = mapped_column(sa.String(40), default="")
    reasons: Mapped[list[Any]] = mapped_column(default=list)  # reason codes, see needs.matching.reasons
    features: Mapped[dict[str, Any]] = mapped_column(default=dict)  # engine features, for refitting
    source: Mapped[str] = mapped_column(sa.String(10), default=ENGINE)
    decision: Mapped[str | None] = mapped_column(sa.String(10))
    reject_reason: Mapped[str | None] = mapped_column(sa.String(40))
    note: Mapped[str] = mapped_column(sa.Text, default="")
    position: Mapped[int | None]  # the reviewer's order, 1 = first
    decided_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", **USER_FK))
    decided_at: Mapped[dt.datetime | None]
    # A new engine candidate scoring above a list the reviewer already worked on: shown, not reordered.
    outranks_reviewed: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    @property
    def reviewed(self) -> bool:
        return self.decision is not None or self.position is not None or self.source == REVIEWER


class WeightsVersion(Base):
    """One refit of the score's weights from reviewers' decisions; at most one is active."""

    __tablename__ = "weights_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    weights: Mapped[dict[str, Any]]  # Weights.to_dict(): {"coefficients": {...}, "gap_threshold": ...}
    active: Mapped[bool] = mapped_column(default=False, index=True)
    refitted: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str] = mapped_column(sa.String(40), default="")
    decisions: Mapped[int] = mapped_column(default=0)
    accepted: Mapped[int] = mapped_column(default=0)
    cv_auc_refit: Mapped[float | None]
    cv_auc_base: Mapped[float | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", **USER_FK))
    activated_at: Mapped[dt.datetime | None]
