"""The JSON API v1 (/api/v1) and the administrators' page for API tokens (/admin/api-tokens).

Reads are public. Writes authenticate with an agency's bearer token only (no cookie, so no CSRF
token either) and go through the inventory's services: the same validation and ownership checks
as forms and imports. Fields the record does not know are ignored; "retired" in a body is ignored
(DELETE retires; PUT or POST publish).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from needs.api import services as tokens
from needs.api.openapi import document
from needs.auth import roles
from needs.core.template_helpers import NAVIGATION
from needs.extensions import csrf, db
from needs.inventory import search
from needs.inventory import services as inventory
from needs.vocabulary import services as vocabulary

bp = Blueprint("api", __name__, template_folder="templates")
MAX_PER_PAGE = 100
NAVIGATION.append(("api.tokens", _l("API tokens"), (roles.ADMIN,)))


def error(status: int, code: str, message: str, problems: list[dict[str, Any]] | None = None):
    body: dict[str, Any] = {"error": code, "status": status, "message": message}
    if problems is not None:
        body["problems"] = problems
    response = jsonify(body)
    response.status_code = status
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="needs"'
    return response


def _token_agency() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return tokens.agency_for_token(token.strip())


def _positive_int(name: str, default: int, maximum: int) -> int | None:
    raw = request.args.get(name)
    if raw is None:
        return default
    if not raw.isascii() or not raw.isdigit() or len(raw) > 7 or not 1 <= int(raw) <= maximum:
        return None
    return int(raw)


@bp.get("/api/v1/openapi.json")
def openapi():
    return jsonify(document())


@bp.route("/api/v1/activities", methods=["GET", "POST"])
@csrf.exempt
def activities():
    """GET searches the catalogue (public); POST creates an activity (token)."""
    if request.method == "POST":
        return _write(None, creating=True)
    return _list_activities()


@bp.route("/api/v1/activities/<activity_id>", methods=["GET", "PUT", "DELETE"])
@csrf.exempt
def activity(activity_id: str):
    """GET reads (public); PUT creates or replaces and DELETE retires (token)."""
    if request.method == "PUT":
        return _write(activity_id, creating=False)
    if request.method == "DELETE":
        return _retire(activity_id)
    return _get_activity(activity_id)


def _list_activities():
    page = _positive_int("page", 1, 1_000_000)
    per_page = _positive_int("per_page", 20, MAX_PER_PAGE)
    if page is None or per_page is None:
        return error(400, "bad_request", _("page and per_page must be whole numbers within their limits."))
    filters = {name: [v for v in request.args.getlist(name) if v][:50] for name in search.FACETS}
    locale = request.args.get("lang") if request.args.get("lang") in inventory.records.UI_LANGUAGES else "en"
    results = inventory.search_catalogue(filters, request.args.get("q", ""), locale, page=page, per_page=per_page)
    by_id = {rec["id"]: rec for rec in map(inventory.get_record, results.ids) if rec}
    return jsonify({"items": [by_id[i] for i in results.ids if i in by_id], "total": results.total,
                    "page": results.page, "pages": results.pages, "per_page": per_page, "facets": results.counts})


def _get_activity(activity_id: str):
    rec = inventory.get_record(activity_id)
    if rec is None:
        return error(404, "not_found", _("No activity has this id."))
    return jsonify(rec)


def _problems(exc: inventory.InventoryError) -> list[dict[str, str]]:
    return [{"field": name, "message": message} for _i, name, message in exc.problems]


def _write(activity_id: str | None, *, creating: bool):
    agency = _token_agency()
    if agency is None:
        return error(401, "unauthorized", _("Send an agency's API token as: Authorization: Bearer <token>."))
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return error(400, "bad_request", _("The body must be a JSON object."))
    claimed = body.get("agency", agency)
    if claimed != agency:
        return error(403, "forbidden", _("This token may only send activities that %(agency)s leads.", agency=agency),
                     [{"field": "agency", "message": _("Another agency.")}])
    raw = {**body, "agency": agency, "retired": False}
    if activity_id is not None:
        raw["id"] = activity_id  # the URL names the activity; an id in the body is ignored
    existing = inventory.get_activity(str(raw.get("id") or "")) if isinstance(raw.get("id"), str) else None
    if existing is not None and existing.agency_code != agency:
        return error(403, "forbidden", _("This id belongs to an activity of another agency."))
    if creating and existing is not None:
        return error(409, "conflict", _("An activity with this id exists already: use PUT to change it."))
    try:
        rec, _changed = inventory.save_one(raw, agency=agency, source="api")
    except inventory.InventoryError as exc:
        db.session.rollback()
        return error(422, "invalid", _("The activity has problems."), _problems(exc))
    db.session.commit()
    response = jsonify(inventory.get_record(rec["id"]))
    response.status_code = 200 if existing is not None else 201
    if existing is None:
        response.headers["Location"] = url_for("api.activity", activity_id=rec["id"])
    return response


def _retire(activity_id: str):
    agency = _token_agency()
    if agency is None:
        return error(401, "unauthorized", _("Send an agency's API token as: Authorization: Bearer <token>."))
    try:
        inventory.set_retired(activity_id, True, agency=agency, source="api")
    except LookupError:
        db.session.commit()  # the token's last use
        return error(404, "not_found", _("No activity has this id."))
    except inventory.NotAllowed:
        db.session.commit()
        return error(403, "forbidden", _("This id belongs to an activity of another agency."))
    db.session.commit()
    return "", 204


# ---- administrators: tokens ------------------------------------------------------------------------

def tokens_page(new_token: str | None = None, status: int = 200):
    return render_template("api/tokens.html", tokens=tokens.list_tokens(), agencies=vocabulary.agencies(),
                           new_token=new_token), status


bp.add_url_rule("/admin/api-tokens", endpoint="tokens", view_func=tokens_page, methods=["GET"])


@bp.post("/admin/api-tokens")
def token_issue():
    try:
        row, token = tokens.issue_token(request.form.get("agency", ""), request.form.get("label", ""),
                                        actor=current_user)
    except ValueError:
        db.session.rollback()
        flash(_("Choose a known agency."), "error")
        return tokens_page(status=400)
    db.session.commit()
    flash(_("Token issued for %(agency)s. Copy it now: it will not be shown again.", agency=row.agency_code), "ok")
    return tokens_page(new_token=token)


@bp.post("/admin/api-tokens/<int:token_id>/revoke")
def token_revoke(token_id: int):
    if not tokens.revoke_token(token_id, actor=current_user):
        abort(404)
    db.session.commit()
    flash(_("The token is revoked."), "ok")
    return redirect(url_for("api.tokens"))
