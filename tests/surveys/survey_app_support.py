"""Helpers for the surveys application tests: the shipped survey published with an open round,
answers that pass validation, and the form fields a browser would post for a section."""

from __future__ import annotations

import datetime as dt
import re

import sqlalchemy as sa

from needs.db import write_intent
from needs.extensions import db


def open_round(app, *, deadline: dt.datetime | None = None, title: str = "Test round") -> tuple[int, int]:
    """(version id, round id) of the shipped survey, published, in a round open now."""
    from needs.surveys import catalog, rounds
    from needs.surveys.definitions import SHIPPED_SURVEY

    with app.app_context(), write_intent():
        version, _ = catalog.import_file(SHIPPED_SURVEY)
        if not version.is_published:
            catalog.publish_version(version.id)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        survey_round = rounds.open_round(title=title, version_id=version.id, opens_at=now - dt.timedelta(days=1),
                                         deadline=deadline or now + dt.timedelta(days=30))
        db.session.commit()
        return version.id, survey_round.id


REMITTANCES = "Training on remittance data for the central bank and statistics office"
SURVEYS = "A course on household survey design with migration modules"


def valid_answers() -> dict:
    return {
        "institution_name": "Ministry of Testing", "institution_kind": "labour", "focal_point_role": "Director",
        "needs": [{"need_themes": ["remittances"], "need_audience": ["government"], "need_delivery": ["face-to-face"],
                   "need_languages": ["en"], "need_priority": "3", "need_description": REMITTANCES},
                  {"need_themes": ["data"], "need_audience": ["government"], "need_delivery": ["face-to-face"],
                   "need_languages": ["fr"], "need_priority": "1", "need_description": SURVEYS}],
        "has_training_unit": "no", "past_training": "no", "host_interest": "no",
    }


def store_answers(app, response_id: int, answers: dict) -> None:
    from needs.surveys.models import Response

    with app.app_context(), write_intent():
        response = db.session.get(Response, response_id)
        response.save_answers(answers, None)
        db.session.commit()


def response_row(app, response_id: int) -> dict:
    from needs.surveys.models import Need, Response

    with app.app_context():
        response = db.session.get(Response, response_id)
        needs = db.session.scalar(sa.select(sa.func.count()).select_from(Need).where(Need.response_id == response_id))
        return {"status": response.status, "revision": response.revision, "answers": dict(response.answers),
                "country": response.country_code, "language": response.language, "needs": needs,
                "submission_key": response.submission_key}


def start(client, round_id: int) -> int:
    reply = client.post(f"/surveys/rounds/{round_id}/start")
    assert reply.status_code == 302, reply.get_data(as_text=True)[:300]
    match = re.search(r"/surveys/responses/(\d+)/", reply.location)
    return int(match.group(1))


def hidden(html: str, name: str) -> str:
    match = re.search(rf'name="{name}"[^>]*value="([^"]*)"', html) or \
        re.search(rf'value="([^"]*)"[^>]*name="{name}"', html)
    assert match, f"no {name} in the page"
    return match.group(1)


def institution_form(revision: int, **fields) -> dict:
    data = {"revision": str(revision), "section": "institution", "a-institution_name": "Ministry of Testing",
            "a-institution_kind": "labour", "a-institution_kind_other": "", "a-institution_mandate": "",
            "a-focal_point_role": "Director", "a-focal_point_phone": ""}
    data.update(fields)
    return data
