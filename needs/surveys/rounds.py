"""Survey rounds: the CDTF opens one on a published version with a deadline, and closes it."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from needs.audit.services import record
from needs.db import utcnow
from needs.extensions import db
from needs.surveys.models import SurveyRound, SurveyVersion, WorkflowError


def open_round(*, title: str, version_id: int, deadline: dt.datetime, opens_at: dt.datetime | None = None,
               actor=None) -> SurveyRound:
    """A new open round on a published version; the deadline must be after the opening."""
    version = db.session.get(SurveyVersion, version_id)
    if version is None or not version.is_published:
        raise WorkflowError("version_not_published")
    opens_at = opens_at or utcnow()
    if deadline <= opens_at:
        raise WorkflowError("deadline_before_opening")
    survey_round = SurveyRound(title=title.strip()[:200], version_id=version_id, opens_at=opens_at,
                               deadline=deadline, opened_by_id=getattr(actor, "id", None))
    db.session.add(survey_round)
    db.session.flush()
    record("round.open", object_type="round", object_id=survey_round.id, actor=actor, title=survey_round.title,
           version=version_id, deadline=deadline.isoformat())
    return survey_round


def close_round(round_id: int, actor=None) -> SurveyRound:
    survey_round = db.session.scalar(sa.select(SurveyRound).where(SurveyRound.id == round_id).with_for_update())
    if survey_round is None:
        raise LookupError(round_id)
    survey_round.close(getattr(actor, "id", None))
    record("round.close", object_type="round", object_id=round_id, actor=actor)
    return survey_round


def all_rounds() -> list[SurveyRound]:
    return list(db.session.scalars(sa.select(SurveyRound).order_by(SurveyRound.created_at.desc(),
                                                                     SurveyRound.id.desc())))


def find_round(title: str) -> SurveyRound | None:
    return db.session.scalar(sa.select(SurveyRound).where(SurveyRound.title == title).limit(1))
