"""Review and demand: the CDTF's queue and review actions, the demand dashboard, the agency view,
reminders to focal points and a country's own view. Plain dicts in and out.

What other features may call::

    reminders_for_user(user_id, days=30) -> [{"id", "round_id", "round_title", "status", "sent_at",
        "deadline", "message"}]   (newest first; the message in the user's language, for their home page)

Everything else serves this feature's views and commands. Other features are reached only through
their services: surveys (responses, needs, status moves), matching (matches, decisions, gap flags),
inventory (activity records and cards). Decisions on matches are stored by the matching services
(with who and when, audited there); this module audits what it adds (notes, status moves it asks for,
reminders, exports, views of demand).

Dashboard data is built from plain records and kept per process: needs (with their gap flag) are
rebuilt when the set of submitted responses changes or after ``NEEDS_REVIEW_CACHE_SECONDS`` (default
30 s, so a re-ranking shows up), activities when the inventory's revision changes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _

from needs.audit.services import record
from needs.auth import roles
from needs.auth.models import User
from needs.db import utcnow
from needs.extensions import db
from needs.inventory import services as inventory
from needs.matching import services as matching
from needs.review import aggregates
from needs.review.models import DRAFT, NOT_STARTED, REMINDER_STATUSES, SUBMITTED, Reminder, ReviewNote
from needs.surveys import services as surveys
from needs.vocabulary import services as vocabulary

# Reasons a reviewer can give for a rejection (codes of needs.matching; labels in needs.matching.reasons).
REJECT_CHOICES = ("not-relevant", "wrong-language", "wrong-audience", "wrong-region", "duplicate", "other")
QUEUE_STATUSES = ("submitted", "in_review", "reviewed", "brief_sent")
OPEN_FOR_REVIEW = ("submitted", "in_review")
NOTE_LIMIT = 4000
SEARCH_LIMIT = 20
_LOCK = threading.Lock()


class ReviewError(ValueError):
    """A review action refused; ``code`` names why."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


# ---- per-process cache of plain records ------------------------------------------------------------------

def _cached(name: str, fingerprint: Any, build: Callable[[], Any], ttl: float | None = None) -> Any:
    store = current_app.extensions.setdefault("needs_review_cache", {})
    entry = store.get(name)
    now = time.monotonic()
    if entry is not None and entry[0] == fingerprint and (ttl is None or now - entry[1] < ttl):
        return entry[2]
    with _LOCK:
        entry = store.get(name)
        if entry is not None and entry[0] == fingerprint and (ttl is None or now - entry[1] < ttl):
            return entry[2]
        value = build()
        store[name] = (fingerprint, time.monotonic(), value)
        return value


def _stamp(*names: str) -> tuple:
    """When the named cache entries were built: a key for results derived from them."""
    store = current_app.extensions.get("needs_review_cache", {})
    return tuple((name, store[name][0], store[name][1]) if name in store else (name,) for name in names)


def clear_cache() -> None:
    current_app.extensions.pop("needs_review_cache", None)


def _ttl() -> float:
    return float(current_app.config.get("NEEDS_REVIEW_CACHE_SECONDS", 30))


def activity_facts() -> list[dict[str, Any]]:
    """Slim records of every activity (retired included), rebuilt when the inventory changes."""
    return _cached("activities", inventory.inventory_revision(),
                   lambda: aggregates.activity_facts(inventory.activity_summaries()))


def _submitted_responses() -> list[dict[str, Any]]:
    return surveys.list_responses(status=QUEUE_STATUSES)


def _needs_by_response(responses: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    """Every submitted need grouped by its response. ``needs_records()`` lists needs by response then
    position; the counts of ``list_responses`` cut it into responses, and each cut is checked (country
    and size); when anything disagrees, the needs are asked response by response instead."""
    records = surveys.needs_records()
    ordered = sorted(responses, key=lambda r: r["id"])
    out: dict[int, list[dict[str, Any]]] = {}
    start = 0
    consistent = sum(r["needs"] for r in ordered) == len(records)
    for r in ordered if consistent else ():
        chunk = records[start:start + r["needs"]]
        start += r["needs"]
        if any(n["country"] != r["country"] for n in chunk):
            consistent = False
            break
        out[r["id"]] = chunk
    if consistent:
        return out
    return {r["id"]: surveys.needs_records(response_id=r["id"]) for r in ordered}


def _match_index(responses: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """need id -> {"gap", "reviewed", "matches": [slim match dicts]} for every submitted response."""
    index: dict[int, dict[str, Any]] = {}
    by_response = matching.matches_for_responses([r["id"] for r in responses], reasons=False)
    for r in responses:
        for need_id, entry in by_response.get(r["id"], {}).items():
            index[int(need_id)] = {
                "gap": bool(entry["gap"]), "reviewed": bool(entry.get("reviewed")),
                "matches": [{"id": m["id"], "activity_id": m["activity_id"], "score": m["score"],
                             "decision": m["decision"], "reject_reason": m["reject_reason"],
                             "source": m["source"], "note": m["note"], "decided_at": m["decided_at"]}
                            for m in entry["matches"]]}
    return index


def _demand_fingerprint() -> str:
    """Cheap: every round's country statuses (a few small queries, no rows of needs)."""
    digest = hashlib.sha256()
    for r in sorted(surveys.rounds(), key=lambda r: r["id"]):
        digest.update(f"{r['id']}:{r['title']}|".encode())
        digest.update(repr(sorted(surveys.country_round_status(r["id"]).items())).encode())
    return digest.hexdigest()


def demand_data() -> dict[str, Any]:
    """{"facts": [need facts], "matches": match index, "rounds": {id: title}}, cached."""
    return _cached("demand", _demand_fingerprint(), lambda: _build_demand(_submitted_responses()), ttl=_ttl())


def _build_demand(responses: list[dict[str, Any]]) -> dict[str, Any]:
    needs = _needs_by_response(responses)
    matches = _match_index(responses)
    facts = []
    for r in responses:
        region = vocabulary.country_region(r["country"]) or aggregates.UNSPECIFIED
        month = r["submitted_at"].strftime("%Y-%m") if r["submitted_at"] else None
        for need in needs.get(r["id"], ()):
            need_id = int(need["id"])
            facts.append({
                "need_id": need_id, "response_id": r["id"], "round_id": r["round_id"], "country": r["country"],
                "region": region, "themes": list(need.get("themes") or ()),
                "languages": list(need.get("languages") or ()), "delivery": list(need.get("delivery") or ()),
                "capacity_type": need.get("capacity_type"), "level": need.get("level"),
                "gap": matches.get(need_id, {}).get("gap", False), "month": month,
                "text": need.get("text") or "", "text_language": need.get("text_language") or "",
                "audience": list(need.get("audience") or ()), "priority": need.get("priority"),
                "status": r["status"]})
    return {"facts": facts, "matches": matches,
            "rounds": {r["round_id"]: r["round_title"] for r in responses}}


# ---- the queue ----------------------------------------------------------------------------------------------

def queue(*, round_id: int | None = None, country: str | None = None, region: str | None = None,
          status: str | None = None, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Submitted responses, oldest waiting first, with how long each has waited (seconds)."""
    now = now or utcnow()
    statuses = status if status in QUEUE_STATUSES else QUEUE_STATUSES
    rows = []
    for r in surveys.list_responses(round_id=round_id, country=country or None, status=statuses):
        r_region = vocabulary.country_region(r["country"]) or ""
        if region and r_region != region:
            continue
        waited = (now - r["submitted_at"]) if r["submitted_at"] else dt.timedelta(0)
        rows.append({**r, "region": r_region, "waited": waited,
                     "waiting": r["status"] in OPEN_FOR_REVIEW})
    rows.sort(key=lambda r: (not r["waiting"], r["submitted_at"] or now, r["id"]))
    return rows


def queue_counts() -> dict[str, int]:
    return dict(Counter(r["status"] for r in _submitted_responses()))


# ---- one response -------------------------------------------------------------------------------------------

def response_view(response_id: int, locale: str) -> dict[str, Any] | None:
    """The response with every need, its matches (with activity cards, sentences) and the notes."""
    from needs.matching.reasons import render_reasons, render_reject_reason, render_replication, replication_label

    response = surveys.response_for_review(response_id)
    if response is None or response["status"] not in QUEUE_STATUSES:
        return None
    by_need = matching.matches_for_response(response_id)
    ids = [m["activity_id"] for entry in by_need.values() for m in entry["matches"]]
    cards = inventory.activity_cards(ids, locale)
    needs = []
    for need in response["needs"]:
        entry = by_need.get(need["id"]) or {"gap": False, "reviewed": False, "matches": []}
        matches = []
        for m in entry["matches"]:
            route = m["replication"]
            matches.append({**m, "card": cards.get(m["activity_id"]),
                            "reason_texts": render_reasons(m["reasons"], locale),
                            "replication_label": replication_label(route, locale) if route else "",
                            "replication_text": render_replication(route, locale) if route else "",
                            "reject_text": render_reject_reason(m["reject_reason"], locale)})
        needs.append({**need, "gap": entry["gap"], "reviewed": entry.get("reviewed", False),
                      "computed": need["id"] in by_need, "matches": matches,
                      "theme_labels": [vocabulary.label("themes", t, locale) for t in need["themes"]]})
    return {**response, "needs": needs, "notes": notes(response_id),
            "country_name": vocabulary.country_name(response["country"], locale),
            "region": vocabulary.country_region(response["country"]) or ""}


def _response_or_refuse(response_id: int, need_id: int | None = None) -> dict[str, Any]:
    response = surveys.response_for_review(response_id)
    if response is None or response["status"] not in QUEUE_STATUSES:
        raise ReviewError("unknown_response")
    if response["status"] not in OPEN_FOR_REVIEW:
        raise ReviewError("not_open")
    if need_id is not None and need_id not in {n["id"] for n in response["needs"]}:
        raise ReviewError("unknown_need")
    return response


def _touch(response: dict[str, Any], actor) -> None:
    """The first reviewer action moves a submitted response into review."""
    if response["status"] == "submitted":
        surveys.set_status(response["id"], "in_review", actor)
        response["status"] = "in_review"


def _match_of(response_id: int, match_id: int) -> tuple[int, dict[str, Any], list[dict[str, Any]]]:
    for need_id, entry in matching.matches_for_response(response_id).items():
        for m in entry["matches"]:
            if m["id"] == match_id:
                return need_id, m, entry["matches"]
    raise ReviewError("unknown_match")


def decide(response_id: int, match_id: int, decision: str | None, actor, *, reason: str | None = None,
           note: str = "") -> dict[str, Any]:
    """Accept, reject (with a reason code) or undo a decision on a match of this response."""
    response = _response_or_refuse(response_id)
    _match_of(response_id, match_id)
    if decision == "rejected" and reason not in REJECT_CHOICES:
        raise ReviewError("reason_required")
    _touch(response, actor)
    return matching.decide(match_id, decision, actor, reason=reason if decision == "rejected" else None,
                              note=str(note or "").strip()[:NOTE_LIMIT])


def move(response_id: int, match_id: int, direction: str, actor) -> None:
    """Move a match one place up or down in its need's list."""
    response = _response_or_refuse(response_id)
    need_id, _match, matches = _match_of(response_id, match_id)
    order = [m["id"] for m in matches]
    i = order.index(match_id)
    j = i - 1 if direction == "up" else i + 1
    if direction not in ("up", "down") or not 0 <= j < len(order):
        raise ReviewError("cannot_move")
    order[i], order[j] = order[j], order[i]
    _touch(response, actor)
    matching.reorder(need_id, order, actor)


def add_activity(response_id: int, need_id: int, activity_id: str, actor) -> dict[str, Any]:
    """Add an activity the engine missed to a need (accepted, placed last)."""
    response = _response_or_refuse(response_id, need_id)
    activity_id = str(activity_id or "").strip()
    if not any(a["id"] == activity_id for a in activity_facts()):
        raise ReviewError("unknown_activity")
    _touch(response, actor)
    return matching.add_reviewer_match(need_id, activity_id, actor)


def search_activities(query: str, locale: str, limit: int = SEARCH_LIMIT) -> list[dict[str, Any]]:
    """Activities whose id or title (in any language) contains the query; active ones first."""
    words = str(query or "").strip().casefold()
    if len(words) < 2:
        return []
    found = []
    for a in activity_facts():
        texts = [a["id"], a["title"], *a["titles"].values()]
        if any(words in t.casefold() for t in texts):
            found.append(a)
    found.sort(key=lambda a: (not aggregates.is_active(a), a["id"] != query.strip(), a["id"]))
    return [{"id": a["id"], "title": a["titles"].get(locale) or a["title"],
             "lang": locale if a["titles"].get(locale) else a["text_language"], "agency": a["agency"],
             "active": aggregates.is_active(a)} for a in found[:limit]]


def notes(response_id: int) -> list[dict[str, Any]]:
    rows = db.session.execute(
        sa.select(ReviewNote, User.name).outerjoin(User, User.id == ReviewNote.author_id)
        .where(ReviewNote.response_id == response_id).order_by(ReviewNote.created_at, ReviewNote.id))
    return [{"id": n.id, "body": n.body, "author": name or "", "created_at": n.created_at} for n, name in rows]


def add_note(response_id: int, body: str, actor) -> int:
    response = surveys.response_for_review(response_id)
    if response is None or response["status"] not in QUEUE_STATUSES:
        raise ReviewError("unknown_response")
    body = str(body or "").strip()
    if not body:
        raise ReviewError("empty_note")
    note = ReviewNote(response_id=response_id, author_id=getattr(actor, "id", None), body=body[:NOTE_LIMIT])
    db.session.add(note)
    db.session.flush()
    if response["status"] == "submitted":
        _touch(response, actor)
    record("review.note", object_type="response", object_id=response_id, country=response["country"],
           actor=actor, note=note.id)
    return note.id


def complete(response_id: int, actor) -> None:
    """The reviewer is done: the response becomes reviewed (the brief can then be sent)."""
    response = _response_or_refuse(response_id)
    _touch(response, actor)
    surveys.set_status(response_id, "reviewed", actor)
    record("review.complete", object_type="response", object_id=response_id, country=response["country"],
           actor=actor)


def reopen(response_id: int, actor) -> None:
    """Back from reviewed to in review (before the brief is sent)."""
    response = surveys.response_for_review(response_id)
    if response is None or response["status"] != "reviewed":
        raise ReviewError("not_reviewed")
    surveys.set_status(response_id, "in_review", actor)
    record("review.reopen", object_type="response", object_id=response_id, country=response["country"],
           actor=actor)


# ---- the demand dashboard ------------------------------------------------------------------------------------

def parse_filters(args) -> dict[str, Any]:
    """round (int), region, theme, capacity from GET parameters; unknown values are ignored."""
    filters: dict[str, Any] = {"round": None, "region": None, "theme": None, "capacity": None}
    raw_round = str(args.get("round") or "")
    if raw_round.isdigit():
        filters["round"] = int(raw_round)
    if args.get("region") in aggregates.REGIONS:
        filters["region"] = args.get("region")
    if args.get("theme") in vocabulary.codes("themes"):
        filters["theme"] = args.get("theme")
    if args.get("capacity") in (*vocabulary.codes("capacity_type"), aggregates.UNSPECIFIED):
        filters["capacity"] = args.get("capacity")
    return filters


def _supply_for(filters: dict[str, Any], activities: list[dict[str, Any]]) -> dict[str, Any]:
    # Supply is not filtered by round or capacity type (activities are not tied to either); a region or
    # theme filter narrows it the same way it narrows demand.
    chosen = activities
    if filters.get("theme"):
        chosen = [a for a in chosen if filters["theme"] in a["themes"]]
    counts = aggregates.supply(chosen)
    if filters.get("region"):
        region = filters["region"]
        counts["cells"] = {k: v for k, v in counts["cells"].items() if k[1] == region}
        counts["regions"] = {k: v for k, v in counts["regions"].items() if k == region}
    return counts


def dashboard(filters: dict[str, Any]) -> dict[str, Any]:
    """Counts for the dashboard: demand, supply and the under-served cells, themes and regions
    (kept per filter combination until the needs or the inventory change)."""
    data = demand_data()
    activities = activity_facts()
    key = tuple(sorted(filters.items()))
    memo = _cached("dashboard", _stamp("demand", "activities"), dict)
    if key not in memo:
        if len(memo) > 256:
            memo.clear()
        counts = aggregates.demand(aggregates.filter_facts(data["facts"], **filters))
        supply = _supply_for(filters, activities)
        memo[key] = {"demand": counts, "supply": supply, "underserved": aggregates.underserved(counts, supply),
                     "rounds": data["rounds"]}
    return memo[key]


def table_rows(name: str, result: dict[str, Any], locale: str) -> tuple[list[str], list[list[Any]]]:
    """One dashboard table as a header and rows (for the page and for CSV/XLSX)."""
    d, s, u = result["demand"], result["supply"], result["underserved"]
    if name == "theme_region":
        header = [_("Theme"), _("Region"), _("Needs"), _("Gap needs"), _("Active activities"), _("Under-served")]
        rows = [[vocabulary.label("themes", t, locale), vocabulary.region_name(r, locale), n,
                 d["gap_cells"].get((t, r), 0), s["cells"].get((t, r), 0),
                 _("yes") if (t, r) in u["cell_keys"] else ""]
                for (t, r), n in sorted(d["cells"].items(), key=lambda kv: (-kv[1], kv[0]))]
        return header, rows
    if name == "underserved":
        header = [_("Theme"), _("Region"), _("Needs"), _("Gap needs"), _("Active activities"), _("Why")]
        rows = [[vocabulary.label("themes", c["theme"], locale), vocabulary.region_name(c["region"], locale),
                 c["demand"], c["gaps"], c["supply"], why_text(c["why"])] for c in u["cells"]]
        return header, rows
    simple = {
        "themes": (_("Theme"), d["themes"], lambda c: vocabulary.label("themes", c, locale), d["theme_gaps"]),
        "regions": (_("Region"), d["regions"], lambda c: vocabulary.region_name(c, locale), d["region_gaps"]),
        "languages": (_("Language"), d["languages"], lambda c: vocabulary.language_name(c, locale), None),
        "delivery": (_("Delivery mode"), d["delivery"], lambda c: vocabulary.label("delivery", c, locale), None),
        "capacity": (_("Kind of capacity"), d["capacity"],
                     lambda c: vocabulary.label("capacity_type", c, locale), None),
        "level": (_("Level"), d["level"], lambda c: vocabulary.label("level", c, locale), None),
        "months": (_("Month of submission"), d["months"], lambda c: c, None),
        "rounds": (_("Survey round"), d["rounds"], lambda c: result["rounds"].get(c, str(c)), None),
    }
    if name not in simple:
        raise KeyError(name)
    title, counter, labeller, gaps = simple[name]
    header = [title, _("Needs")] + ([_("Gap needs")] if gaps is not None else [])
    items = counter.items() if name == "months" else sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))
    rows = []
    for code, n in items:
        label = _("Not specified") if code == aggregates.UNSPECIFIED else labeller(code)
        rows.append([label, n] + ([gaps.get(code, 0)] if gaps is not None else []))
    return header, rows


TABLES = ("theme_region", "underserved", "themes", "regions", "languages", "delivery", "capacity", "level",
          "months", "rounds")


def why_text(why: list[str]) -> str:
    parts = []
    if "gaps" in why:
        parts.append(_("needs the engine could not match"))
    if "low_supply" in why:
        parts.append(_("high demand, fewer active activities than needs"))
    return "; ".join(parts)


def needs_export_rows(filters: dict[str, Any], locale: str) -> tuple[list[str], list[list[Any]]]:
    """One row per need with its matches and the reviewers' decisions (CDTF and administrators)."""
    from needs.matching.reasons import render_reject_reason

    data = demand_data()
    facts = aggregates.filter_facts(data["facts"], **filters)
    header = [_("Need id"), _("Survey round"), _("Country"), _("Region"), _("Response status"), _("Need"),
              _("Language of the text"), _("Themes"), _("Kind of capacity"), _("Level"), _("Audience"),
              _("Delivery mode"), _("Trainees' languages"), _("Priority"), _("Gap"), _("Matches"),
              _("Accepted"), _("Rejected")]
    rows = []
    for f in sorted(facts, key=lambda f: (f["round_id"], f["country"], f["need_id"])):
        matches = data["matches"].get(f["need_id"], {}).get("matches", [])
        accepted = [m["activity_id"] for m in matches if m["decision"] == "accepted"]
        rejected = [f"{m['activity_id']} ({render_reject_reason(m['reject_reason'], locale)})"
                    for m in matches if m["decision"] == "rejected"]
        rows.append([f["need_id"], data["rounds"].get(f["round_id"], f["round_id"]),
                     vocabulary.country_name(f["country"], locale), vocabulary.region_name(f["region"], locale),
                     f["status"], f["text"], f["text_language"],
                     "; ".join(vocabulary.label("themes", t, locale) for t in f["themes"]),
                     vocabulary.label("capacity_type", f["capacity_type"], locale) if f["capacity_type"] else "",
                     vocabulary.label("level", f["level"], locale) if f["level"] else "",
                     "; ".join(vocabulary.label("audience", a, locale) for a in f["audience"]),
                     "; ".join(vocabulary.label("delivery", m, locale) for m in f["delivery"]),
                     "; ".join(f["languages"]), f["priority"] if f["priority"] is not None else "",
                     _("yes") if f["gap"] else _("no"),
                     "; ".join(f"{m['activity_id']} ({m['score']:.2f})" for m in matches),
                     "; ".join(accepted), "; ".join(rejected)])
    return header, rows


def audit_export(what: str, fmt: str, actor, **details: Any) -> None:
    record("review.export", object_type="export", object_id=what, actor=actor, format=fmt, **details)


# ---- the agency's view ---------------------------------------------------------------------------------------

def agency_view(agency_code: str, limit: int = 200) -> dict[str, Any]:
    """What concerns one agency: its activities matched to countries' needs (with the reviewers'
    judgement), requested trainings in its themes that none of its activities serves, and the demand in
    its themes by region, language and mode. No focal point's personal data is ever included.
    Kept per agency until the needs or the inventory change."""
    data = demand_data()
    activities = activity_facts()
    memo = _cached("agency", _stamp("demand", "activities"), dict)
    if (agency_code, limit) not in memo:
        if len(memo) > 64:
            memo.clear()
        memo[(agency_code, limit)] = _agency_view(agency_code, limit, data, activities)
    return memo[(agency_code, limit)]


def _agency_view(agency_code: str, limit: int, data: dict[str, Any],
                 activities: list[dict[str, Any]]) -> dict[str, Any]:
    own = [a for a in activities if a["agency"] == agency_code]
    own_ids = {a["id"] for a in own}
    own_themes = {t for a in own if not a["retired"] for t in a["themes"]}
    facts_by_need = {f["need_id"]: f for f in data["facts"]}
    matched: dict[str, list[dict[str, Any]]] = defaultdict(list)
    served_needs: set[int] = set()
    for need_id, entry in data["matches"].items():
        fact = facts_by_need.get(need_id)
        if fact is None:
            continue
        for m in entry["matches"]:
            if m["activity_id"] in own_ids:
                matched[m["activity_id"]].append({
                    "need_id": need_id, "country": fact["country"], "region": fact["region"],
                    "round_id": fact["round_id"], "themes": fact["themes"], "score": m["score"],
                    "decision": m["decision"], "reject_reason": m["reject_reason"], "source": m["source"]})
                if m["decision"] != "rejected":
                    served_needs.add(need_id)
    in_themes = [f for f in data["facts"] if own_themes.intersection(f["themes"])]
    unserved = [f for f in in_themes if f["need_id"] not in served_needs]
    listed = []
    for a in sorted(own, key=lambda a: (-len(matched.get(a["id"], ())), a["id"]))[:limit]:
        rows = matched.get(a["id"], [])
        decisions = Counter(r["decision"] or "undecided" for r in rows)
        listed.append({**a, "matches": sorted(rows, key=lambda r: (-r["score"], r["need_id"]))[:10],
                           "matched": len(rows), "countries": len({r["country"] for r in rows}),
                           "accepted": decisions.get("accepted", 0), "rejected": decisions.get("rejected", 0),
                           "undecided": decisions.get("undecided", 0)})
    unserved_counts = aggregates.demand(unserved)
    demand = aggregates.demand(in_themes)
    return {"agency": agency_code, "activities": listed, "activities_total": len(own),
            "matched_total": sum(1 for a in own if matched.get(a["id"])), "themes": sorted(own_themes),
            "unserved": [{k: f[k] for k in ("need_id", "round_id", "country", "region", "themes", "capacity_type",
                                            "languages", "delivery", "text", "text_language", "gap")}
                         for f in sorted(unserved, key=lambda f: (not f["gap"], f["country"], f["need_id"]))[:limit]],
            "unserved_total": len(unserved), "unserved_cells": unserved_counts["cells"],
            "demand": demand, "rounds": data["rounds"]}


# ---- reminders ---------------------------------------------------------------------------------------------------

def _focal_points() -> dict[str, list[User]]:
    users = db.session.scalars(sa.select(User).where(User.role == roles.FOCAL_POINT, User.active.is_(True))
                               .order_by(User.country_code, User.id))
    by_country: dict[str, list[User]] = defaultdict(list)
    for user in users:
        by_country[user.country_code].append(user)
    return by_country


def _round(round_id: int) -> dict[str, Any] | None:
    return next((r for r in surveys.rounds() if r["id"] == round_id), None)


def reminder_status(response_status: str | None) -> str:
    if response_status is None:
        return NOT_STARTED
    return DRAFT if response_status == "draft" else SUBMITTED


def reminder_overview(round_id: int, today: dt.date | None = None) -> dict[str, Any] | None:
    """Countries with focal points, by what they have done in the round, with today's reminders."""
    survey_round = _round(round_id)
    if survey_round is None:
        return None
    today = today or utcnow().date()
    statuses = surveys.country_round_status(round_id)
    reminded_today = set(db.session.scalars(sa.select(Reminder.user_id).where(Reminder.day == today)))
    last_sent = dict(db.session.execute(
        sa.select(Reminder.country_code, sa.func.max(Reminder.sent_at)).where(Reminder.round_id == round_id)
        .group_by(Reminder.country_code)).all())
    countries: dict[str, list[dict[str, Any]]] = {s: [] for s in REMINDER_STATUSES}
    for country, users in sorted(_focal_points().items()):
        status = reminder_status(statuses.get(country))
        countries[status].append({"country": country, "response_status": statuses.get(country),
                                  "focal_points": len(users),
                                  "reminded_today": sum(u.id in reminded_today for u in users),
                                  "last_reminder": last_sent.get(country)})
    return {"round": survey_round, "countries": countries,
            "counts": {s: len(rows) for s, rows in countries.items()}}


def _reminder_text(status: str, survey_round: dict[str, Any], country: str, locale: str) -> tuple[str, str]:
    from flask_babel import format_date

    with force_locale(locale):
        deadline = format_date(survey_round["deadline"], "long")
        values = {"round": survey_round["title"], "deadline": deadline,
                  "country": vocabulary.country_name(country, locale)}
        subject = _("Reminder: %(round)s", **values)
        if status == NOT_STARTED:
            body = _("The survey round “%(round)s” is open until %(deadline)s, and %(country)s has not started "
                     "its response yet. Please sign in to needs to fill in the pre-assessment survey.", **values)
        elif status == DRAFT:
            body = _("The response of %(country)s to “%(round)s” is still a draft. Please complete and submit it "
                     "before %(deadline)s.", **values)
        else:
            body = _("Thank you: the response of %(country)s to “%(round)s” has been submitted. The CDTF is "
                     "reviewing it and will send you a brief with the matching training offers.", **values)
    return subject, body


def send_reminders(round_id: int, statuses: list[str], actor, today: dt.date | None = None) -> dict[str, int]:
    """Remind every active focal point of the countries in ``statuses``, each in their own language, through
    the outbox; a focal point already reminded today is skipped (the unique constraint holds it too)."""
    from needs.mail.services import queue_email

    survey_round = _round(round_id)
    if survey_round is None:
        raise ReviewError("unknown_round")
    if survey_round["status"] != "open":
        raise ReviewError("round_closed")
    wanted = {s for s in statuses if s in REMINDER_STATUSES}
    if not wanted:
        raise ReviewError("no_status")
    today = today or utcnow().date()
    by_status = surveys.country_round_status(round_id)
    already = set(db.session.scalars(sa.select(Reminder.user_id).where(Reminder.day == today)))
    sent = skipped = 0
    for country, users in sorted(_focal_points().items()):
        status = reminder_status(by_status.get(country))
        if status not in wanted:
            continue
        for user in users:
            if user.id in already:
                skipped += 1
                continue
            locale = user.language if user.language in vocabulary.UI_LANGUAGES else "en"
            subject, body = _reminder_text(status, survey_round, country, locale)
            reminder = Reminder(round_id=round_id, user_id=user.id, country_code=country, status=status,
                                language=locale, day=today, sent_by_id=getattr(actor, "id", None))
            try:
                with db.session.begin_nested():
                    db.session.add(reminder)
                    db.session.flush()
            except sa.exc.IntegrityError:
                skipped += 1
                continue
            message = queue_email(user.email, subject, body, kind="reminder", language=locale, user_id=user.id,
                                  meta={"round_id": round_id, "status": status})
            reminder.outbox_message_id = message.id
            record("review.reminder", object_type="user", object_id=user.id, country=country, actor=actor,
                   round=round_id, status=status)
            sent += 1
    return {"sent": sent, "skipped": skipped}


def reminders_for_user(user_id: int, days: int = 30) -> list[dict[str, Any]]:
    """Reminders sent to this user in the last ``days`` days, newest first, with the message in the
    user's language (for the focal point's home page)."""
    user = db.session.get(User, user_id)
    if user is None:
        return []
    since = utcnow() - dt.timedelta(days=days)
    reminders = list(db.session.scalars(sa.select(Reminder).where(Reminder.user_id == user_id,
                                                                  Reminder.sent_at >= since)
                                        .order_by(Reminder.sent_at.desc(), Reminder.id.desc())))
    if not reminders:
        return []
    rounds = {r["id"]: r for r in surveys.rounds()}
    out = []
    for reminder in reminders:
        survey_round = rounds.get(reminder.round_id)
        if survey_round is None:
            continue
        _subject, body = _reminder_text(reminder.status, survey_round, reminder.country_code, reminder.language)
        out.append({"id": reminder.id, "round_id": reminder.round_id, "round_title": survey_round["title"],
                    "status": reminder.status, "sent_at": reminder.sent_at, "deadline": survey_round["deadline"],
                    "round_open": survey_round["status"] == "open", "message": body})
    return out


# ---- a country's own view -------------------------------------------------------------------------------------

def country_view(country: str, locale: str) -> dict[str, Any]:
    """A member state's needs over the rounds and what was matched, reviewed and sent. Reviewed matches
    are shown once the review is complete; before that, only how many activities were proposed."""
    rounds = []
    all_ids: list[str] = []
    for r in surveys.list_responses(country=country):
        entry = {**r, "needs_list": [], "reviewed": r["status"] in ("reviewed", "brief_sent")}
        if r["status"] in QUEUE_STATUSES:
            detail = surveys.response_for_review(r["id"]) or {"needs": []}
            chosen = matching.reviewed_matches(r["id"]) if entry["reviewed"] else {}
            proposed = {} if entry["reviewed"] else matching.matches_for_response(r["id"])
            for need in detail["needs"]:
                accepted = [m["activity_id"] for m in chosen.get(need["id"], {}).get("matches", [])]
                all_ids.extend(accepted)
                entry["needs_list"].append({
                    "id": need["id"], "position": need["position"], "text": need["text"],
                    "text_language": need["text_language"],
                    "themes": [vocabulary.label("themes", t, locale) for t in need["themes"]],
                    "accepted": accepted,
                    "gap": (chosen.get(need["id"]) or proposed.get(need["id"]) or {}).get("gap", False),
                    "proposed": len((proposed.get(need["id"]) or {}).get("matches", []))})
        rounds.append(entry)
    cards = inventory.activity_cards(all_ids, locale) if all_ids else {}
    return {"country": country, "country_name": vocabulary.country_name(country, locale), "rounds": rounds,
            "cards": cards}
