"""What a section page and autosave read of a response, in one Core query: building the ORM objects of a
response, its round and its version cost twice as much as the query itself. Autosave writes by a guarded
UPDATE (drafts.store_section), so it needs no ORM object either; an explicit save (POST of the page)
reads through drafts.response_for as before."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from needs.auth import roles
from needs.auth import services as auth
from needs.extensions import db
from needs.surveys.drafts import READERS
from needs.surveys.models import Response, SurveyRound, SurveyVersion

ENDPOINT = "surveys.section"


@dataclass(frozen=True)
class RoundRead:
    title: str
    deadline: dt.datetime
    status: str
    opens_at: dt.datetime


@dataclass(frozen=True)
class VersionRead:
    id: int
    checksum: str


@dataclass(frozen=True)
class ResponseRead:
    id: int
    answers: dict[str, Any]
    revision: int
    status: str
    country_code: str
    reopened_at: dt.datetime | None
    round: RoundRead
    version: VersionRead

    editable = Response.editable  # the model's own rule, on the same attributes


@functools.cache
def _query() -> sa.Select:
    r, o, v = Response.__table__.c, SurveyRound.__table__.c, SurveyVersion.__table__.c
    return (
        sa.select(r.id, r.answers, r.revision, r.status, r.country_code, r.reopened_at,
                  o.title, o.deadline, o.status, o.opens_at, v.id, v.checksum)
        .select_from(Response.__table__.join(SurveyRound.__table__, o.id == r.round_id)
                     .join(SurveyVersion.__table__, v.id == r.version_id))
        .where(r.id == sa.bindparam("id"))
    )


def _params(view_args: dict) -> dict:
    return {"id": view_args.get("response_id")}


# A section page's GET reads its response in the statement that loads the signed-in user.
auth.read_with_user(ENDPOINT, _query, _params)


def response_read(user, response_id: int) -> ResponseRead:
    """The response if ``user`` may see it, as drafts.response_for decides; else LookupError."""
    row = auth.companion_row(ENDPOINT, {"id": response_id})
    if row is None:
        row = db.session.execute(_query(), {"id": response_id}).first()
    elif row[0] is None:
        row = None  # read with the user: no such response
    if row is None or user is None or user.role not in READERS:
        raise LookupError(response_id)
    if user.role == roles.FOCAL_POINT and row[4] != user.country_code:
        raise LookupError(response_id)
    return ResponseRead(*row[:6], RoundRead(*row[6:10]), VersionRead(*row[10:12]))
