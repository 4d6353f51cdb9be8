"""The inventory: what other features call, and how activities change.

For other features (plain records, never the tables):

``exchange_records(include_retired=False) -> list[dict]``
    Exchange-format records (``records.FIELDS``: id, agency, partners, kind, title, description,
    text_language, themes, capacity_type, level, audience, delivery, languages, regions, status,
    certification, replication, recommendations, translations {lang: {title, description}},
    sessions [{start, end, place, online, language, seats, deadline}] with ISO dates, contact, link,
    duration, cost {amount, currency} | None, retired), sorted by id. For the matching engine.
``inventory_revision() -> int``
    Changes whenever any activity is added, changed or retired: a cache key.
``activity_cards(ids, locale) -> dict[id, dict]``
    {id, title, title_lang, translated (bool), agency, agency_name, partners, kind, kind_label, link,
    contact, retired, url, next_sessions [formatted dicts as in ``upcoming_sessions``]}.
``upcoming_sessions(activity_id, limit=3) -> list[dict]``
    Sessions ending today or later: {start, end, deadline (dates or None), place, online, language,
    seats, when (formatted text)}.
``activities_of_agency(agency_code) -> list[dict]``
    Exchange records the agency leads (retired included).
``requests_for_agency(agency_code) / all_requests() -> list[dict]``
    {id, activity_id, activity_title, agency, country, replication, note, created_at}; ``all_requests``
    adds requester_name and requester_email (CDTF and administrators only).

Every change goes through ``save_records``: ownership checks (an agency changes only what it leads),
the same validation for forms, imports and the API, an audit event per activity and one
"activities-changed" job in the same transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from flask_babel import format_date
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from needs.audit.services import record as audit
from needs.db import utcnow
from needs.extensions import db
from needs.inventory import records
from needs.inventory.models import Activity, ActivityRequest, ActivitySession
from needs.jobs.services import enqueue
from needs.vocabulary import services as vocabulary
from needs.vocabulary.models import Agency

DEMO_FILE = Path(__file__).resolve().parent.parent / "demo" / "data" / "activities.jsonl"
CHUNK = 500


class InventoryError(ValueError):
    """Refused records: ``problems`` holds (record index, field, message) for every problem found."""

    def __init__(self, problems: list[tuple[int, str, str]]):
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


class NotAllowed(PermissionError):
    """The activity belongs to another agency."""


# ---- reading ---------------------------------------------------------------------------------------

def to_record(activity: Activity) -> dict[str, Any]:
    """The canonical exchange record of an activity."""
    return {
        "id": activity.id, "agency": activity.agency_code, "partners": list(activity.partners or []),
        "kind": activity.kind, "title": activity.title, "description": activity.description,
        "text_language": activity.text_language, "themes": list(activity.themes),
        "capacity_type": list(activity.capacity_type), "level": list(activity.level),
        "audience": list(activity.audience), "delivery": activity.delivery, "languages": list(activity.languages),
        "regions": list(activity.regions), "status": activity.status, "certification": activity.certification,
        "replication": list(activity.replication or []), "recommendations": list(activity.recommendations or []),
        "translations": {lang: dict(entry) for lang, entry in (activity.translations or {}).items()},
        "sessions": [_session_record(s) for s in activity.sessions],
        "contact": activity.contact, "link": activity.link, "duration": activity.duration,
        "cost": dict(activity.cost) if activity.cost else None, "retired": activity.retired,
    }


def _session_record(session: ActivitySession) -> dict[str, Any]:
    return {"start": session.start.isoformat(), "end": session.end.isoformat() if session.end else None,
            "place": session.place, "online": session.online, "language": session.language,
            "seats": session.seats, "deadline": session.deadline.isoformat() if session.deadline else None}


def _query(include_retired: bool = True):
    query = sa.select(Activity).options(selectinload(Activity.sessions)).order_by(Activity.id)
    return query if include_retired else query.where(Activity.retired.is_(False))


def exchange_records(include_retired: bool = False) -> list[dict[str, Any]]:
    return [to_record(a) for a in db.session.scalars(_query(include_retired))]


# The fields of an exchange record that overviews (dashboards, counts) need, read without ORM objects.
_SUMMARY_COLUMNS = {"id": Activity.id, "agency": Activity.agency_code, "title": Activity.title,
                    "text_language": Activity.text_language, "themes": Activity.themes, "regions": Activity.regions,
                    "languages": Activity.languages, "delivery": Activity.delivery, "status": Activity.status,
                    "retired": Activity.retired, "translations": Activity.translations}


def activity_summaries() -> list[dict[str, Any]]:
    """Every activity, retired included, as a partial exchange record: the keys of ``_SUMMARY_COLUMNS``."""
    query = sa.select(*(column.label(key) for key, column in _SUMMARY_COLUMNS.items())).order_by(Activity.id)
    rows = db.session.execute(query)
    keys = list(rows.keys())
    return [dict(zip(keys, row, strict=True)) for row in rows]


def activities_of_agency(agency_code: str) -> list[dict[str, Any]]:
    return [to_record(a) for a in db.session.scalars(_query().where(Activity.agency_code == agency_code))]


def get_activity(activity_id: str) -> Activity | None:
    return db.session.get(Activity, activity_id)


def get_record(activity_id: str) -> dict[str, Any] | None:
    activity = get_activity(activity_id)
    return to_record(activity) if activity else None


def inventory_revision() -> int:
    """A number that changes with every change: count, sum of revisions and the latest change time."""
    count, total, latest = db.session.execute(
        sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(Activity.revision), 0),
                  sa.func.max(Activity.updated_at))).one()
    digest = hashlib.sha256(f"{count}:{total}:{latest}".encode()).hexdigest()
    return int(digest[:15], 16)


def display_text(activity_or_record, locale: str) -> dict[str, Any]:
    """Title and description in the reader's language when there is one, else the original, with its
    language (for lang= attributes) and whether it is a translation."""
    rec = activity_or_record if isinstance(activity_or_record, dict) else {
        "title": activity_or_record.title, "description": activity_or_record.description,
        "text_language": activity_or_record.text_language, "translations": activity_or_record.translations or {}}
    if rec["text_language"] == locale:
        return {"title": rec["title"], "description": rec["description"], "lang": locale, "original": True}
    entry = (rec.get("translations") or {}).get(locale)
    if entry and entry.get("title"):
        return {"title": entry["title"], "description": entry.get("description") or rec["description"],
                "lang": locale if entry.get("description") else rec["text_language"], "title_lang": locale,
                "original": False}
    return {"title": rec["title"], "description": rec["description"], "lang": rec["text_language"],
            "original": True}


def format_session(session: ActivitySession | dict[str, Any], locale: str) -> dict[str, Any]:
    get = session.get if isinstance(session, dict) else lambda key: getattr(session, key)

    def as_date(value):
        return dt.date.fromisoformat(value) if isinstance(value, str) else value

    start, end, deadline = as_date(get("start")), as_date(get("end")), as_date(get("deadline"))
    when = format_date(start, "medium")
    if end and end != start:
        when = _("%(start)s to %(end)s", start=when, end=format_date(end, "medium"))
    place = _("Online") if get("online") and not get("place") else get("place") or ""
    if get("online") and get("place"):
        place = _("%(place)s and online", place=get("place"))
    language = get("language") or ""
    return {"start": start, "end": end, "deadline": deadline, "place": place, "online": bool(get("online")),
            "language": language, "language_name": vocabulary.language_name(language, locale) if language else "",
            "seats": get("seats"), "when": when}


def upcoming_sessions(activity_id: str, limit: int = 3, locale: str | None = None) -> list[dict[str, Any]]:
    from needs.i18n.services import current_locale

    today = utcnow().date()
    rows = db.session.scalars(
        sa.select(ActivitySession).where(
            ActivitySession.activity_id == activity_id,
            sa.func.coalesce(ActivitySession.end, ActivitySession.start) >= today)
        .order_by(ActivitySession.start).limit(limit))
    return [format_session(s, locale or current_locale()) for s in rows]


def agency_names(locale: str) -> dict[str, str]:
    """Every agency's name in the reader's language, read once per request."""
    from flask import g, has_app_context

    cache = g.setdefault("inventory_agency_names", {}) if has_app_context() else {}
    if locale not in cache:
        cache[locale] = {a.code: vocabulary.pick(a.names, locale) or a.code for a in vocabulary.agencies()}
    return cache[locale]


def activity_cards(ids: Iterable[str], locale: str) -> dict[str, dict[str, Any]]:
    from flask import url_for

    ids = list(dict.fromkeys(ids))
    cards: dict[str, dict[str, Any]] = {}
    today = utcnow().date().isoformat()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        for activity in db.session.scalars(_query().where(Activity.id.in_(chunk))):
            text = display_text(activity, locale)
            upcoming = [s for s in activity.sessions if (s.end or s.start).isoformat() >= today][:3]
            cards[activity.id] = {
                "id": activity.id, "title": text["title"], "title_lang": text.get("title_lang", text["lang"]),
                "translated": not text["original"], "agency": activity.agency_code,
                "agency_name": agency_names(locale).get(activity.agency_code, activity.agency_code),
                "partners": list(activity.partners or []), "kind": activity.kind,
                "kind_label": vocabulary.label("activity_kind", activity.kind, locale), "link": activity.link,
                "contact": activity.contact, "retired": activity.retired,
                "url": url_for("inventory.activity", activity_id=activity.id),
                "next_sessions": [format_session(s, locale) for s in upcoming]}
    return cards


# ---- validation and saving ---------------------------------------------------------------------------

def vocabulary_snapshot() -> records.Vocabulary:
    lists = {name: set(vocabulary.codes(name)) for name in
             ("themes", "capacity_type", "level", "audience", "languages", "regions", "replication", "delivery",
              "activity_kind", "activity_status")}
    return records.Vocabulary(lists=lists, agencies={a.code for a in vocabulary.agencies()},
                              recommendations={r.code for r in vocabulary.recommendations()})


def _existing(ids: list[str]) -> dict[str, Activity]:
    found: dict[str, Activity] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        for activity in db.session.scalars(_query().where(Activity.id.in_(chunk))):
            found[activity.id] = activity
    return found


def messages_locale():
    """Problems are worded in the reader's language in a request, in English in commands and jobs
    (where the locale selector has no request to read)."""
    from flask import has_request_context
    from flask_babel import force_locale

    return contextlib.nullcontext() if has_request_context() else force_locale("en")


def check_records(raws: list[Any], *, agency: str | None) -> list[dict[str, Any]]:
    """Validate every record and the caller's right to write it; raise InventoryError with all problems.

    ``agency`` is the acting agency (its staff or its API token) or None for an administrator, whose
    records may name agencies not known yet.
    """
    from needs.core.requests import strip_nul

    with messages_locale():
        return _check_records(strip_nul(raws), agency)  # files and API bodies: no NUL reaches the database


def _check_records(raws: list[Any], agency: str | None) -> list[dict[str, Any]]:
    vocab = vocabulary_snapshot()
    problems: list[tuple[int, str, str]] = []
    checked: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(raws):
        result = records.validate(raw, vocab, new_agencies=agency is None)
        problems.extend((index, name, message) for name, message in result.problems)
        rec = result.record
        if agency is not None and rec.get("agency") and rec["agency"] != agency:
            problems.append((index, "agency", _("%(agency)s staff may only send activities that %(agency)s "
                                                 "leads.", agency=agency)))
        if rec.get("id") in seen:
            problems.append((index, "id", _("This id appears twice (also record %(n)s).", n=seen[rec["id"]] + 1)))
        seen.setdefault(rec.get("id"), index)
        checked.append(rec)
    if agency is not None:
        owners = _existing([rec["id"] for rec in checked if rec.get("id")])
        for index, rec in enumerate(checked):
            current = owners.get(rec.get("id"))
            if current is not None and current.agency_code != agency:
                problems.append((index, "id", _("This id belongs to an activity of another agency.")))
    if problems:
        raise InventoryError(problems)
    return checked


def _apply(activity: Activity, rec: dict[str, Any]) -> None:
    activity.agency_code = rec["agency"]
    for name in ("partners", "kind", "title", "description", "text_language", "themes", "capacity_type", "level",
                 "audience", "delivery", "languages", "regions", "status", "certification", "replication",
                 "recommendations", "translations", "contact", "link", "duration", "cost", "retired"):
        setattr(activity, name, rec[name])
    activity.sessions = [ActivitySession(
        start=dt.date.fromisoformat(s["start"]), end=dt.date.fromisoformat(s["end"]) if s["end"] else None,
        place=s["place"], online=s["online"], language=s["language"], seats=s["seats"],
        deadline=dt.date.fromisoformat(s["deadline"]) if s["deadline"] else None) for s in rec["sessions"]]


def _ensure_agencies(codes: set[str]) -> None:
    known = {a.code for a in vocabulary.agencies()}
    for code in sorted(codes - known):
        db.session.add(Agency(code=code, names={"en": code}))
        audit("agency.create", object_type="agency", object_id=code)
    if codes - known:
        db.session.flush()
        vocabulary.clear_caches()


def save_records(checked: list[dict[str, Any]], *, source: str, actor=None) -> list[str]:
    """Insert or update checked records (from ``check_records``) in the current transaction.

    Unchanged records are left alone; returns the ids that changed. The caller commits.
    """
    _ensure_agencies({rec["agency"] for rec in checked})
    existing = _existing([rec["id"] for rec in checked])
    changed: list[str] = []
    now = utcnow()
    for rec in checked:
        activity = existing.get(rec["id"])
        before = to_record(activity) if activity is not None else None
        if before == rec:
            continue
        if activity is None:
            activity = Activity(id=rec["id"], revision=0, created_at=now)
            db.session.add(activity)
        _apply(activity, rec)
        activity.revision = (activity.revision or 0) + 1
        activity.updated_at = now
        activity.updated_by_id = getattr(actor, "id", None)
        audit(_action(before, rec), object_type="activity", object_id=rec["id"], actor=actor, source=source,
              agency=rec["agency"], revision=activity.revision)
        changed.append(rec["id"])
    if changed:
        db.session.flush()
        _enqueue_changed(changed)
    return changed


def _action(before: dict | None, after: dict) -> str:
    if before is None:
        return "activity.create"
    if after["retired"] and not before["retired"]:
        return "activity.retire"
    if before["retired"] and not after["retired"]:
        return "activity.restore"
    return "activity.update"


def _enqueue_changed(ids: list[str]) -> None:
    marker = ",".join(sorted(ids)) + "@" + utcnow().isoformat()
    key = "activities-changed:" + hashlib.sha256(marker.encode()).hexdigest()[:40]
    enqueue("activities-changed", {"activity_ids": sorted(ids)}, dedupe_key=key)


def save_one(raw: dict[str, Any], *, agency: str | None, source: str, actor=None) -> tuple[dict[str, Any], bool]:
    """Validate and save one record (form, API); returns (record, changed). InventoryError lists problems."""
    rec = check_records([raw], agency=agency)[0]
    return rec, bool(save_records([rec], source=source, actor=actor))


def can_edit(activity: Activity, agency: str | None) -> bool:
    """Administrators (agency None) edit everything; agency staff only what their agency leads."""
    return agency is None or activity.agency_code == agency


def set_retired(activity_id: str, retired: bool, *, agency: str | None, source: str, actor=None) -> bool:
    activity = get_activity(activity_id)
    if activity is None:
        raise LookupError(activity_id)
    if not can_edit(activity, agency):
        raise NotAllowed(activity_id)
    rec = to_record(activity)
    rec["retired"] = retired
    return bool(save_records([rec], source=source, actor=actor))


def free_copy_id(activity_id: str, agency_code: str) -> str:
    """The next unused id of the form AGENCY-NNNN."""
    prefix = f"{agency_code}-"
    ids = db.session.scalars(sa.select(Activity.id).where(Activity.id.like(prefix + "%")))
    numbers = [int(i[len(prefix):]) for i in ids if i[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"[:40]


def duplicate(activity_id: str, *, agency: str | None, actor=None) -> str:
    """Copy an activity under a new id (without its sessions) as a planned activity."""
    activity = get_activity(activity_id)
    if activity is None:
        raise LookupError(activity_id)
    if not can_edit(activity, agency):
        raise NotAllowed(activity_id)
    rec = to_record(activity)
    rec.update(id=free_copy_id(activity_id, activity.agency_code), sessions=[], retired=False)
    save_records(check_records([rec], agency=agency), source="duplicate", actor=actor)
    return rec["id"]


# ---- requests from focal points ------------------------------------------------------------------------

def create_request(activity_id: str, *, user, replication: str, note: str) -> ActivityRequest:
    activity = get_activity(activity_id)
    if activity is None or activity.retired:
        raise LookupError(activity_id)
    allowed = activity.replication or vocabulary.codes("replication")
    if replication not in allowed:
        raise ValueError("replication")
    req = ActivityRequest(activity_id=activity_id, user_id=user.id, country_code=user.country_code,
                          replication=replication, note=note.strip()[:2000])
    db.session.add(req)
    db.session.flush()
    audit("activity.request", object_type="activity", object_id=activity_id, country=user.country_code,
          replication=replication, request_id=req.id)
    return req


def requests_of_user(activity_id: str, user_id: int) -> list[ActivityRequest]:
    return list(db.session.scalars(sa.select(ActivityRequest).where(
        ActivityRequest.activity_id == activity_id, ActivityRequest.user_id == user_id)
        .order_by(ActivityRequest.created_at.desc())))


def _request_rows(query, personal: bool) -> list[dict[str, Any]]:
    from needs.auth.models import User

    rows = []
    for req, activity, user in db.session.execute(
            query.join(Activity, Activity.id == ActivityRequest.activity_id)
            .outerjoin(User, User.id == ActivityRequest.user_id)
            .add_columns(Activity, User).order_by(ActivityRequest.created_at.desc(), ActivityRequest.id.desc())):
        row = {"id": req.id, "activity_id": activity.id, "activity_title": activity.title,
               "activity_title_lang": activity.text_language, "agency": activity.agency_code,
               "country": req.country_code, "replication": req.replication, "note": req.note,
               "created_at": req.created_at}
        if personal:
            row.update(requester_name=user.name if user else "", requester_email=user.email if user else "")
        rows.append(row)
    return rows


def requests_for_agency(agency_code: str) -> list[dict[str, Any]]:
    return _request_rows(sa.select(ActivityRequest).where(Activity.agency_code == agency_code), personal=False)


def all_requests() -> list[dict[str, Any]]:
    return _request_rows(sa.select(ActivityRequest), personal=True)


# ---- demo ----------------------------------------------------------------------------------------------

def read_demo_records() -> list[dict[str, Any]]:
    with DEMO_FILE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_demo() -> dict[str, int]:
    """Upsert the demo activities (idempotent: unchanged records are left alone)."""
    changed = save_records(check_records(read_demo_records(), agency=None), source="demo")
    return {"activities": len(changed)}


# ---- import and export -----------------------------------------------------------------------------------

class ImportRefused(ValueError):
    """The file imports nothing; ``problems`` are exchange_io.Problem, every one found."""

    def __init__(self, problems: list):
        super().__init__("; ".join(str(p) for p in problems[:5]))
        self.problems = problems


def import_file(data: bytes, filename: str, *, agency: str | None, sessions: bytes | None = None, actor=None,
                source: str = "import") -> dict[str, int]:
    """Read, validate everything, then write everything in the current transaction (the caller commits).

    ``agency`` limits the file to activities that agency leads (None: an administrator, whose file may
    name new agencies). Returns {"records": n, "changed": m}; raises ImportRefused or FileRefused.
    """
    with messages_locale():
        return _import_file(data, filename, agency=agency, sessions=sessions, actor=actor, source=source)


def _import_file(data: bytes, filename: str, *, agency, sessions, actor, source) -> dict[str, int]:
    from flask import current_app

    from needs.inventory import exchange_io

    parsed = exchange_io.read(data, filename, sessions=sessions,
                              max_uncompressed=current_app.config["NEEDS_UPLOAD_MAX_UNCOMPRESSED"],
                              max_entries=current_app.config["NEEDS_UPLOAD_MAX_ENTRIES"])
    problems = list(parsed.problems)
    checked: list[dict[str, Any]] = []
    try:
        checked = check_records(parsed.records, agency=agency)
    except InventoryError as exc:
        problems += [exchange_io.locate(parsed.origins[i], name, message) for i, name, message in exc.problems]
    if not parsed.records and not problems:
        problems.append(exchange_io.Problem(_("The file holds no activities.")))
    if problems:
        problems.sort(key=lambda p: (p.sheet or "", p.row or 0))
        audit("inventory.import-refused", object_type="inventory", actor=actor, file=filename[:200],
              problems=len(problems))
        raise ImportRefused(problems)
    changed = save_records(checked, source=source, actor=actor)
    audit("inventory.import", object_type="inventory", actor=actor, file=filename[:200], records=len(checked),
          changed=len(changed))
    return {"records": len(checked), "changed": len(changed)}


def export_records(agency: str | None = None) -> list[dict[str, Any]]:
    """Every activity (retired included) as exchange records, or only those an agency leads."""
    return activities_of_agency(agency) if agency else exchange_records(include_retired=True)


def export_file(kind: str, *, agency: str | None = None, actor=None) -> bytes:
    """The inventory in one format; "sessions-csv" is the second file of the CSV layout."""
    from needs.inventory import exchange_io

    records_ = export_records(agency)
    audit("inventory.export", object_type="inventory", actor=actor, format=kind, agency=agency or "",
          records=len(records_))
    if kind == "sessions-csv":
        return exchange_io.write_sessions_csv(records_)
    return exchange_io.write(records_, kind)


# ---- the catalogue --------------------------------------------------------------------------------------

FACET_LISTS = {"theme": "themes", "kind": "activity_kind", "delivery": "delivery", "status": "activity_status"}


def search_catalogue(filters: dict[str, list[str]], query: str, locale: str, page: int = 1,
                     per_page: int = 20):
    """Faceted, full-text search over activities that are not retired; returns search.Results."""
    from needs.inventory import search

    index = search.current_index(inventory_revision())
    return index.search(filters, query.strip()[:200], locale, page=page, per_page=per_page)


def facet_label(name: str, value: str, locale: str) -> str:
    if name in FACET_LISTS:
        return vocabulary.label(FACET_LISTS[name], value, locale)
    if name == "agency":
        return agency_names(locale).get(value, value)
    if name == "language":
        return vocabulary.language_name(value, locale)
    if name == "region":
        return vocabulary.region_name(value, locale)
    if name == "certification":
        return _("Leads to a certificate")
    if name == "upcoming":
        return _("Has an upcoming session")
    return value


def sessions_path(path: Path) -> Path:
    """The CSV layout's second file: activities.csv -> activities.sessions.csv."""
    return path.with_name(path.stem + ".sessions.csv")


def import_path(path: Path, *, agency: str | None) -> dict[str, int]:
    """Import a file from disk (and, for CSV, its sessions file beside it) in one transaction."""
    data = path.read_bytes()
    extra = sessions_path(path)
    sessions = extra.read_bytes() if path.suffix.lower() == ".csv" and extra.exists() else None
    try:
        summary = import_file(data, path.name, agency=agency, sessions=sessions, source="command")
    except ImportRefused:
        db.session.rollback()
        raise
    db.session.commit()
    return summary


def export_path(kind: str, out: Path, *, agency: str | None = None) -> list[Path]:
    """Write an export to ``out`` (CSV also writes its sessions file beside it); returns the files written."""
    written = []
    out.write_bytes(export_file(kind, agency=agency))
    written.append(out)
    if kind == "csv":
        extra = sessions_path(out)
        extra.write_bytes(export_file("sessions-csv", agency=agency))
        written.append(extra)
    db.session.commit()
    return written
