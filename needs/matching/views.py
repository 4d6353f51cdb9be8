"""Matching weights: the active weights, the refits from reviewers' decisions, and their export.

The review screens (needs.review) show and decide matches through needs.matching.services.
"""

from __future__ import annotations

import json

from flask import Blueprint, Response, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from needs.audit.services import record
from needs.auth.roles import ADMIN, CDTF
from needs.core.template_helpers import NAVIGATION
from needs.extensions import db
from needs.matching import services
from needs.matching.engine import FEATURES
from needs.matching.forms import DefaultWeightsForm, RefitForm

bp = Blueprint("matching", __name__, url_prefix="/matching", template_folder="templates")
NAVIGATION.append(("matching.weights", _l("Matching weights"), (CDTF, ADMIN)))

REFIT_REASONS = {
    "refitted": _l("The refitted weights rank reviewers' decisions better and are now in use."),
    "too-few-decisions": _l("Too few decisions to refit: the current weights stay in use."),
    "one-class": _l("Reviewers have only accepted or only rejected so far: the current weights stay in use."),
    "not-better": _l("The refit does not rank reviewers' decisions better: the current weights stay in use."),
}


@bp.get("/weights")
def weights():
    active = services.active_version()
    return render_template(
        "matching/weights.html", active=active, weights=services.active_weights(), features=FEATURES,
        versions=services.weights_versions(), decisions=len(services.decisions_for_refit()),
        reasons=REFIT_REASONS, refit_form=RefitForm(), default_form=DefaultWeightsForm())


@bp.post("/weights/refit")
def refit():
    if RefitForm().validate_on_submit():
        result = services.refit_from_decisions(actor=current_user)
        db.session.commit()
        flash(str(REFIT_REASONS.get(result["reason"], result["reason"])),
              "info" if result["activated"] else "warning")
    return redirect(url_for("matching.weights"))


@bp.post("/weights/default")
def use_defaults():
    if DefaultWeightsForm().validate_on_submit():
        services.use_default_weights(actor=current_user)
        db.session.commit()
        flash(_("The engine's default weights are in use again."), "info")
    return redirect(url_for("matching.weights"))


@bp.get("/weights.json")
def export_weights():
    body = json.dumps(services.export_weights(), indent=2) + "\n"
    record("matching.export_weights", object_type="weights", actor=current_user)
    db.session.commit()
    return Response(body, mimetype="application/json",
                    headers={"Content-Disposition": 'attachment; filename="weights.json"'})
