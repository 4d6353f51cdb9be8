"""Catalogue (public), activity pages, agency editing, import and export, requests."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from needs.auth import roles
from needs.core.template_helpers import NAVIGATION
from needs.extensions import db
from needs.i18n.services import current_locale
from needs.inventory import exchange_io, search, services
from needs.inventory.forms import ActivityForm, ImportForm, RequestForm
from needs.inventory.records import UI_LANGUAGES
from needs.vocabulary import services as vocabulary

bp = Blueprint("inventory", __name__, template_folder="templates")

NAVIGATION.append(("inventory.catalogue", _l("Catalogue"), None))
NAVIGATION.append(("inventory.manage", _l("Our activities"), (roles.AGENCY, roles.ADMIN)))
NAVIGATION.append(("inventory.requests", _l("Activity requests"), (roles.AGENCY, roles.CDTF, roles.ADMIN)))

MIME = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8", "sessions-csv": "text/csv; charset=utf-8",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
FILENAMES = {"jsonl": "inventory.jsonl", "csv": "inventory.csv", "sessions-csv": "inventory.sessions.csv",
             "xlsx": "inventory.xlsx"}


# ---- the public catalogue ---------------------------------------------------------------------------------

def catalogue_filters(args) -> dict[str, list[str]]:
    return {name: [v for v in args.getlist(name) if v][:50] for name in search.FACETS}


def page_number(args) -> int:
    value = args.get("page", "1")
    return int(value) if value.isdigit() and len(value) < 7 else 1


@bp.get("/catalogue")
def catalogue():
    locale = current_locale()
    filters, query = catalogue_filters(request.args), request.args.get("q", "")
    results = services.search_catalogue(filters, query, locale, page=page_number(request.args))
    cards = services.activity_cards(results.ids, locale)
    facets = []
    for name in search.FACETS:
        options = [{"value": value, "label": services.facet_label(name, value, locale), "count": count,
                    "checked": value in filters[name]} for value, count in results.counts[name].items()]
        if name == "agency":
            options.sort(key=lambda o: o["value"])
        facets.append({"name": name, "legend": FACET_LEGENDS[name], "options": options})
    args = [(k, v) for k, v in request.args.items(multi=True) if k != "page"]
    return render_template("inventory/catalogue.html", results=results, cards=[cards[i] for i in results.ids],
                           facets=facets, query=query, page_args=args)


FACET_LEGENDS = {"theme": _l("Theme"), "kind": _l("Kind"), "agency": _l("Agency"), "delivery": _l("Delivery"),
                 "language": _l("Language offered"), "region": _l("Region"), "status": _l("Status"),
                 "certification": _l("Certificate"), "upcoming": _l("Sessions")}


def _activity_or_404(activity_id: str):
    activity = services.get_activity(activity_id)
    if activity is None:
        abort(404)
    return activity


def _request_form(activity) -> RequestForm:
    locale = current_locale()
    form = RequestForm()
    routes = activity.replication or vocabulary.codes("replication")
    form.replication.choices = [(code, vocabulary.label("replication", code, locale)) for code in routes]
    return form


@bp.get("/catalogue/<activity_id>")
def activity(activity_id: str):
    act = _activity_or_404(activity_id)
    if act.retired and not _may_manage(act):
        abort(404)
    locale = current_locale()
    form = _request_form(act) if _is_focal_point() and not act.retired else None
    return _activity_page(act, locale, form)


def _activity_page(act, locale, form, status: int = 200):
    routes = [{"code": code, "label": vocabulary.label("replication", code, locale),
               "description": vocabulary.description("replication", code, locale)} for code in act.replication]
    mine = services.requests_of_user(act.id, current_user.id) if _is_focal_point() else []
    return render_template(
        "inventory/activity.html", act=act, text=services.display_text(act, locale),
        sessions=services.upcoming_sessions(act.id, limit=10, locale=locale), routes=routes, form=form,
        my_requests=mine, may_manage=_may_manage(act), label=vocabulary.label, locale=locale,
        language_name=vocabulary.language_name, region_name=vocabulary.region_name,
        agency_name=vocabulary.agency_name, country_name=vocabulary.country_name,
        recommendations={r.code: r for r in vocabulary.recommendations()}), status


def _is_focal_point() -> bool:
    return current_user.is_authenticated and current_user.role == roles.FOCAL_POINT


@bp.post("/catalogue/<activity_id>/request")
def request_activity(activity_id: str):
    act = _activity_or_404(activity_id)
    if act.retired:
        abort(404)
    form = _request_form(act)
    if not form.validate_on_submit():
        return _activity_page(act, current_locale(), form, 400)
    services.create_request(act.id, user=current_user, replication=form.replication.data, note=form.note.data or "")
    db.session.commit()
    flash(_("Your request is sent to the agency."), "ok")
    return redirect(url_for("inventory.activity", activity_id=act.id))


# ---- agency staff and administrators ---------------------------------------------------------------------

def _scope() -> str | None:
    """The agency whose activities the user may change; None for administrators (all of them)."""
    return None if current_user.role == roles.ADMIN else current_user.agency_code


def _may_manage(act) -> bool:
    return current_user.is_authenticated and current_user.role in (roles.AGENCY, roles.ADMIN) \
        and services.can_edit(act, _scope())


def _editable_or_abort(activity_id: str):
    act = _activity_or_404(activity_id)
    if not services.can_edit(act, _scope()):
        from needs.audit.services import record

        record("activity.refused", object_type="activity", object_id=activity_id)
        db.session.commit()
        abort(403)
    return act


@bp.get("/inventory")
def manage():
    scope = _scope()
    agency = scope or request.args.get("agency") or None
    rows = services.export_records(agency)
    locale = current_locale()
    items = [{"rec": rec, "text": services.display_text(rec, locale)} for rec in rows]
    return render_template("inventory/manage.html", items=items, agency=agency, scope=scope,
                           agencies=vocabulary.agencies() if scope is None else [], label=vocabulary.label,
                           locale=locale)


def _activity_form(rec: dict | None) -> ActivityForm:
    locale = current_locale()
    form = ActivityForm()
    scope = _scope()
    agencies = [(a.code, f"{a.code} · {vocabulary.pick(a.names, locale)}") for a in vocabulary.agencies()
                if scope is None or a.code == scope]
    form.agency.choices = agencies
    for name, list_name in (("kind", "activity_kind"), ("delivery", "delivery"), ("status", "activity_status"),
                            ("themes", "themes"), ("capacity_type", "capacity_type"), ("level", "level"),
                            ("audience", "audience"), ("regions", "regions"), ("replication", "replication")):
        getattr(form, name).choices = vocabulary.choices(list_name, locale)
    languages = [(code, vocabulary.language_name(code, locale)) for code in vocabulary.codes("languages")]
    form.languages.choices = languages
    form.text_language.choices = [(code, vocabulary.language_name(code, locale)) for code in UI_LANGUAGES]
    form.recommendations.choices = vocabulary.recommendation_choices(locale)
    if not form.is_submitted():
        if rec is not None:
            form.fill(rec)
        else:
            form.agency.data, form.text_language.data = scope, locale
        for _n in range(2):
            form.sessions.append_entry()
    for entry in form.sessions:
        entry.form.language.choices = [("", "—"), *languages]
    return form


def _editor(rec: dict | None):
    form = _activity_form(rec)
    if form.is_submitted() and form.validate():
        raw = form.to_raw()
        if rec is not None:
            raw["id"], raw["retired"] = rec["id"], rec["retired"]
        if _scope() is not None:
            raw["agency"] = _scope()
        if rec is None and services.get_activity(str(raw.get("id") or "").strip()) is not None:
            form.id.errors = [*form.id.errors, _("An activity with this id exists already.")]
        else:
            try:
                saved, changed = services.save_one(raw, agency=_scope(), source="form", actor=current_user)
            except services.InventoryError as exc:
                form.add_problems([(name, message) for _i, name, message in exc.problems])
            else:
                db.session.commit()
                flash(_("The activity is saved.") if changed else _("Nothing changed."), "ok")
                return redirect(url_for("inventory.activity", activity_id=saved["id"]))
    status = 400 if form.is_submitted() else 200
    return render_template("inventory/edit.html", form=form, rec=rec, languages=UI_LANGUAGES,
                           language_name=vocabulary.language_name, locale=current_locale()), status


@bp.route("/inventory/new", methods=["GET", "POST"])
def new():
    return _editor(None)


@bp.route("/inventory/<activity_id>/edit", methods=["GET", "POST"])
def edit(activity_id: str):
    act = _editable_or_abort(activity_id)
    return _editor(services.to_record(act))


@bp.post("/inventory/<activity_id>/duplicate")
def duplicate(activity_id: str):
    _editable_or_abort(activity_id)
    copy_id = services.duplicate(activity_id, agency=_scope(), actor=current_user)
    db.session.commit()
    flash(_("A copy is saved as %(id)s: edit it now.", id=copy_id), "ok")
    return redirect(url_for("inventory.edit", activity_id=copy_id))


@bp.post("/inventory/<activity_id>/retire")
def retire(activity_id: str):
    _editable_or_abort(activity_id)
    retired = request.form.get("retired", "1") == "1"
    services.set_retired(activity_id, retired, agency=_scope(), source="form", actor=current_user)
    db.session.commit()
    flash(_("The activity is retired.") if retired else _("The activity is offered again."), "ok")
    return redirect(url_for("inventory.manage"))


@bp.route("/inventory/import", methods=["GET", "POST"])
def import_upload():
    form = ImportForm()
    problems, summary = [], None
    if form.validate_on_submit():
        upload = form.file.data
        sessions = form.sessions.data.read() if form.sessions.data else None
        try:
            summary = services.import_file(upload.read(), upload.filename or "", agency=_scope(), sessions=sessions,
                                           actor=current_user, source="upload")
        except exchange_io.FileRefused as exc:
            db.session.rollback()
            form.file.errors = [str(exc)]
        except services.ImportRefused as exc:
            db.session.rollback()
            _commit_refusal(exc)
            problems = exc.problems
        else:
            db.session.commit()
            flash(_("Imported %(records)s activities: %(changed)s new or changed.", **summary), "ok")
            return redirect(url_for("inventory.manage"))
    status = 400 if form.is_submitted() else 200
    return render_template("inventory/import.html", form=form, problems=problems), status


def _commit_refusal(exc) -> None:
    from needs.audit.services import record

    record("inventory.import-refused", object_type="inventory", problems=len(exc.problems))
    db.session.commit()


@bp.get("/inventory/export")
def export():
    kind = request.args.get("format", "jsonl")
    if kind not in MIME:
        abort(404)
    data = services.export_file(kind, agency=_scope(), actor=current_user)
    db.session.commit()
    response = Response(data, mimetype=MIME[kind])
    response.headers["Content-Disposition"] = f'attachment; filename="{FILENAMES[kind]}"'
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@bp.get("/inventory/requests")
def requests():
    if current_user.role == roles.AGENCY:
        rows, personal = services.requests_for_agency(current_user.agency_code), False
    else:
        rows, personal = services.all_requests(), True
    return render_template("inventory/requests.html", rows=rows, personal=personal, locale=current_locale(),
                           label=vocabulary.label, country_name=vocabulary.country_name)

