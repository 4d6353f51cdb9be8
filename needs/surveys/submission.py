"""Submitting a response, in one transaction: answers validated → response submitted → need rows
written → matching job enqueued. A submission key (one per rendered form) makes a retried or
double-clicked submission store exactly one submission.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from needs.audit.services import record
from needs.extensions import db
from needs.jobs.services import enqueue
from needs.surveys import drafts
from needs.surveys.definitions import GFMD_LIST, evaluate_form, extract_needs
from needs.surveys.definitions.model import REPEAT
from needs.surveys.models import Need, Response, WorkflowError

MATCH_JOB = "match-response"


class Invalid(Exception):  # noqa: N818 - a refusal callers handle, not a failure
    def __init__(self, problems: dict):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


def submit(user, response_id: int, *, key: str, base_revision: int, language: str) -> tuple[Response, bool]:
    """Submit the draft; returns (response, newly_submitted). A key seen before returns (response, False).

    Raises LookupError (not this user's), WorkflowError (not editable), drafts.Conflict (changed since
    the page was shown) or Invalid (answers with problems). The caller commits.
    """
    response = drafts.response_for(user, response_id, for_update=True)
    if key and response.submission_key == key:
        return response, False
    if not key or len(key) > 64:
        raise WorkflowError("no_key")
    if not response.editable():
        raise WorkflowError("not_editable")
    if base_revision != response.revision:
        raise drafts.Conflict(response.revision, {})
    _version, doc = drafts.version_of(response)
    found = drafts.problems(doc, response.answers, fresh=True)
    if found:
        raise Invalid(found)
    if db.session.scalar(sa.select(Response.id).where(Response.submission_key == key)) is not None:
        raise WorkflowError("key_used")
    answers = evaluate_form(doc, response.answers, today=dt.date.today()).values
    response.submit(key=key, language=language, actor_id=user.id, answers=answers)
    count = write_needs(response, doc)
    enqueue(MATCH_JOB, {"response_id": response.id}, dedupe_key=f"{MATCH_JOB}:{response.id}")
    record("response.submit", object_type="response", object_id=response.id, country=response.country_code,
           actor=user, language=language, needs=count)
    return response, True


def write_needs(response: Response, doc: dict) -> int:
    """Replace the response's need rows with those its answers express."""
    db.session.execute(sa.delete(Need).where(Need.response_id == response.id))
    records = extract_needs(doc, response.answers, country=response.country_code,
                            text_language=response.language, today=dt.date.today())
    shared = _recommendations(doc, response.answers, None)
    for position, need in enumerate(records, start=1):
        links = sorted(set(shared) | set(_recommendations(doc, response.answers, need["source"])))
        db.session.add(Need(
            response_id=response.id, position=position, source=need["source"], country=need["country"],
            text_language=need["text_language"], text=need.get("text", ""), themes=need.get("themes", []),
            capacity_type=need.get("capacity_type"), level=need.get("level"), audience=need.get("audience", []),
            delivery=need.get("delivery", []), languages=need.get("languages", []), priority=need.get("priority"),
            recommendations=links))
    db.session.flush()
    return len(records)


def _recommendations(doc: dict, answers: dict[str, Any], source: str | None) -> list[str]:
    """GFMD recommendation codes answered outside repeats (source None) or in one repeat instance."""
    codes: list[str] = []
    instance = answers
    if source:
        name, _, index = source.partition("[")
        entries = answers.get(name) or []
        position = int(index.rstrip("]") or 0)
        instance = entries[position] if position < len(entries) else {}
    for section in doc["sections"]:
        for item in section["items"]:
            inside = item["items"] if item["type"] == REPEAT else []
            questions = inside if source and source.startswith(item["name"] + "[") else ([] if source else [item])
            for question in questions:
                if question.get("choices") == GFMD_LIST:
                    value = instance.get(question["name"])
                    codes.extend(value if isinstance(value, list) else [value] if value else [])
    return codes


def reopen(response_id: int, actor) -> Response:
    """The CDTF gives a submitted response back to its focal points as a draft (also after the deadline)."""
    response = db.session.scalar(sa.select(Response).where(Response.id == response_id).with_for_update())
    if response is None:
        raise LookupError(response_id)
    response.reopen(getattr(actor, "id", None))
    record("response.reopen", object_type="response", object_id=response.id, country=response.country_code,
           actor=actor)
    return response
