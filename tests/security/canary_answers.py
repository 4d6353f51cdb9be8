"""Seed, for the canary crawl, a submitted response per country whose answers and needs carry
unique strings, through the surveys feature's own functions."""

from __future__ import annotations

import sqlalchemy as sa

from needs.auth.models import User
from needs.db import write_intent
from needs.extensions import db
from tests.surveys.survey_app_support import open_round, valid_answers

CANARIES = {
    "PHL": ["CANARY-PHL-INSTITUTION-7731", "CANARY-PHL-NEED-TEXT-5521"],
    "SEN": ["CANARY-SEN-INSTITUTION-8842", "CANARY-SEN-NEED-TEXT-6632"],
}


def seed(app) -> dict[str, list[str]]:
    from needs.surveys import drafts, submission

    _version, round_id = open_round(app)
    with app.app_context(), write_intent():
        for country, (institution, need_text) in CANARIES.items():
            user = db.session.scalar(sa.select(User).where(User.country_code == country).limit(1))
            response = drafts.start_response(user, round_id)
            answers = valid_answers()
            answers["institution_name"] = institution
            answers["needs"][0]["need_description"] = f"{need_text} — training on remittance data for officials"
            response.save_answers(answers, user.id)
            db.session.flush()
            submission.submit(user, response.id, key=f"canary-{country}", base_revision=response.revision,
                              language="en")
        db.session.commit()
        from needs.jobs.services import run_pending

        run_pending()
    return CANARIES
