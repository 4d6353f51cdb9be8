"""Review screens: the CDTF's queue and one response, the demand dashboard and its downloads, the agency's
view, reminders, and a member state's view of its own demand."""

from __future__ import annotations

import functools

from babel.numbers import format_decimal as format_number
from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import format_decimal, format_timedelta
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from needs.auth import roles
from needs.core.template_helpers import NAVIGATION
from needs.extensions import db
from needs.i18n.services import current_locale
from needs.review import aggregates, charts, exports
from needs.review import services as review
from needs.review.forms import AddActivityForm, DecisionForm, EmptyForm, MoveForm, NoteForm, ReminderForm
from needs.vocabulary import services as vocabulary

bp = Blueprint("review", __name__, url_prefix="/review", template_folder="templates")

REVIEWERS = (roles.CDTF, roles.ADMIN)
NAVIGATION.extend([
    ("review.queue", _l("Review queue"), REVIEWERS),
    ("review.dashboard", _l("Demand"), REVIEWERS),
    ("review.reminders", _l("Reminders"), REVIEWERS),
    ("review.agency", _l("Demand for our activities"), (roles.AGENCY,)),
    ("review.my_country", _l("Our demand"), (roles.FOCAL_POINT,)),
])
STATUS_LABELS = {
    "draft": _l("Draft"), "submitted": _l("Submitted"), "in_review": _l("In review"),
    "reviewed": _l("Reviewed"), "brief_sent": _l("Brief sent"),
}
REMINDER_LABELS = {"not_started": _l("Not started"), "draft": _l("Still in draft"), "submitted": _l("Submitted")}
DECISION_LABELS = {"accepted": _l("Accepted"), "rejected": _l("Rejected"), None: _l("Not decided")}
ERRORS = {
    "unknown_response": _l("This response is not in the review queue."),
    "not_open": _l("This response is no longer open for review."),
    "unknown_need": _l("This need is not part of the response."),
    "unknown_match": _l("This match is not part of the response."),
    "reason_required": _l("Choose a reason for the rejection."),
    "cannot_move": _l("This match cannot move further."),
    "unknown_activity": _l("No activity has this id."),
    "empty_note": _l("Write the note first."),
    "not_reviewed": _l("Only a reviewed response can be reopened."),
    "unknown_round": _l("This survey round does not exist."),
    "round_closed": _l("This survey round is closed."),
    "no_status": _l("Choose at least one group of countries."),
}
EXPORT_FORMATS = ("csv", "xlsx")
QUEUE_PAGE = 100
AGENCY_ROWS = 60  # activities listed with their matches, and unserved needs listed one by one


def _error_text(code: str) -> str:
    message = ERRORS.get(code)
    return str(message) if message else _("The action was refused (%(code)s).", code=code)


def _commit_or_flash(action, success: str | None = None) -> bool:
    """Run a change; commit it, or roll back and explain why it was refused."""
    from needs.matching.services import MatchError
    from needs.surveys.services import WorkflowError

    try:
        action()
    except (review.ReviewError, MatchError, WorkflowError) as exc:
        db.session.rollback()
        flash(_error_text(exc.code), "error")
        return False
    db.session.commit()
    if success:
        flash(success, "success")
    return True


# ---- the queue and one response -------------------------------------------------------------------------------

@bp.get("/")
def queue():
    locale = current_locale()
    filters = review.parse_filters(request.args)
    status = request.args.get("status") if request.args.get("status") in review.QUEUE_STATUSES else None
    country = request.args.get("country") if request.args.get("country") in vocabulary.country_codes() else None
    rows = review.queue(round_id=filters["round"], region=filters["region"], status=status, country=country)
    page = max(1, request.args.get("page", 1, type=int))
    pages = max(1, -(-len(rows) // QUEUE_PAGE))
    page = min(page, pages)
    total = len(rows)
    rows = rows[(page - 1) * QUEUE_PAGE:page * QUEUE_PAGE]
    for row in rows:
        row["country_name"] = vocabulary.country_name(row["country"], locale)
        row["waited_text"] = format_timedelta(row["waited"], granularity="hour", threshold=1.1)
    return render_template("review/queue.html", rows=rows, filters=filters, status=status, country=country,
                           rounds=_surveys().rounds(), counts=review.queue_counts(),
                           statuses=review.QUEUE_STATUSES, status_labels=STATUS_LABELS, regions=_regions(locale),
                           countries=vocabulary.country_choices(locale), page=page, pages=pages, total=total,
                           args={k: v for k, v in request.args.items() if k != "page"})


def _surveys():
    from needs.surveys import services

    return services


def _regions(locale: str) -> list[tuple[str, str]]:
    return [(code, vocabulary.region_name(code, locale)) for code in aggregates.REGIONS]


@bp.get("/responses/<int:response_id>")
def response(response_id: int):
    locale = current_locale()
    view = review.response_view(response_id, locale)
    if view is None:
        abort(404)
    query = (request.args.get("q") or "").strip()[:100]
    search_need = request.args.get("need", type=int)
    found = review.search_activities(query, locale) if query else []
    reasons = [(code, _reject_label(code)) for code in review.REJECT_CHOICES]
    return render_template("review/response.html", r=view, found=found, query=query, search_need=search_need,
                           reasons=reasons, status_labels=STATUS_LABELS, decision_labels=DECISION_LABELS,
                           open_for_review=view["status"] in review.OPEN_FOR_REVIEW, note_form=NoteForm(),
                           add_form=AddActivityForm(), empty_form=EmptyForm())


def _reject_label(code: str) -> str:
    from needs.matching.reasons import render_reject_reason

    return render_reject_reason(code)


def _back(response_id: int, anchor: str = ""):
    return redirect(url_for("review.response", response_id=response_id) + (f"#{anchor}" if anchor else ""))


@bp.post("/responses/<int:response_id>/matches/<int:match_id>/decision")
def decide(response_id: int, match_id: int):
    form = DecisionForm()
    if not form.validate():
        flash(_("The decision could not be read."), "error")
        return _back(response_id)
    decision = None if form.decision.data == "undo" else form.decision.data
    _commit_or_flash(lambda: review.decide(response_id, match_id, decision, current_user,
                                           reason=form.reason.data or None, note=form.note.data or ""))
    return _back(response_id, f"match-{match_id}")


@bp.post("/responses/<int:response_id>/matches/<int:match_id>/move")
def move(response_id: int, match_id: int):
    form = MoveForm()
    if form.validate():
        _commit_or_flash(lambda: review.move(response_id, match_id, form.direction.data, current_user))
    return _back(response_id, f"match-{match_id}")


@bp.post("/responses/<int:response_id>/needs/<int:need_id>/activities")
def add_activity(response_id: int, need_id: int):
    form = AddActivityForm()
    if not form.validate():
        flash(_("Give the id of an activity."), "error")
    else:
        _commit_or_flash(lambda: review.add_activity(response_id, need_id, form.activity_id.data, current_user),
                         _("The activity was added to the need."))
    return _back(response_id, f"need-{need_id}")


@bp.post("/responses/<int:response_id>/notes")
def add_note(response_id: int):
    form = NoteForm()
    if not form.validate():
        flash(_("Write the note first."), "error")
    else:
        _commit_or_flash(lambda: review.add_note(response_id, form.body.data, current_user), _("Note saved."))
    return _back(response_id, "notes")


@bp.post("/responses/<int:response_id>/complete")
def complete(response_id: int):
    if EmptyForm().validate() and _commit_or_flash(lambda: review.complete(response_id, current_user),
                                                   _("The review is complete.")):
        return redirect(url_for("review.queue"))
    return _back(response_id)


@bp.post("/responses/<int:response_id>/reopen")
def reopen(response_id: int):
    if EmptyForm().validate():
        _commit_or_flash(lambda: review.reopen(response_id, current_user), _("The review is open again."))
    return _back(response_id)


# ---- the demand dashboard -----------------------------------------------------------------------------------

@functools.lru_cache(maxsize=8192)
def _format_number(locale: str, value: int | float) -> str:
    return format_number(value, locale=locale)


@bp.app_template_filter("review_number")
def _fmt(value: int | float | None) -> str:
    """Babel's number formatting, memoised: dashboards format thousands of small integers."""
    return "" if value is None else _format_number(current_locale(), value)


def _labels(locale: str) -> dict[str, object]:
    def unspecified_or(fn):
        return lambda code: _("Not specified") if code == aggregates.UNSPECIFIED else fn(code)

    return {
        "themes": unspecified_or(lambda c: vocabulary.label("themes", c, locale)),
        "regions": unspecified_or(lambda c: vocabulary.region_name(c, locale)),
        "languages": unspecified_or(lambda c: vocabulary.language_name(c, locale)),
        "delivery": unspecified_or(lambda c: vocabulary.label("delivery", c, locale)),
        "capacity": unspecified_or(lambda c: vocabulary.label("capacity_type", c, locale)),
        "level": unspecified_or(lambda c: vocabulary.label("level", c, locale)),
        "months": lambda c: c,
    }


def _bars(name: str, title: str, desc: str, counter: dict, labeller, gaps: dict | None = None,
          keep_order: bool = False):
    items = list(counter.items()) if keep_order else sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return charts.bar_chart(f"chart-{name}", title, desc,
                            [(str(code), labeller(code), n, (gaps or {}).get(code, 0)) for code, n in items], _fmt)


def _heat_rows(result: dict, filters: dict, locale: str):
    demand = result["demand"]
    theme_codes = [c for c in vocabulary.codes("themes") if demand["themes"].get(c)]
    if demand["themes"].get(aggregates.UNSPECIFIED):
        theme_codes.append(aggregates.UNSPECIFIED)
    labels = _labels(locale)
    rows = [(code, labels["themes"](code)) for code in theme_codes]
    regions = [filters["region"]] if filters["region"] else list(aggregates.REGIONS)
    columns = [(code, vocabulary.region_name(code, locale)) for code in regions]
    return rows, columns


def dashboard_charts(result: dict, filters: dict, locale: str) -> dict[str, charts.Chart]:
    d = result["demand"]
    labels = _labels(locale)
    rows, columns = _heat_rows(result, filters, locale)
    heat = charts.heat_map(
        "chart-heat", _("Requested trainings by theme and region"),
        _("Number of needs per theme (rows) and region (columns); hatched cells marked ! are under-served."),
        rows, columns, d["cells"], result["underserved"]["cell_keys"], _fmt)
    rounds = {code: result["rounds"].get(code, str(code)) for code in d["rounds"]}
    gap_desc = _("Bar length is the number of needs; the hatched part shows needs flagged as gaps.")
    return {
        "heat": heat,
        "themes": _bars("themes", _("Needs by theme"), gap_desc, d["themes"], labels["themes"], d["theme_gaps"]),
        "regions": _bars("regions", _("Needs by region"), gap_desc, d["regions"], labels["regions"],
                         d["region_gaps"]),
        "languages": _bars("languages", _("Needs by trainees' language"),
                           _("Bar length is the number of needs asking for each language."), d["languages"],
                           labels["languages"]),
        "delivery": _bars("delivery", _("Needs by delivery mode"),
                          _("Bar length is the number of needs accepting each delivery mode."), d["delivery"],
                          labels["delivery"]),
        "capacity": _bars("capacity", _("Policy or technical capacity"),
                          _("Bar length is the number of needs of each kind of capacity."), d["capacity"],
                          labels["capacity"]),
        "level": _bars("level", _("Individual or organizational capacity"),
                       _("Bar length is the number of needs at each level."), d["level"], labels["level"]),
        "months": _bars("months", _("Needs over time"),
                        _("Bar length is the number of needs submitted in each month."), d["months"],
                        labels["months"], keep_order=True),
        "rounds": _bars("rounds", _("Needs by survey round"),
                        _("Bar length is the number of needs in each survey round."), d["rounds"],
                        lambda c: rounds.get(c, str(c))),
    }


TABLE_FOR_CHART = {"heat": "theme_region", "themes": "themes", "regions": "regions", "languages": "languages",
                   "delivery": "delivery", "capacity": "capacity", "level": "level", "months": "months",
                   "rounds": "rounds"}


@bp.get("/demand")
def dashboard():
    locale = current_locale()
    filters = review.parse_filters(request.args)
    result = review.dashboard(filters)
    drawn = dashboard_charts(result, filters, locale)
    tables = {name: review.table_rows(TABLE_FOR_CHART[name], result, locale) for name in drawn}
    under_header, under_rows = review.table_rows("underserved", result, locale)
    labels = _labels(locale)
    return render_template(
        "review/dashboard.html", filters=filters, result=result, charts=drawn, tables=tables,
        table_names=TABLE_FOR_CHART, under_header=under_header, under_rows=under_rows,
        under_themes=[(labels["themes"](t["code"]), t) for t in result["underserved"]["themes"]],
        under_regions=[(labels["regions"](t["code"]), t) for t in result["underserved"]["regions"]],
        rounds=_surveys().rounds(), regions=_regions(locale), themes=vocabulary.choices("themes", locale),
        capacities=vocabulary.choices("capacity_type", locale), query=_filter_query(filters))


def _filter_query(filters: dict) -> dict[str, str]:
    return {k: str(v) for k, v in filters.items() if v not in (None, "")}


def _download(name: str, fmt: str, header: list, rows: list) -> Response:
    from needs.review.exports import CSV_TYPE, XLSX_TYPE

    if fmt == "csv":
        body, mimetype = exports.to_csv(header, rows), CSV_TYPE
    else:
        body, mimetype = exports.to_xlsx(name, header, rows), XLSX_TYPE
    filename = f"needs-{name}.{fmt}"
    return Response(body, mimetype=mimetype, headers={
        "Content-Disposition": f'attachment; filename="{filename}"', "X-Content-Type-Options": "nosniff"})


@bp.get("/demand/<name>.<fmt>")
def dashboard_export(name: str, fmt: str):
    if fmt not in EXPORT_FORMATS or name not in review.TABLES:
        abort(404)
    filters = review.parse_filters(request.args)
    header, rows = review.table_rows(name, review.dashboard(filters), current_locale())
    review.audit_export(f"demand:{name}", fmt, current_user, **_filter_query(filters))
    db.session.commit()
    return _download(f"demand-{name}", fmt, header, rows)


@bp.get("/needs.<fmt>")
def needs_export(fmt: str):
    if fmt not in EXPORT_FORMATS:
        abort(404)
    filters = review.parse_filters(request.args)
    header, rows = review.needs_export_rows(filters, current_locale())
    review.audit_export("needs", fmt, current_user, rows=len(rows), **_filter_query(filters))
    db.session.commit()
    return _download("needs", fmt, header, rows)


# ---- the agency's view ------------------------------------------------------------------------------------

@bp.get("/agency")
def agency():
    locale = current_locale()
    if current_user.role == roles.AGENCY:
        code = current_user.agency_code
    else:
        code = request.args.get("agency") or ""
        if code not in {a.code for a in vocabulary.agencies()}:
            return render_template("review/agency_choose.html", agencies=vocabulary.agencies())
    view = review.agency_view(code, limit=AGENCY_ROWS)
    labels = _labels(locale)
    d = view["demand"]
    drawn = {
        "regions": _bars("agency-regions", _("Needs in your themes by region"),
                         _("Bar length is the number of needs; the hatched part shows needs flagged as gaps."),
                         d["regions"], labels["regions"], d["region_gaps"]),
        "languages": _bars("agency-languages", _("Needs in your themes by trainees' language"),
                           _("Bar length is the number of needs asking for each language."), d["languages"],
                           labels["languages"]),
        "delivery": _bars("agency-delivery", _("Needs in your themes by delivery mode"),
                          _("Bar length is the number of needs accepting each delivery mode."), d["delivery"],
                          labels["delivery"]),
    }
    unserved_cells = sorted(view["unserved_cells"].items(), key=lambda kv: (-kv[1], kv[0]))
    return render_template("review/agency.html", view=view, charts=drawn, labels=labels,
                           agency_name=vocabulary.agency_name(code, locale), unserved_cells=unserved_cells,
                           decision_labels={k: str(v) for k, v in DECISION_LABELS.items()},
                           reject_label=_reject_label, theme_label=labels["themes"], region_label=labels["regions"],
                           country_name=dict(vocabulary.country_choices(locale)).get)


# ---- reminders ------------------------------------------------------------------------------------------------

@bp.get("/reminders")
def reminders():
    open_rounds = [r for r in _surveys().rounds() if r["status"] == "open"]
    round_id = request.args.get("round", type=int) or (open_rounds[0]["id"] if open_rounds else None)
    overview = review.reminder_overview(round_id) if round_id else None
    locale = current_locale()
    return render_template("review/reminders.html", overview=overview, open_rounds=open_rounds,
                           round_id=round_id, form=ReminderForm(), labels=REMINDER_LABELS,
                           status_labels=STATUS_LABELS, country_name=lambda c: vocabulary.country_name(c, locale))


@bp.post("/reminders")
def send_reminders():
    form = ReminderForm()
    round_id = request.form.get("round", type=int)
    if not form.validate() or round_id is None:
        flash(_("Choose at least one group of countries."), "error")
        return redirect(url_for("review.reminders", round=round_id) if round_id else url_for("review.reminders"))
    outcome = {}

    def send():
        outcome.update(review.send_reminders(round_id, form.statuses.data, current_user))

    if _commit_or_flash(send):
        flash(_("%(sent)s reminders queued; %(skipped)s focal points were already reminded today.",
                sent=format_decimal(outcome["sent"]), skipped=format_decimal(outcome["skipped"])), "success")
    return redirect(url_for("review.reminders", round=round_id))


# ---- a member state's own demand ------------------------------------------------------------------------------

@bp.get("/country")
def my_country():
    if current_user.role != roles.FOCAL_POINT or not current_user.country_code:
        abort(404)
    return redirect(url_for("review.country", code=current_user.country_code))


@bp.get("/country/<code>")
def country(code: str):
    if current_user.role == roles.FOCAL_POINT and code != current_user.country_code:
        abort(404)
    if code not in vocabulary.country_codes():
        abort(404)
    view = review.country_view(code, current_locale())
    return render_template("review/country.html", view=view, status_labels=STATUS_LABELS)
