"""CDTF pages: surveys and versions, upload with preview, publishing, rounds, reopening a response."""

from __future__ import annotations

import datetime as dt

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from needs.extensions import db
from needs.i18n.services import current_locale
from needs.surveys import catalog, pages, rounds, services, submission
from needs.surveys.definitions import DefinitionError
from needs.surveys.forms import RoundForm, UploadForm, options
from needs.surveys.models import SurveyRound, WorkflowError
from needs.surveys.views import bp
from needs.vocabulary import services as vocabulary

UPLOAD_SUFFIXES = (".yaml", ".yml", ".xlsx")


@bp.get("/manage/")
def manage():
    return render_template("surveys/manage.html", surveys=catalog.surveys(), rounds=rounds.all_rounds(),
                           status_counts={r.id: services.country_round_status(r.id) for r in rounds.all_rounds()})


@bp.route("/manage/upload", methods=["GET", "POST"])
def upload():
    form = UploadForm()
    problems = []
    if form.validate_on_submit():
        storage = form.definition.data
        filename = (storage.filename or "")[:255]
        data = storage.read(current_app.config["MAX_CONTENT_LENGTH"] + 1)
        if filename.lower().endswith(".xls"):
            form.definition.errors.append(_(
                "Old .xls workbooks cannot be read: save the file as an .xlsx workbook and upload it again."))
        elif not filename.lower().endswith(UPLOAD_SUFFIXES):
            form.definition.errors.append(_("Choose a .yaml, .yml or .xlsx file."))
        else:
            try:
                version, created = catalog.import_file(data, filename=filename, actor=current_user)
            except DefinitionError as error:
                db.session.rollback()
                problems = error.problems
            else:
                db.session.commit()
                if not created:
                    flash(_("This survey is the same as version %(number)s: nothing new was stored.",
                            number=version.number), "info")
                return redirect(url_for("surveys.version", version_id=version.id))
    status = 422 if problems or form.errors else 200
    return render_template("surveys/upload.html", form=form, problems=problems, translate=_), status


@bp.get("/manage/versions/<int:version_id>")
def version(version_id: int):
    return pages.render_questionnaire(version_id, request.args.get("show"), current_user,
                                      "surveys/version.html")


@bp.post("/manage/versions/<int:version_id>/publish")
def publish(version_id: int):
    try:
        catalog.publish_version(version_id, actor=current_user)
    except LookupError:
        abort(404)
    except WorkflowError:
        db.session.rollback()
        flash(_("This version is already published."), "info")
        return redirect(url_for("surveys.version", version_id=version_id))
    db.session.commit()
    flash(_("Published. It can no longer change: a changed survey becomes a new version."), "ok")
    return redirect(url_for("surveys.version", version_id=version_id))


@bp.route("/manage/rounds/new", methods=["GET", "POST"])
def round_new():
    form = RoundForm()
    locale = current_locale()
    form.version_id.choices = options((v.id, f"{vocabulary.pick(v.survey.title, locale)} · v{v.number}")
                                      for v in catalog.published_versions())
    if request.method == "GET":
        form.opens.data = dt.date.today()
    if form.validate_on_submit():
        opens = dt.datetime.combine(form.opens.data, dt.time.min)
        deadline = dt.datetime.combine(form.deadline.data, dt.time.max).replace(microsecond=0)
        try:
            round_id = services.open_round(title=form.title.data, version_id=form.version_id.data,
                                           opens_at=opens, deadline=deadline, actor=current_user)
        except WorkflowError as error:
            db.session.rollback()
            form.deadline.errors.append(_("The deadline must come after the opening.")
                                        if error.code == "deadline_before_opening"
                                        else _("Choose a published version."))
        else:
            db.session.commit()
            flash(_("The round is open."), "ok")
            return redirect(url_for("surveys.round_detail", round_id=round_id))
    return render_template("surveys/round_new.html", form=form), 422 if form.errors else 200


@bp.get("/manage/rounds/<int:round_id>")
def round_detail(round_id: int):
    survey_round = db.session.get(SurveyRound, round_id)
    if survey_round is None:
        abort(404)
    locale = current_locale()
    responses = services.list_responses(round_id=round_id)
    for row in responses:
        row["country_name"] = vocabulary.country_name(row["country"], locale)
    responses.sort(key=lambda row: row["country_name"])
    return render_template("surveys/round.html", round=survey_round, responses=responses)


@bp.post("/manage/rounds/<int:round_id>/close")
def round_close(round_id: int):
    try:
        rounds.close_round(round_id, actor=current_user)
    except LookupError:
        abort(404)
    except WorkflowError:
        db.session.rollback()
        flash(_("This round is already closed."), "info")
        return redirect(url_for("surveys.round_detail", round_id=round_id))
    db.session.commit()
    flash(_("The round is closed. Responses can no longer change."), "ok")
    return redirect(url_for("surveys.round_detail", round_id=round_id))


@bp.post("/manage/responses/<int:response_id>/reopen")
def reopen(response_id: int):
    try:
        response = submission.reopen(response_id, current_user)
    except LookupError:
        abort(404)
    except WorkflowError:
        db.session.rollback()
        flash(_("This response cannot be reopened: its round is closed or it has been reviewed."), "error")
        return redirect(url_for("surveys.view", response_id=response_id))
    db.session.commit()
    flash(_("The response is a draft again: its focal points can change and resubmit it."), "ok")
    return redirect(url_for("surveys.round_detail", round_id=response.round_id))
