"""What the surveys feature offers other features and the commands. Plain dicts out, never rows.

Queries (submitted responses are those with status submitted, in_review, reviewed or brief_sent)::

    rounds() -> [{"id", "title", "status": "open"|"closed", "opens_at", "deadline", "survey", "version"}]
    list_responses(round_id=None, country=None, status=None) -> [{"id", "round_id", "round_title",
        "country", "status", "language", "revision", "submitted_at", "updated_at", "needs": count}]
    country_round_status(round_id) -> {country code: status}   (countries without a response are absent)
    response_for_review(response_id) -> {"id", "round_id", "round_title", "country", "institution",
        "language", "status", "submitted_at", "focal_points": [{"name", "email", "phone"}],
        "recommendations": [codes], "answers": {...}, "version_id",
        "needs": [{"id": int, "position", "text", "text_language", "themes", "capacity_type", "level",
                   "audience", "delivery", "languages", "priority", "recommendations": [codes]}]}
        (None when the response does not exist)
    needs_records(response_id=None) -> [exchange need dict with "id" = the need's db id as a string]
        (every submitted response's needs when response_id is None)
    need_ids(response_id) -> [int]

Changes (the caller commits)::

    set_status(response_id, status, actor) -> status          (WorkflowError on a refused move)
    reopen_response(response_id, actor)                       (back to draft, also after the deadline)
    import_survey(path, publish=False, actor=None) -> {"survey", "version", "created", "published"}
    open_round(title=, version_id=, deadline=, opens_at=None, actor=None) -> round id
    close_round(round_id, actor=None)
    load_demo() -> {"survey_versions", "survey_rounds", "survey_responses", "survey_needs"}

Submitting a response enqueues the job ``match-response`` with ``{"response_id": id}``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from needs.audit.services import record
from needs.auth import roles
from needs.auth.models import User
from needs.extensions import db
from needs.surveys import catalog, submission
from needs.surveys import rounds as rounds_module
from needs.surveys.definitions import DefinitionError
from needs.surveys.models import (
    BRIEF_SENT,
    IN_REVIEW,
    REVIEWED,
    STATUSES,
    SUBMITTED,
    Need,
    Response,
    SurveyRound,
    WorkflowError,
)

SUBMITTED_STATUSES = (SUBMITTED, IN_REVIEW, REVIEWED, BRIEF_SENT)

__all__ = [
    "STATUSES", "SUBMITTED_STATUSES", "DefinitionError", "WorkflowError", "close_round", "country_round_status",
    "import_survey", "list_responses", "load_demo", "need_ids", "needs_records", "open_round",
    "reopen_response", "response_for_review", "rounds", "set_status",
]


def rounds() -> list[dict[str, Any]]:
    return [{"id": r.id, "title": r.title, "status": r.status, "opens_at": r.opens_at, "deadline": r.deadline,
             "survey": r.version.survey.name, "version": r.version.number} for r in rounds_module.all_rounds()]


def _response_query(round_id=None, country=None, status=None):
    query = sa.select(Response).order_by(Response.round_id, Response.country_code)
    if round_id is not None:
        query = query.where(Response.round_id == round_id)
    if country is not None:
        query = query.where(Response.country_code == country)
    if status is not None:
        statuses = [status] if isinstance(status, str) else list(status)
        query = query.where(Response.status.in_(statuses))
    return query


def list_responses(round_id: int | None = None, country: str | None = None,
                   status: str | tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    counts = dict(db.session.execute(sa.select(Need.response_id, sa.func.count()).group_by(Need.response_id)).all())
    return [{"id": r.id, "round_id": r.round_id, "round_title": r.round.title, "country": r.country_code,
             "status": r.status, "language": r.language, "revision": r.revision, "submitted_at": r.submitted_at,
             "updated_at": r.updated_at, "needs": counts.get(r.id, 0)}
            for r in db.session.scalars(_response_query(round_id, country, status))]


def country_round_status(round_id: int) -> dict[str, str]:
    return dict(db.session.execute(sa.select(Response.country_code, Response.status)
                                   .where(Response.round_id == round_id)).all())


def _need_dict(need: Need) -> dict[str, Any]:
    return {"id": need.id, "position": need.position, "text": need.text, "text_language": need.text_language,
            "themes": list(need.themes), "capacity_type": need.capacity_type, "level": need.level,
            "audience": list(need.audience), "delivery": list(need.delivery), "languages": list(need.languages),
            "priority": need.priority, "recommendations": list(need.recommendations)}


def response_for_review(response_id: int) -> dict[str, Any] | None:
    response = db.session.get(Response, response_id)
    if response is None:
        return None
    focal_points = db.session.scalars(sa.select(User).where(
        User.role == roles.FOCAL_POINT, User.country_code == response.country_code).order_by(User.name))
    links = sorted({code for need in response.needs for code in need.recommendations})
    return {
        "id": response.id, "round_id": response.round_id, "round_title": response.round.title,
        "country": response.country_code, "institution": str(response.answers.get("institution_name") or ""),
        "language": response.language, "status": response.status, "submitted_at": response.submitted_at,
        "focal_points": [{"name": u.name, "email": u.email, "phone": u.phone} for u in focal_points],
        "recommendations": links, "answers": dict(response.answers), "version_id": response.version_id,
        "needs": [_need_dict(need) for need in response.needs],
    }


def needs_records(response_id: int | None = None) -> list[dict[str, Any]]:
    query = (sa.select(Need).join(Response).where(Response.status.in_(SUBMITTED_STATUSES))
             .order_by(Need.response_id, Need.position))
    if response_id is not None:
        query = query.where(Need.response_id == response_id)
    return [need.exchange_record() for need in db.session.scalars(query)]


def need_ids(response_id: int) -> list[int]:
    return list(db.session.scalars(sa.select(Need.id).where(Need.response_id == response_id)
                                   .order_by(Need.position)))


def set_status(response_id: int, status: str, actor=None) -> str:
    """Move a response along the workflow (review and briefs); refuses moves the workflow forbids."""
    response = db.session.scalar(sa.select(Response).where(Response.id == response_id).with_for_update())
    if response is None:
        raise LookupError(response_id)
    before = response.status
    response.move_to(status)
    record("response.status", object_type="response", object_id=response.id, country=response.country_code,
           actor=actor, before=before, after=status)
    return status


def reopen_response(response_id: int, actor=None) -> None:
    submission.reopen(response_id, actor)


def import_survey(path: str | Path, *, publish: bool = False, actor=None) -> dict[str, Any]:
    version, created = catalog.import_file(path, publish=publish, actor=actor)
    return {"survey": version.survey.name, "version": version.number, "version_id": version.id,
            "created": created, "published": version.is_published}


def open_round(*, title: str, version_id: int, deadline: dt.datetime, opens_at: dt.datetime | None = None,
               actor=None) -> int:
    return rounds_module.open_round(title=title, version_id=version_id, deadline=deadline, opens_at=opens_at,
                                    actor=actor).id


def close_round(round_id: int, actor=None) -> None:
    rounds_module.close_round(round_id, actor)


def round_exists(round_id: int) -> bool:
    return db.session.get(SurveyRound, round_id) is not None


def load_demo() -> dict[str, int]:
    from needs.surveys.demo import load

    return load()

