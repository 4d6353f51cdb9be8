"""Country responses while they are drafts: who may see them, starting one, saving a page, progress.

Every save names the revision it started from. A save from an older revision that would change what
another save stored is refused with a Conflict carrying the stored values, never applied silently.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import time
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import contains_eager

from needs.audit import services as audit
from needs.audit.models import AuditEvent
from needs.auth import roles
from needs.db import utcnow, write_intent
from needs.extensions import db
from needs.surveys import catalog
from needs.surveys.definitions import GFMD_LIST, evaluate_form, validate_answers
from needs.surveys.definitions.model import REPEAT
from needs.surveys.models import DRAFT, ROUND_OPEN, Response, SurveyRound, SurveyVersion, WorkflowError
from needs.vocabulary import services as vocabulary

READERS = (roles.FOCAL_POINT, roles.CDTF, roles.ADMIN)


class Conflict(Exception):  # noqa: N818 - a refusal callers handle, not a failure
    """The draft changed since the caller's revision; ``values`` are the stored answers that differ."""

    def __init__(self, revision: int, values: dict[str, Any]):
        super().__init__(f"conflict at revision {revision}")
        self.revision, self.values = revision, values


@functools.cache
def _reading() -> sa.Select:
    """A response with its round and version, which pages read next (one round trip, not three); built
    once, so each request only binds the id."""
    return sa.select(Response).join(Response.round).join(Response.version) \
        .options(contains_eager(Response.round), contains_eager(Response.version)) \
        .where(Response.id == sa.bindparam("id"))


def response_for(user, response_id: int, *, for_update: bool = False) -> Response:
    """The response if ``user`` may see it (a focal point only their own country's); else LookupError."""
    if for_update:
        response = db.session.scalar(sa.select(Response).where(Response.id == response_id).with_for_update())
    else:
        response = db.session.scalar(_reading(), {"id": response_id})
    if response is None or user is None or user.role not in READERS:
        raise LookupError(response_id)
    if user.role == roles.FOCAL_POINT and response.country_code != user.country_code:
        raise LookupError(response_id)
    return response


def version_of(response: Response) -> tuple[SurveyVersion, dict[str, Any]]:
    version = db.session.get(SurveyVersion, response.version_id)
    return version, catalog.document(version)


def open_rounds(now: dt.datetime | None = None) -> list[SurveyRound]:
    now = now or utcnow()
    return list(db.session.scalars(sa.select(SurveyRound).where(
        SurveyRound.status == ROUND_OPEN, SurveyRound.opens_at <= now, SurveyRound.deadline >= now)
        .order_by(SurveyRound.deadline)))


def country_responses(country: str) -> list[Response]:
    return list(db.session.scalars(sa.select(Response).where(Response.country_code == country)
                                   .order_by(Response.created_at.desc())))


def start_response(user, round_id: int) -> Response:
    """The country's response to the round, created as a draft pinned to the round's version."""
    if user.role != roles.FOCAL_POINT:
        raise LookupError(round_id)
    survey_round = db.session.get(SurveyRound, round_id)
    if survey_round is None:
        raise LookupError(round_id)
    existing = _country_response(round_id, user.country_code)
    if existing is not None:
        return existing
    if not survey_round.accepts_answers():
        raise WorkflowError("round_not_open")
    response = Response(round_id=round_id, version_id=survey_round.version_id, country_code=user.country_code,
                        answers={}, language=user.language, created_by_id=user.id, updated_by_id=user.id)
    try:
        with db.session.begin_nested():
            db.session.add(response)
    except IntegrityError:  # another focal point of the country started it at the same moment
        return _country_response(round_id, user.country_code)
    audit.record("response.start", object_type="response", object_id=response.id,
                 country=response.country_code, round=round_id)
    return response


def _country_response(round_id: int, country: str) -> Response | None:
    return db.session.scalar(sa.select(Response).where(Response.round_id == round_id,
                                                       Response.country_code == country))


# ---- saving a page ----------------------------------------------------------------------------------

def apply_action(section: dict, answers: dict[str, Any], action: str) -> dict[str, Any]:
    """``add:<repeat>`` appends an instance, ``remove:<repeat>:<i>`` removes one (no JavaScript needed)."""
    kind, _, rest = action.partition(":")
    name, _, index = rest.partition(":")
    repeats = {item["name"]: item for item in section["items"] if item["type"] == REPEAT}
    if name not in repeats:
        return answers
    instances = list(answers.get(name) or [])
    limit = repeats[name]["max_count"]
    if kind == "add" and (limit is None or len(instances) < limit):
        instances.append({})
    elif kind == "remove" and index.isdigit() and int(index) < len(instances):
        del instances[int(index)]
    return {**answers, name: instances}


def save_section(response: Response, doc: dict, section: dict, posted: dict[str, Any], base_revision: int,
                 actor, *, locale: str = "en") -> bool:
    """Store one page's answers; True when something changed. Raises WorkflowError or Conflict."""
    if not response.editable():
        raise WorkflowError("not_editable")
    merged = section_change(response, doc, section, posted, base_revision, locale)
    if merged is None:
        return False
    response.save_answers(merged, getattr(actor, "id", None))
    audit.record("response.save", object_type="response", object_id=response.id,
                 country=response.country_code, section=section["name"], revision=response.revision)
    return True


def section_change(response: Response, doc: dict, section: dict, posted: dict[str, Any], base_revision: int,
                   locale: str = "en") -> dict[str, Any] | None:
    """The draft's answers with ``posted`` as the section's, or None when they are the stored ones.
    Raises Conflict when the draft changed since ``base_revision``."""
    names = {item["name"] for item in section["items"]}
    stored = {name: response.answers[name] for name in names if name in response.answers}
    if stored == posted:
        return None
    if base_revision != response.revision:
        raise Conflict(response.revision, differing(doc, section, stored, posted, locale))
    merged = {key: value for key, value in response.answers.items() if key not in names}
    merged.update(posted)
    return merged


class Actor(NamedTuple):
    """Who saves, as the audit trail records them, read before the transaction that writes."""

    id: int
    email: str


def store_section(response_id: int, revision: int, answers: dict[str, Any], actor, *, country: str,
                  section: str) -> bool:
    """Write a draft's answers computed from ``revision`` in one UPDATE that holds only while the draft
    is still at that revision and editable, with its audit event, and commit. False (nothing written)
    when another save, a submission or the round's end came first.

    On SQLite the caller's read transaction ends first, so that the database-wide write lock is taken for
    the write alone; ``actor`` therefore needs only ``id`` and ``email`` (the ORM objects expire, and
    reloading one would take the write lock). PostgreSQL locks the row only: the transaction goes on
    (three round trips fewer), and the UPDATE and the event are one statement."""
    values = {"response_id": response_id, "from_revision": revision, "new_answers": answers,
              "new_revision": revision + 1, "now": utcnow(), "actor_id": actor.id}
    event = audit.columns("response.save", object_type="response", object_id=response_id, country=country,
                          actor=actor, section=section, revision=revision + 1)
    if db.engine.dialect.name == "sqlite":
        db.session.rollback()
    with write_intent():
        if db.engine.dialect.name == "postgresql":
            event = {f"event_{name}": value for name, value in event.items()}
            params = {**values, **event, "event_at": values["now"]}
            written = len(db.session.execute(_guarded_update_with_event(), params).all())  # rowcount says -1
        else:
            audit.insert(event)
            written = db.session.execute(_guarded_update(), values).rowcount
        if written != 1:
            db.session.rollback()  # the audit event goes too
            return False
        db.session.commit()
    return True


def differing(doc: dict, section: dict, stored: dict, posted: dict, locale: str) -> dict[str, Any]:
    """``{path: {"value": stored, "text": stored as the user reads it}}`` where stored and posted differ."""
    out: dict[str, Any] = {}
    for item in section["items"]:
        name = item["name"]
        if item["type"] == REPEAT:
            mine, theirs = posted.get(name) or [], stored.get(name) or []
            for index in range(max(len(mine), len(theirs))):
                a = mine[index] if index < len(mine) else {}
                b = theirs[index] if index < len(theirs) else {}
                for question in item["items"]:
                    if a.get(question["name"]) != b.get(question["name"]):
                        out[f"{name}[{index}].{question['name']}"] = _shown(question, b.get(question["name"]), locale)
        elif posted.get(name) != stored.get(name):
            out[name] = _shown(item, stored.get(name), locale)
    return out


def _shown(question: dict, value, locale: str) -> dict[str, Any]:
    return {"value": value, "text": display(question, value, locale)}


def display(question: dict, value, locale: str) -> str:
    """An answer as text in the reader's language (choice codes become their labels)."""
    if value is None or value == "" or value == []:
        return ""
    if question.get("choices"):
        from needs.surveys.forms import choices_for

        labels = dict(choices_for(question, locale))
        codes = value if isinstance(value, list) else [value]
        return "; ".join(labels.get(str(code), str(code)) for code in codes)
    return str(value)


@functools.cache
def _guarded_update() -> sa.Update:
    """store_section's UPDATE, built once: the draft at the revision the save started from, in an open
    round before its deadline (or reopened), as Response.editable() says."""
    table, rounds = Response.__table__, SurveyRound.__table__
    now = sa.bindparam("now", type_=table.c.updated_at.type)
    editable = sa.exists().where(rounds.c.id == table.c.round_id, rounds.c.status == ROUND_OPEN,
                                 rounds.c.opens_at <= now,
                                 sa.or_(rounds.c.deadline >= now, table.c.reopened_at.is_not(None)))
    return (table.update()
            .where(table.c.id == sa.bindparam("response_id"), table.c.revision == sa.bindparam("from_revision"),
                   table.c.status == DRAFT, editable)
            .values(answers=sa.bindparam("new_answers", type_=table.c.answers.type),
                    revision=sa.bindparam("new_revision"), updated_at=now, updated_by_id=sa.bindparam("actor_id")))


@functools.cache
def _guarded_update_with_event() -> sa.Insert:
    """PostgreSQL: the guarded UPDATE and its audit event in one statement (one round trip, not two):
    the event is inserted from the updated row, so it is written exactly when the draft is. It returns
    the event's id: its row count reads -1 through SQLAlchemy and psycopg."""
    events = AuditEvent.__table__
    saved = _guarded_update().returning(Response.__table__.c.id).cte("saved")
    names = ("at", "actor_id", "actor", "action", "object_type", "object_id", "country_code", "address", "details")
    event = sa.select(*(sa.cast(sa.bindparam(f"event_{name}", type_=events.c[name].type), events.c[name].type)
                        for name in names)).select_from(saved)
    return events.insert().from_select(names, event).add_cte(saved).returning(events.c.id)


# ---- validation and progress ------------------------------------------------------------------------

_CODES: dict[str, tuple[float, dict[str, list[str]]]] = {}
_PROGRESS: dict[tuple[str, str], list[dict[str, Any]]] = {}
CODES_TTL = 60.0  # seconds a page may use a list of codes a reviewer has just extended
PROGRESS_CACHE = 512


def vocabularies(doc: dict, *, fresh: bool = False) -> dict[str, list[str]]:
    """Codes of each application-supplied list the document uses, so answers from them are checked.

    Pages reuse the lists for a minute; submission asks for ``fresh`` ones."""
    key = json.dumps(sorted(_list_names(doc)))
    cached = _CODES.get(key)
    if cached is not None and not fresh and time.monotonic() - cached[0] < CODES_TTL:
        return cached[1]
    lists = {name: ([code for code, _ in vocabulary.recommendation_choices("en")] if name == GFMD_LIST
                    else vocabulary.codes(name)) for name in _list_names(doc)}
    _CODES[key] = (time.monotonic(), lists)
    return lists


def _list_names(doc: dict) -> set[str]:
    names = set()
    for section in doc["sections"]:
        for item in section["items"]:
            for question in item["items"] if item["type"] == REPEAT else [item]:
                if isinstance(question.get("choices"), str):
                    names.add(question["choices"])
    return names


def problems(doc: dict, answers: dict[str, Any], *, fresh: bool = False):
    return validate_answers(doc, answers, today=dt.date.today(), vocabularies=vocabularies(doc, fresh=fresh))


def section_of_path(doc: dict) -> dict[str, str]:
    """Top-level item name → its section name."""
    return {item["name"]: section["name"] for section in doc["sections"] for item in section["items"]}


def progress(doc: dict, answers: dict[str, Any], found=None, *, checksum: str | None = None) -> list[dict[str, Any]]:
    """For each section: name, title, relevant, answered (any answer), complete (answered, no problems).

    With the document's checksum it is cached by the answers themselves: pages show it on every request
    and it changes only with them."""
    key = (checksum or "", json.dumps(answers, sort_keys=True, default=str))
    if checksum and found is None and key in _PROGRESS:
        return _PROGRESS[key]
    state = evaluate_form(doc, answers, today=dt.date.today())
    found = problems(doc, answers) if found is None else found
    owner = section_of_path(doc)
    with_problems = {owner.get(path.split("[")[0]) for path in found}
    out = []
    for section in doc["sections"]:
        answered = any(_answered(state.values.get(item["name"])) for item in section["items"]
                       if item["type"] not in ("note", "calculate"))
        out.append({"name": section["name"], "title": section["title"], "relevant": state.relevant[section["name"]],
                    "answered": answered, "complete": answered and section["name"] not in with_problems})
    if checksum:
        if len(_PROGRESS) >= PROGRESS_CACHE:
            _PROGRESS.clear()
        _PROGRESS[key] = out
    return out


def _answered(value) -> bool:
    return value not in (None, "", [])


def percent_done(sections: list[dict[str, Any]]) -> int:
    relevant = [s for s in sections if s["relevant"]]
    return round(100 * sum(s["complete"] for s in relevant) / len(relevant)) if relevant else 0
