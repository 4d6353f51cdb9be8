"""GFMD recommendations: read by everyone, added and edited by CDTF reviewers."""

from __future__ import annotations

import sqlalchemy as sa
from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from needs.audit.services import record
from needs.extensions import db
from needs.i18n.languages import LANGUAGES, native_name
from needs.i18n.services import current_locale
from needs.vocabulary import services as vocabulary
from needs.vocabulary.forms import RecommendationForm
from needs.vocabulary.models import GfmdRecommendation

bp = Blueprint("vocabulary", __name__, url_prefix="/gfmd", template_folder="templates")


@bp.get("/recommendations")
def recommendations():
    return render_template("vocabulary/recommendations.html", recommendations=vocabulary.recommendations())


def _form(rec: GfmdRecommendation | None) -> RecommendationForm:
    form = RecommendationForm()
    form.themes.choices = vocabulary.choices("themes", current_locale())
    if rec is not None and not form.is_submitted():
        form.code.data, form.year.data, form.round_table.data = rec.code, rec.year, rec.round_table
        form.meeting.data = vocabulary.pick(rec.meeting, current_locale())
        form.themes.data = list(rec.themes)
        for lang in LANGUAGES:
            getattr(form, f"title_{lang}").data = rec.title.get(lang, "")
            getattr(form, f"text_{lang}").data = rec.text.get(lang, "")
    return form


def _save(form: RecommendationForm, rec: GfmdRecommendation | None):
    titles = {lang: getattr(form, f"title_{lang}").data.strip() for lang in LANGUAGES
              if (getattr(form, f"title_{lang}").data or "").strip()}
    texts = {lang: getattr(form, f"text_{lang}").data.strip() for lang in LANGUAGES
             if (getattr(form, f"text_{lang}").data or "").strip()}
    if not titles:
        form.title_en.errors.append(_("Give a title in at least one language."))
        return None
    clash = db.session.scalar(sa.select(GfmdRecommendation).where(GfmdRecommendation.code == form.code.data))
    if clash is not None and clash is not rec:
        form.code.errors.append(_("Another recommendation has this code."))
        return None
    if rec is None:
        rec = GfmdRecommendation(code=form.code.data)
        db.session.add(rec)
    meeting = dict(rec.meeting or {})
    meeting[current_locale()] = form.meeting.data.strip()
    rec.code, rec.year, rec.meeting = form.code.data, form.year.data, meeting
    rec.round_table = form.round_table.data or ""
    rec.title, rec.text, rec.themes = titles, texts, list(form.themes.data or [])
    rec.updated_by_id = current_user.id
    db.session.flush()
    record("recommendation.save", object_type="gfmd_recommendation", object_id=rec.code)
    db.session.commit()
    return rec


def _editor(rec: GfmdRecommendation | None):
    form = _form(rec)
    if form.validate_on_submit() and _save(form, rec) is not None:
        flash(_("The recommendation is saved."), "info")
        return redirect(url_for("vocabulary.recommendations"))
    languages = [(lang, native_name(lang)) for lang in LANGUAGES]
    status = 400 if form.is_submitted() else 200
    return render_template("vocabulary/recommendation_form.html", form=form, rec=rec, languages=languages), status


@bp.route("/recommendations/new", methods=["GET", "POST"])
def recommendation_new():
    return _editor(None)


@bp.route("/recommendations/<int:rec_id>", methods=["GET", "POST"])
def recommendation_edit(rec_id: int):
    return _editor(db.session.get(GfmdRecommendation, rec_id) or abort(404))
