"""Home, privacy notice, language switcher, health check."""

from __future__ import annotations

import sqlalchemy as sa
from flask import Blueprint, redirect, render_template, request, session, url_for
from flask_login import current_user

from needs.auth.services import safe_next
from needs.extensions import db
from needs.i18n.languages import LANGUAGES

bp = Blueprint("core", __name__, template_folder="templates")


@bp.get("/")
def home():
    return render_template("core/home.html")


@bp.get("/privacy")
def privacy():
    return render_template("core/privacy.html")


@bp.post("/language")
def set_language():
    """The language switcher: saves the choice for a signed-in user, in the session otherwise."""
    lang = request.form.get("lang", "")
    if lang in LANGUAGES:
        if current_user.is_authenticated:
            current_user.language = lang
            db.session.commit()
        session["lang"] = lang
    return redirect(safe_next(request.form.get("next")) or url_for("core.home"))


@bp.get("/healthz")
def healthz():
    db.session.execute(sa.text("SELECT 1"))
    return {"status": "ok"}
