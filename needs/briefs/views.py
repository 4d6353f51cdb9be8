"""Brief pages: a response's briefs (current, earlier versions, e-mails sent), downloads, sending."""

from __future__ import annotations

import io

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from needs.auth.services import safe_next
from needs.briefs import services
from needs.briefs.forms import SendForm
from needs.db import write_intent
from needs.extensions import db
from needs.i18n.languages import LANGUAGES, native_name
from needs.i18n.services import current_locale

bp = Blueprint("briefs", __name__, url_prefix="/briefs", template_folder="templates")

SEND_ERRORS = {
    "not_reviewed": _l("The brief can be sent once the CDTF has reviewed the matches."),
    "no_focal_points": _l("This country has no active focal point to send the brief to."),
    "not_submitted": _l("This response has not been submitted."),
    "unknown_response": _l("This response does not exist."),
}


def _readable(response_id: int) -> None:
    """404 unless the user may read this response's briefs (another country's focal point included)."""
    if not services.can_read(current_user, response_id):
        abort(404)


def _pdf_response(brief: dict, pdf: bytes):
    response = send_file(io.BytesIO(pdf), mimetype="application/pdf", as_attachment=True,
                         download_name=services.download_name(brief), max_age=0, etag=brief["sha256"])
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/response/<int:response_id>")
def response(response_id: int):
    _readable(response_id)
    locale = current_locale()
    summary = services.response_summary(response_id, locale)
    if summary is None:
        abort(404)
    staff = current_user.role in ("cdtf", "admin")
    return render_template(
        "briefs/response.html", r=summary, versions=services.versions(response_id),
        deliveries=services.deliveries(response_id) if staff else [], staff=staff, form=SendForm(),
        languages=[(code, native_name(code)) for code in LANGUAGES], status_labels=services.STATUS_LABELS)


@bp.get("/response/<int:response_id>/brief.pdf")
def download(response_id: int):
    """The current brief in ?lang= (default: the response's language), built and stored when new."""
    _readable(response_id)
    lang = request.args.get("lang")
    db.session.rollback()  # the brief is built in a writing transaction of its own
    with write_intent():
        try:
            brief = services.ensure_brief(response_id, lang if lang in LANGUAGES else None, actor=current_user)
        except services.BriefError:
            db.session.rollback()
            abort(404)
        services.record_download(brief, current_user)
        db.session.commit()
    found = services.brief_pdf(brief["id"])
    return _pdf_response(*found)


@bp.get("/<int:brief_id>/download")
def version(brief_id: int):
    """One stored version, as it was made."""
    found = services.brief_pdf(brief_id)
    if found is None or not services.can_read(current_user, found[0]["response_id"]):
        abort(404)
    with write_intent():
        services.record_download(found[0], current_user)
        db.session.commit()
    return _pdf_response(*found)


@bp.post("/response/<int:response_id>/send")
def send(response_id: int):
    """CDTF: build the reviewed brief if needed and e-mail it to the country's focal points."""
    form = SendForm()
    target = safe_next(request.form.get("next")) or url_for("briefs.response", response_id=response_id)
    if not form.validate_on_submit():
        flash(_("The form expired. Try again."), "error")
        return redirect(target, code=303)
    db.session.rollback()
    with write_intent():
        try:
            result = services.send_brief(response_id, current_user)
        except services.BriefError as exc:
            db.session.rollback()
            if exc.code == "unknown_response":
                abort(404)
            flash(str(SEND_ERRORS.get(exc.code, exc.code)), "error")
            return redirect(target, code=303)
        db.session.commit()
    flash(_("The brief is on its way to %(count)s focal points; each message's state is shown below.",
            count=result["recipients"]), "ok")
    return redirect(target, code=303)
