"""The surveys demo: the shipped survey published, the round "2026 pre-assessment", and a submitted
response for each of the six demo focal-point countries, in its language (idempotent)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml

from needs.auth.models import User
from needs.extensions import db
from needs.jobs.services import enqueue
from needs.surveys import catalog, drafts, rounds, submission
from needs.surveys.definitions import SHIPPED_SURVEY, evaluate_form
from needs.surveys.models import DRAFT, Response
from needs.vocabulary import services as vocabulary

DEMO_RESPONSES = Path(__file__).resolve().parent.parent / "demo" / "data" / "demo_responses.yaml"
ROUND_TITLE = "2026 pre-assessment"
ROUND_OPENS = dt.datetime(2026, 1, 1)
ROUND_DEADLINE = dt.datetime(2027, 3, 31, 23, 59, 59)
INSTITUTION_KIND = {"CHN": "migration-agency", "EGY": "diaspora", "SEN": "diaspora", "MEX": "interior",
                    "KGZ": "migration-agency", "PHL": "diaspora"}
ROLE = {"zh": "国际合作司处长", "ar": "مدير إدارة التعاون الدولي", "fr": "Cheffe de la division de la coopération",
        "es": "Directora de Cooperación Internacional", "ru": "Начальник отдела международного сотрудничества",
        "en": "Director, Policy and Planning"}
TIMING = {"6-12-months": "6-to-12-months"}  # the demo file's shorthand for the survey's code


def load() -> dict[str, int]:
    version, created = catalog.import_file(SHIPPED_SURVEY)
    if not version.is_published:
        catalog.publish_version(version.id)
    survey_round = rounds.find_round(ROUND_TITLE)
    new_round = survey_round is None
    if new_round:
        survey_round = rounds.open_round(title=ROUND_TITLE, version_id=version.id, deadline=ROUND_DEADLINE,
                                         opens_at=min(ROUND_OPENS, dt.datetime.now(dt.UTC).replace(tzinfo=None)))
    doc = catalog.document(db.session.get(type(version), survey_round.version_id))
    with DEMO_RESPONSES.open(encoding="utf-8") as fh:
        entries = yaml.safe_load(fh)
    responses = needs = 0
    for entry in entries:
        count = _submit(survey_round, doc, entry)
        responses += count is not None
        needs += count or 0
    db.session.flush()
    return {"survey_versions": int(created), "survey_rounds": int(new_round), "survey_responses": responses,
            "survey_needs": needs}


def answers_for(entry: dict[str, Any]) -> dict[str, Any]:
    known = {code for code, _ in vocabulary.recommendation_choices("en")}
    instances = [{
        "need_themes": list(n["themes"]), "need_capacity_type": n.get("capacity_type"),
        "need_level": n.get("level"), "need_audience": list(n["audience"]), "need_people": n.get("people"),
        "need_delivery": list(n["delivery"]), "need_languages": list(n["languages"]),
        "need_priority": str(n["priority"]), "need_timing": TIMING.get(n.get("timing"), n.get("timing")),
        "need_description": n["text"].strip(),
    } for n in entry["needs"]]
    online = any({"online", "blended"} & set(n["need_delivery"]) for n in instances)
    answers = {
        "institution_name": entry["institution"]["name"], "institution_mandate": entry["institution"]["mandate"],
        "institution_kind": INSTITUTION_KIND.get(entry["country"], "other"),
        "focal_point_role": ROLE[entry["language"]],
        "gfmd_planned": [code for code in entry.get("recommendations", []) if code in known],
        "needs": [{k: v for k, v in i.items() if v is not None} for i in instances],
        "has_training_unit": "yes", "past_training": "no", "host_interest": "no",
    }
    if online:
        answers["connectivity"] = "intermittent"
    if answers["institution_kind"] == "other":
        answers["institution_kind_other"] = entry["institution"]["name"]
    return answers


def _submit(survey_round, doc: dict, entry: dict[str, Any]) -> int | None:
    """Submit the country's demo response; None when it was already submitted."""
    country = entry["country"]
    user = db.session.scalar(sa.select(User).where(User.email == f"focal.{country.lower()}@demo.example.org"))
    response = db.session.scalar(sa.select(Response).where(Response.round_id == survey_round.id,
                                                           Response.country_code == country))
    if response is not None and response.status != DRAFT:
        return None
    answers = answers_for(entry)
    found = drafts.problems(doc, answers)
    if found:
        raise ValueError(f"demo response {entry['id']} does not fit the survey: {sorted(found)}")
    if response is None:
        response = Response(round_id=survey_round.id, version_id=survey_round.version_id, country_code=country,
                            answers={}, language=entry["language"], created_by_id=getattr(user, "id", None))
        db.session.add(response)
        db.session.flush()
    response.answers = evaluate_form(doc, answers, today=dt.date.today()).values
    response.status, response.language = "submitted", entry["language"]
    response.submission_key = f"demo-{survey_round.id}-{country}"
    response.submitted_at = response.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    response.submitted_by_id = response.updated_by_id = getattr(user, "id", None)
    count = submission.write_needs(response, doc)
    enqueue(submission.MATCH_JOB, {"response_id": response.id}, dedupe_key=f"{submission.MATCH_JOB}:{response.id}")
    return count
