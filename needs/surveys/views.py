"""Filling a survey: the focal point's home, section pages, autosave, review and submission,
read-only answers with print and download. CDTF pages are in manage_views."""

from __future__ import annotations

import uuid

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy.exc import IntegrityError

from needs.auth import roles
from needs.core.template_helpers import NAVIGATION
from needs.db import write_intent
from needs.extensions import db
from needs.i18n.languages import LANGUAGES
from needs.i18n.services import current_locale
from needs.surveys import catalog, drafts, page_reads, pages, section_markup, submission
from needs.surveys.forms import build_form, section_answers
from needs.surveys.models import BRIEF_SENT, DRAFT, IN_REVIEW, REVIEWED, SUBMITTED, WorkflowError
from needs.surveys.posted import section_answers as posted_answers

bp = Blueprint("surveys", __name__, url_prefix="/surveys", template_folder="templates")
NAVIGATION.append(("surveys.home", _l("My surveys"), (roles.FOCAL_POINT,)))
NAVIGATION.append(("surveys.manage", _l("Surveys"), (roles.CDTF, roles.ADMIN)))
STATUS_LABELS = {DRAFT: _l("Draft"), SUBMITTED: _l("Submitted"), IN_REVIEW: _l("In review"),
                 REVIEWED: _l("Reviewed"), BRIEF_SENT: _l("Brief sent")}


@bp.context_processor
def survey_labels():
    return {"status_labels": STATUS_LABELS, "choice_items": section_markup.choice_items,
            "option_items": section_markup.option_items, "hidden_html": section_markup.hidden_html}


@bp.after_app_request
def land_focal_points(response):
    """Focal points land on their surveys after signing in, unless a page asked for them."""
    if request.endpoint in ("auth.sign_in", "auth.second_factor") and response.status_code == 302 \
            and response.location == url_for("core.home") and current_user.is_authenticated \
            and current_user.role == roles.FOCAL_POINT:
        response.location = url_for("surveys.home")
    return response


def _response(response_id: int, *, for_update: bool = False):
    try:
        return drafts.response_for(current_user, response_id, for_update=for_update)
    except LookupError:
        abort(404)


def _section(doc: dict, name: str) -> dict:
    section = next((s for s in doc["sections"] if s["name"] == name), None)
    if section is None:
        abort(404)
    return section


@bp.get("/")
def home():
    return render_template("surveys/home.html", **pages.home_context(current_user, current_locale()))


@bp.post("/rounds/<int:round_id>/start")
def start(round_id: int):
    try:
        response = drafts.start_response(current_user, round_id)
    except LookupError:
        abort(404)
    except WorkflowError:
        flash(_("This round is not open for answers."), "error")
        return redirect(url_for("surveys.home"))
    db.session.commit()
    return redirect(url_for("surveys.edit", response_id=response.id))


@bp.get("/responses/<int:response_id>/edit")
def edit(response_id: int):
    response = _response(response_id)
    if not response.editable():
        return redirect(url_for("surveys.view", response_id=response_id))
    _version, doc = drafts.version_of(response)
    found = drafts.problems(doc, response.answers)
    target = pages.first_open_section(doc, response.answers, found)
    return redirect(url_for("surveys.section", response_id=response_id, name=target))


@bp.route("/responses/<int:response_id>/sections/<name>", methods=["GET", "POST"])
def section(response_id: int, name: str):
    if request.method == "GET":
        return _show_section(response_id, name)
    response = _response(response_id, for_update=True)
    version, doc = drafts.version_of(response)
    part = _section(doc, name)
    if not response.editable():
        flash(_("This response can no longer be changed."), "warning")
        return redirect(url_for("surveys.view", response_id=response_id))
    return _save_section(response, version, doc, part, current_locale())


def _show_section(response_id: int, name: str):
    try:
        response = page_reads.response_read(current_user, response_id)
    except LookupError:
        abort(404)
    doc = catalog.document(response.version)
    part = _section(doc, name)
    if not response.editable():
        flash(_("This response can no longer be changed."), "warning")
        return redirect(url_for("surveys.view", response_id=response_id))
    return pages.render_section(response, response.version, doc, part, None, current_locale(),
                                show_errors=bool(request.args.get("check")))


def _save_section(response, version, doc, part, locale):
    form = build_form(version.checksum, doc, part, locale, formdata=request.form)
    posted = section_answers(part, form)
    action = request.form.get("action", "save")[:60]
    if action.startswith(("add:", "remove:")):
        posted = drafts.apply_action(part, posted, action)
    try:
        drafts.save_section(response, doc, part, posted, _int(request.form.get("revision")), current_user,
                            locale=locale)
    except drafts.Conflict as conflict:
        db.session.rollback()
        return pages.render_section(response, version, doc, part, form, locale, conflict=conflict,
                                    status=409)
    db.session.commit()
    return _after_save(response, version, doc, part, locale, action)


def _after_save(response, version, doc, part, locale, action):
    here = url_for("surveys.section", response_id=response.id, name=part["name"])
    if action.startswith("lang:") and action[5:] in LANGUAGES:
        current_user.language = action[5:]  # answers are codes and text: nothing changes with the language
        db.session.commit()
        return redirect(here)
    if action.startswith(("add:", "remove:")):
        return redirect(here + "#" + action.split(":")[1])
    if action in ("next", "previous"):
        found = {p: v for p, v in drafts.problems(doc, response.answers).items()
                 if drafts.section_of_path(doc).get(p.split("[")[0]) == part["name"]}
        if action == "next" and found:
            form = build_form(version.checksum, doc, part, locale, answers=response.answers)
            flash(_("Your answers are saved. Some need attention before you go on."), "warning")
            return pages.render_section(response, version, doc, part, form, locale, show_errors=True, status=422)
        target = pages.neighbour(doc, response.answers, part["name"], 1 if action == "next" else -1)
        if target is None:
            return redirect(url_for("surveys.review", response_id=response.id))
        return redirect(url_for("surveys.section", response_id=response.id, name=target))
    flash(_("Draft saved."), "ok")
    return redirect(here)


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


@bp.post("/responses/<int:response_id>/autosave")
def autosave(response_id: int):
    """JSON for surveys.js: {revision, saved, relevant} or 409 {error, revision, values}.

    The request begins read-only (security.READ_FIRST) and works out everything from what it read: the
    answers equal to the stored ones are answered at once, a stale revision is a conflict. A change is
    then written by one guarded UPDATE and the audit event (drafts.store_section; on SQLite in a
    transaction of its own, so that the write lock is held for the write alone). When the draft moved on
    meanwhile, the save is decided again under the write lock, as an explicit save is."""
    try:  # the response, its round and its version as plain values, in one Core query
        response = page_reads.response_read(current_user, response_id)
    except LookupError:
        abort(404)
    doc = catalog.document(response.version)
    part = next((s for s in doc["sections"] if s["name"] == request.form.get("section")), None)
    if part is None:
        return {"error": "unknown_section"}, 400
    if not response.editable():
        return _read_only()
    locale = current_locale()
    posted = posted_answers(response.version.checksum, part, request.form)  # as the section's form reads it
    revision = response.revision
    try:
        answers = drafts.section_change(response, doc, part, posted, _int(request.form.get("revision")), locale)
    except drafts.Conflict as conflict:
        db.session.rollback()
        return _conflict(conflict)
    relevant = pages.section_relevance(doc, part, response.answers if answers is None else answers)
    if answers is None:
        db.session.rollback()
        return {"revision": revision, "saved": False, "relevant": relevant}
    actor, country = drafts.Actor(current_user.id, current_user.email), response.country_code
    if drafts.store_section(response_id, revision, answers, actor, country=country, section=part["name"]):
        return {"revision": revision + 1, "saved": True, "relevant": relevant}
    return _autosave_locked(response_id, doc, part, posted, locale)


def _autosave_locked(response_id: int, doc: dict, part: dict, posted: dict, locale: str):
    """The save decided under the write lock, reading the draft again (FOR UPDATE)."""
    with write_intent():
        response = _response(response_id, for_update=True)
        if not response.editable():
            db.session.rollback()
            return _read_only()
        try:
            saved = drafts.save_section(response, doc, part, posted, _int(request.form.get("revision")),
                                        current_user, locale=locale)
        except drafts.Conflict as conflict:
            db.session.rollback()
            return _conflict(conflict)
        reply = {"revision": response.revision, "saved": saved,
                 "relevant": pages.section_relevance(doc, part, response.answers)}
        db.session.commit()
    return reply


def _read_only():
    return {"error": "read_only", "message": _("This response can no longer be changed.")}, 409


def _conflict(conflict: drafts.Conflict):
    return {"error": "conflict", "revision": conflict.revision, "values": conflict.values,
            "message": _("Someone else saved this draft since you opened it.")}, 409


@bp.get("/responses/<int:response_id>/review")
def review(response_id: int):
    response = _response(response_id)
    if not response.editable():
        return redirect(url_for("surveys.view", response_id=response_id))
    return pages.render_review(response, current_locale(), key=uuid.uuid4().hex)


@bp.post("/responses/<int:response_id>/submit")
def submit(response_id: int):
    key = request.form.get("submission_key", "")[:64]
    try:
        response, fresh = submission.submit(current_user, response_id, key=key,
                                            base_revision=_int(request.form.get("revision")),
                                            language=current_locale())
        db.session.commit()
    except LookupError:
        abort(404)
    except submission.Invalid:
        db.session.rollback()
        return pages.render_review(_response(response_id), current_locale(), key=uuid.uuid4().hex, status=422)
    except drafts.Conflict:
        db.session.rollback()
        flash(_("The draft changed since you opened this page. Check it and submit again."), "warning")
        return redirect(url_for("surveys.review", response_id=response_id))
    except (WorkflowError, IntegrityError):
        db.session.rollback()
        flash(_("This response can no longer be submitted."), "warning")
        return redirect(url_for("surveys.view", response_id=response_id))
    if fresh:
        flash(_("Thank you. Your answers are submitted."), "ok")
    return redirect(url_for("surveys.view", response_id=response.id), code=303)


@bp.get("/responses/<int:response_id>")
def view(response_id: int):
    response = _response(response_id)
    return pages.render_answers(response, current_locale(), "surveys/response.html")


@bp.get("/responses/<int:response_id>/print")
def print_answers(response_id: int):
    response = _response(response_id)
    return pages.render_answers(response, current_locale(), "surveys/response_print.html")


@bp.get("/responses/<int:response_id>/download")
def download(response_id: int):
    response = _response(response_id)
    return pages.download_answers(response, current_locale())


@bp.get("/versions/<int:version_id>/questionnaire")
def questionnaire(version_id: int):
    """The blank questionnaire, printable, in the language asked (?show=fr) or the reader's."""
    return pages.render_questionnaire(version_id, request.args.get("show"), current_user,
                                      "surveys/questionnaire.html")


from needs.surveys import manage_views  # noqa: E402,F401 - registers the CDTF pages on bp
