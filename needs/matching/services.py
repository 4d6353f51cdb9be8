"""Matching glue: inventory and needs in, stored matches out; reviewers' decisions; refitting weights.

What other features call (plain data, never the tables):

``match_response(response_id) -> dict``
    Rank every need of a submitted response and store its matches (also the "match-response" job).
``rematch_activities(activity_ids) -> dict``
    Recompute the needs that changed activities affect (also the "activities-changed" job).
``recompute_all(response_ids=None, progress=None) -> dict``
    Recompute every submitted response (also the "match-all" job, queued when the weights change).
``matches_for_need(need_id) -> list[dict]``
    Its matches in display order (reviewer order first, then engine order). Each match dict:
    {id, need_id, activity_id, rank (engine rank or None), position (reviewer order or None), score,
    replication, reasons [codes], source "engine"|"reviewer", decision None|"accepted"|"rejected",
    reject_reason (code or None), note, decided_by_id, decided_at (naive UTC datetime or None),
    outranks_reviewed (bool)}.
``matches_for_response(response_id) -> dict[need_id, {"gap", "reviewed", "computed_at", "matches"}]``
``matches_for_responses(response_ids) -> dict[response_id, dict[need_id, ...]]``
    The same for many responses in a few queries (dashboards, exports).
``decide(match_id, decision, actor, reason=None, note="") -> dict``
    decision "accepted", "rejected" or None (undo); a rejection needs a reason code from
    ``REJECT_REASONS``. MatchError(code) when refused.
``reorder(need_id, ordered_match_ids, actor) -> list[dict]``
``add_reviewer_match(need_id, activity_id, actor) -> dict``
    An activity the engine did not propose, accepted and placed last.
``reviewed_matches(response_id) -> dict[need_id, {"gap", "reviewed", "matches"}]``
    For the brief: accepted matches in reviewer order; a need nobody reviewed gets the engine's list.
``gap_summary(round_id=None) -> dict``
    Counts of gap needs by theme, region, language and capacity type.
``refit_from_decisions(actor=None) -> dict``, ``export_weights(path) -> dict``, ``active_weights()``,
``weights_versions()``, ``decisions_for_refit() -> list[dict]``.

Reviewer changes (decide, reorder, add) are audited and leave the transaction to the caller to commit,
like the other features' services; jobs are committed by the job runner.

Recomputation never overwrites reviewers' work. Once a reviewer acts on a need's list, the list is
*reviewed*: its current order is frozen into reviewer positions, decided matches stay exactly as they
are, nothing the reviewer saw disappears, and a new engine candidate is appended (not inserted) and
flagged ``outranks_reviewed`` when it scores above the lowest match still standing in the list (every
new candidate is flagged when the reviewer has kept none).
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from flask import current_app

from needs.audit.services import record
from needs.db import utcnow
from needs.extensions import db
from needs.jobs.services import enqueue, handler
from needs.matching.engine import Matcher, Weights, cross_validate_refit
from needs.matching.models import (
    ACCEPTED,
    DECISIONS,
    ENGINE,
    REJECT_REASONS,
    REJECTED,
    REVIEWER,
    Match,
    NeedMatchState,
    WeightsVersion,
)

TOP = 10
MATCH_JOB = "match-response"
CHANGED_JOB = "activities-changed"
ALL_JOB = "match-all"  # after the active weights change
_LOCK = threading.Lock()


class MatchError(ValueError):
    """A reviewer action refused; ``code`` names why (unknown_match, bad_decision, reason_required, ...)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


# ---- other features, through their services ----------------------------------------------------------

def _inventory():
    from needs.inventory import services

    return services


def _surveys():
    from needs.surveys import services

    return services


# ---- the engine, fitted once per inventory revision and weights ---------------------------------------

def active_version() -> WeightsVersion | None:
    return db.session.scalar(sa.select(WeightsVersion).where(WeightsVersion.active.is_(True))
                             .order_by(WeightsVersion.id.desc()).limit(1))


def active_weights() -> Weights:
    version = active_version()
    return Weights.from_dict(version.weights) if version is not None else Weights.default()


def matcher() -> Matcher | None:
    """The engine fitted on the current inventory with the active weights; None for an empty inventory.

    Cached per process and application, refitted lazily when the inventory revision or the active
    weights change.
    """
    revision = str(_inventory().inventory_revision())
    version = active_version()
    weights = Weights.from_dict(version.weights) if version is not None else Weights.default()
    key = (revision, version.id if version is not None else None, json.dumps(weights.to_dict(), sort_keys=True))
    cache = current_app.extensions.setdefault("needs_matcher", {})
    with _LOCK:
        if cache.get("key") != key:
            activities = _inventory().exchange_records()
            cache["matcher"] = Matcher(weights).fit(activities) if activities else None
            cache["key"] = key
            cache["revision"] = revision
            cache["version_id"] = version.id if version is not None else None
        return cache["matcher"]


def _matcher_info(engine: Matcher | None) -> dict[str, Any]:
    """The inventory revision and weights version the cached matcher was fitted with ({} if not cached)."""
    cache = current_app.extensions.get("needs_matcher", {})
    if "key" not in cache or cache.get("matcher") is not engine:
        return {}
    return {"inventory_revision": cache["revision"], "weights_version_id": cache["version_id"]}


_CURRENT = object()


def rank(need: dict[str, Any], top: int = TOP, engine: Matcher | None | object = _CURRENT) -> dict[str, Any]:
    """One rankings.jsonl object with per-activity features (an empty, gap ranking without activities),
    plus the "inventory_revision" and "weights_version_id" it was computed with.

    ``engine``: a matcher already fetched with ``matcher()`` for a batch of needs (default: the current one).
    """
    if engine is _CURRENT:
        engine = matcher()
    if engine is None:
        result = {"need": need["id"], "ranking": [], "scores": [], "gap": True, "replication": [], "reasons": [],
                  "features": []}
    else:
        result = engine.rank(need, top=top, with_features=True)
    result.update(_matcher_info(engine))
    return result


# ---- storing rankings ------------------------------------------------------------------------------------

def _matches_of(need_id: int) -> list[Match]:
    return list(db.session.scalars(sa.select(Match).where(Match.need_id == need_id)))


def _display_key(match: Match):
    return (match.position is None, match.position or 0, match.rank is None, match.rank or 0, -match.score,
            match.id or 0)


def _is_reviewed(state: NeedMatchState | None, matches: list[Match]) -> bool:
    return (state is not None and state.reviewed_at is not None) or any(m.reviewed for m in matches)


def store_ranking(need: dict[str, Any], ranking: dict[str, Any], *, response_id: int,
                  round_id: int | None = None) -> NeedMatchState:
    """Store one need's ranking without touching reviewers' decisions (see the module docstring)."""
    need_id = int(need["id"])
    now = utcnow()
    state = db.session.get(NeedMatchState, need_id)
    if state is None:
        state = NeedMatchState(need_id=need_id, response_id=response_id)
        db.session.add(state)
    state.response_id, state.round_id = response_id, round_id
    state.country = str(need.get("country") or "")
    state.need = {k: v for k, v in need.items() if k != "translations"}
    state.gap = bool(ranking["gap"])
    state.best_score = float(ranking["scores"][0]) if ranking["scores"] else 0.0
    state.computed_at = now
    state.inventory_revision = str(ranking.get("inventory_revision") or "")
    state.weights_version_id = ranking.get("weights_version_id")

    matches = _matches_of(need_id)
    existing = {m.activity_id: m for m in matches}
    reviewed = _is_reviewed(state, matches)
    standing = [m.score for m in matches if m.position is not None and m.decision != REJECTED]
    floor = min(standing) if standing else None
    ranked = set(ranking["ranking"])
    features = ranking.get("features") or [{}] * len(ranking["ranking"])
    rows = zip(ranking["ranking"], ranking["scores"], ranking["replication"], ranking["reasons"], features,
               strict=True)
    for position, (activity_id, score, replication, reasons, feats) in enumerate(rows, start=1):
        match = existing.get(activity_id)
        if match is None:
            match = Match(need_id=need_id, activity_id=activity_id, source=ENGINE, created_at=now)
            match.outranks_reviewed = reviewed and (floor is None or score > floor)
            db.session.add(match)
        if match.decision is not None:
            continue  # decided matches stay as they are
        match.rank, match.score, match.replication = position, float(score), replication
        match.reasons, match.features, match.updated_at = list(reasons), dict(feats), now
    for activity_id, match in existing.items():
        if activity_id in ranked or match.decision is not None or match.source == REVIEWER:
            continue
        if reviewed and match.position is not None:
            match.rank = None  # the reviewer saw it: kept, no longer among the engine's best
        else:
            db.session.delete(match)
    db.session.flush()
    return state


def _response_meta(response_id: int) -> dict[str, Any]:
    """{"round_id", "country", "status", ...} of a response, from the surveys' services ({} when unknown)."""
    return _surveys().response_for_review(response_id) or {}


def _submitted_response_ids() -> list[int]:
    surveys = _surveys()
    return [r["id"] for r in surveys.list_responses(status=surveys.SUBMITTED_STATUSES)]


def match_response(response_id: int) -> dict[str, int]:
    """Rank and store the matches of every need of a submitted response; returns counts.

    A response that is not submitted (a draft) has no needs to rank: its stored matches are left alone.
    """
    meta = _response_meta(response_id)
    needs = _surveys().needs_records(response_id=response_id)
    existing = set(_surveys().need_ids(response_id))
    for state in db.session.scalars(sa.select(NeedMatchState).where(NeedMatchState.response_id == response_id)):
        if state.need_id not in existing:
            db.session.delete(state)
    gaps = stored = 0
    engine = matcher()
    for need in needs:
        state = store_ranking(need, rank(need, engine=engine), response_id=response_id,
                              round_id=meta.get("round_id"))
        gaps += state.gap
        stored += 1
    return {"needs": stored, "gaps": gaps}


def rematch_activities(activity_ids: list[str]) -> dict[str, int]:
    """Recompute the needs whose matches include a changed activity or in whose top list one now ranks."""
    changed = {str(a) for a in activity_ids}
    if not changed:
        return {"checked": 0, "updated": 0}
    holding = set(db.session.scalars(sa.select(Match.need_id).where(Match.activity_id.in_(changed)).distinct()))
    states = list(db.session.scalars(sa.select(NeedMatchState).order_by(NeedMatchState.need_id)))
    updated = 0
    engine = matcher()
    for state in states:
        need = dict(state.need, id=str(state.need_id))
        ranking = rank(need, engine=engine)
        if state.need_id in holding or changed & set(ranking["ranking"]):
            store_ranking(need, ranking, response_id=state.response_id, round_id=state.round_id)
            updated += 1
    return {"checked": len(states), "updated": updated}


def response_ids_to_match() -> list[int]:
    """Every submitted response, and every response that has stored matches."""
    ids = set(_submitted_response_ids())
    ids |= set(db.session.scalars(sa.select(NeedMatchState.response_id).distinct()))
    return sorted(ids)


def recompute_all(response_ids: list[int] | None = None, progress=None) -> dict[str, int]:
    """Recompute the matches of these responses (default: all); ``progress(1)`` after each response."""
    totals = Counter(responses=0, needs=0, gaps=0)
    for response_id in response_ids if response_ids is not None else response_ids_to_match():
        totals.update(match_response(response_id))
        totals["responses"] += 1
        if progress:
            progress(1)
    return dict(totals)


@handler(MATCH_JOB)
def _match_response_job(payload: dict[str, Any]) -> None:
    match_response(int(payload["response_id"]))


@handler(ALL_JOB)
def _match_all_job(_payload: dict[str, Any]) -> None:
    recompute_all()


@handler(CHANGED_JOB)
def _activities_changed_job(payload: dict[str, Any]) -> None:
    rematch_activities(list(payload.get("activity_ids") or []))


# ---- reading matches ------------------------------------------------------------------------------------

def match_dict(match: Match) -> dict[str, Any]:
    return {"id": match.id, "need_id": match.need_id, "activity_id": match.activity_id, "rank": match.rank,
            "position": match.position, "score": match.score, "replication": match.replication,
            "reasons": list(match.reasons or []), "source": match.source, "decision": match.decision,
            "reject_reason": match.reject_reason, "note": match.note, "decided_by_id": match.decided_by_id,
            "decided_at": match.decided_at, "outranks_reviewed": match.outranks_reviewed}


def matches_for_need(need_id: int) -> list[dict[str, Any]]:
    return [match_dict(m) for m in sorted(_matches_of(need_id), key=_display_key)]


# Every column of a match but its engine features (a large JSON object per match, only the refit reads it).
_MATCH_COLUMNS = (Match.id, Match.need_id, Match.activity_id, Match.rank, Match.position, Match.score,
                  Match.replication, Match.reasons, Match.source, Match.decision, Match.reject_reason, Match.note,
                  Match.decided_by_id, Match.decided_at, Match.outranks_reviewed)
_BULK_IDS = 500  # response ids per IN (...) list: well under every database's parameter limit


def matches_for_response(response_id: int) -> dict[int, dict[str, Any]]:
    return matches_for_responses([response_id]).get(response_id, {})


def matches_for_responses(response_ids: list[int], *, reasons: bool = True) -> dict[int, dict[int, dict[str, Any]]]:
    """``matches_for_response`` of many responses at once: response id -> need id -> entry, read in two
    queries per few hundred responses, as plain rows (no ORM objects, no engine features). Without
    ``reasons`` each match's reasons are left empty, which spares decoding them for counts and decisions."""
    columns = _MATCH_COLUMNS if reasons else tuple(
        sa.null().label("reasons") if column is Match.reasons else column for column in _MATCH_COLUMNS)
    out: dict[int, dict[int, dict[str, Any]]] = {}
    ids = sorted(set(response_ids))
    for start in range(0, len(ids), _BULK_IDS):
        chunk = ids[start:start + _BULK_IDS]
        states = db.session.execute(
            sa.select(NeedMatchState.need_id, NeedMatchState.response_id, NeedMatchState.gap,
                      NeedMatchState.reviewed_at, NeedMatchState.computed_at)
            .where(NeedMatchState.response_id.in_(chunk)).order_by(NeedMatchState.need_id)).all()
        grouped: dict[int, list] = {state.need_id: [] for state in states}
        matches = db.session.execute(
            sa.select(*columns).join(NeedMatchState, NeedMatchState.need_id == Match.need_id)
            .where(NeedMatchState.response_id.in_(chunk)))
        keys = list(matches.keys())  # the keys of match_dict
        for row in matches:
            match = dict(zip(keys, row, strict=True))
            match["reasons"] = list(match["reasons"] or [])
            grouped[match["need_id"]].append(match)
        for state in states:
            ordered = sorted(grouped[state.need_id], key=_dict_display_key)
            reviewed = state.reviewed_at is not None or any(_dict_reviewed(m) for m in ordered)
            out.setdefault(state.response_id, {})[state.need_id] = {
                "gap": state.gap, "reviewed": reviewed, "computed_at": state.computed_at, "matches": ordered}
    return out


def _dict_display_key(match: dict[str, Any]):
    """`_display_key` of a match dict."""
    return (match["position"] is None, match["position"] or 0, match["rank"] is None, match["rank"] or 0,
            -match["score"], match["id"] or 0)


def _dict_reviewed(match: dict[str, Any]) -> bool:
    """`Match.reviewed` of a match dict."""
    return match["decision"] is not None or match["position"] is not None or match["source"] == REVIEWER


def reviewed_matches(response_id: int) -> dict[int, dict[str, Any]]:
    """Per need: the accepted matches in reviewer order, or the engine's list when nobody reviewed it."""
    out: dict[int, dict[str, Any]] = {}
    for need_id, entry in matches_for_response(response_id).items():
        if entry["reviewed"]:
            chosen = [m for m in entry["matches"] if m["decision"] == ACCEPTED]
        else:
            chosen = sorted((m for m in entry["matches"] if m["rank"] is not None and m["decision"] != REJECTED),
                            key=lambda m: m["rank"])
        out[need_id] = {"gap": entry["gap"], "reviewed": entry["reviewed"], "matches": chosen}
    return out


# ---- reviewers' decisions ------------------------------------------------------------------------------------

def _state(need_id: int) -> NeedMatchState:
    state = db.session.get(NeedMatchState, need_id)
    if state is None:
        raise MatchError("unknown_need")
    return state


def _freeze(state: NeedMatchState, matches: list[Match]) -> None:
    """First reviewer action on a list: its current order becomes the reviewer's order."""
    if state.reviewed_at is None:
        state.reviewed_at = utcnow()
    ordered = sorted(matches, key=_display_key)
    taken = [m.position for m in ordered if m.position is not None]
    next_position = max(taken, default=0) + 1
    for match in ordered:
        if match.position is None and not match.outranks_reviewed:
            match.position = next_position
            next_position += 1


def decide(match_id: int, decision: str | None, actor, reason: str | None = None, note: str = "") -> dict[str, Any]:
    """Accept or reject a match (None undoes the decision); recorded with who and when, and audited."""
    match = db.session.get(Match, match_id)
    if match is None:
        raise MatchError("unknown_match")
    if decision is not None and decision not in DECISIONS:
        raise MatchError("bad_decision")
    if decision == REJECTED and reason not in REJECT_REASONS:
        raise MatchError("reason_required")
    state = _state(match.need_id)
    _freeze(state, _matches_of(match.need_id))
    match.decision = decision
    match.reject_reason = reason if decision == REJECTED else None
    match.note = str(note or "")[:4000]
    match.decided_by_id = getattr(actor, "id", None) if decision else None
    match.decided_at = utcnow() if decision else None
    match.outranks_reviewed = False
    if match.position is None:
        match.position = max((m.position or 0 for m in _matches_of(match.need_id)), default=0) + 1
    match.updated_at = utcnow()
    record("match.decide", object_type="match", object_id=match.id, country=state.country or None, actor=actor,
           need=match.need_id, activity=match.activity_id, decision=decision or "undecided",
           reason=match.reject_reason or "")
    db.session.flush()
    return match_dict(match)


def reorder(need_id: int, ordered_match_ids: list[int], actor) -> list[dict[str, Any]]:
    """Put the given matches first, in this order; the others follow in their current order."""
    state = _state(need_id)
    matches = sorted(_matches_of(need_id), key=_display_key)
    by_id = {m.id: m for m in matches}
    wanted = [int(i) for i in ordered_match_ids]
    if len(set(wanted)) != len(wanted) or any(i not in by_id for i in wanted):
        raise MatchError("unknown_match")
    if state.reviewed_at is None:
        state.reviewed_at = utcnow()
    rest = [m for m in matches if m.id not in set(wanted)]
    for position, match in enumerate([by_id[i] for i in wanted] + rest, start=1):
        match.position = position
        match.updated_at = utcnow()
    for i in wanted:
        by_id[i].outranks_reviewed = False
    record("match.reorder", object_type="need", object_id=need_id, country=state.country or None, actor=actor,
           order=",".join(str(i) for i in wanted))
    db.session.flush()
    return matches_for_need(need_id)


def add_reviewer_match(need_id: int, activity_id: str, actor) -> dict[str, Any]:
    """Add an activity the engine did not propose (or accept it if it did), placed last, accepted."""
    state = _state(need_id)
    activity_id = str(activity_id)
    if _inventory().get_record(activity_id) is None:
        raise MatchError("unknown_activity")
    matches = _matches_of(need_id)
    _freeze(state, matches)
    match = next((m for m in matches if m.activity_id == activity_id), None)
    now = utcnow()
    if match is None:
        match = Match(need_id=need_id, activity_id=activity_id, source=REVIEWER, created_at=now)
        full = rank(dict(state.need, id=str(need_id)), top=1_000_000)
        if activity_id in full["ranking"]:
            row = full["ranking"].index(activity_id)
            match.score, match.replication = float(full["scores"][row]), full["replication"][row]
            match.reasons, match.features = list(full["reasons"][row]), dict(full["features"][row])
        db.session.add(match)
    match.position = max((m.position or 0 for m in matches if m is not match), default=0) + 1
    match.decision, match.reject_reason = ACCEPTED, None
    match.decided_by_id, match.decided_at, match.updated_at = getattr(actor, "id", None), now, now
    match.outranks_reviewed = False
    db.session.flush()
    record("match.add", object_type="match", object_id=match.id, country=state.country or None, actor=actor,
           need=need_id, activity=activity_id)
    return match_dict(match)


# ---- learning from reviewers ------------------------------------------------------------------------------

def decisions_for_refit() -> list[dict[str, Any]]:
    """Every decided match with features: [{"features": {name: value}, "accepted": bool}]."""
    rows = db.session.execute(sa.select(Match.features, Match.decision).where(Match.decision.is_not(None))
                              .order_by(Match.id))
    return [{"features": dict(f), "accepted": d == ACCEPTED} for f, d in rows if f]


def refit_from_decisions(actor=None, min_decisions: int = 30) -> dict[str, Any]:
    """Refit the weights on reviewers' decisions; activate them only when cross-validation says better.

    Always stores the attempt as a WeightsVersion (inactive unless activated) and audits it; an activation
    enqueues the "match-all" job that recomputes the stored matches with the new weights. Returns
    {version_id, activated, reason, decisions, accepted, cv_auc_refit, cv_auc_base}.
    """
    decisions = decisions_for_refit()
    summary = cross_validate_refit(decisions, base_weights=active_weights(), min_decisions=min_decisions)
    version = WeightsVersion(weights=summary["weights"], refitted=summary["refitted"], reason=summary["reason"],
                             decisions=summary["decisions"], accepted=summary["accepted"],
                             cv_auc_refit=summary["cv_auc_refit"], cv_auc_base=summary["cv_auc_base"],
                             created_by_id=getattr(actor, "id", None))
    db.session.add(version)
    if summary["refitted"]:
        db.session.execute(sa.update(WeightsVersion).where(WeightsVersion.active.is_(True)).values(active=False))
        version.active, version.activated_at = True, utcnow()
        enqueue(ALL_JOB, {}, dedupe_key=ALL_JOB)
    db.session.flush()
    record("matching.refit", object_type="weights", object_id=version.id, actor=actor,
           activated=bool(summary["refitted"]), reason=summary["reason"], decisions=summary["decisions"])
    return {"version_id": version.id, "activated": bool(summary["refitted"]), "reason": summary["reason"],
            "decisions": summary["decisions"], "accepted": summary["accepted"],
            "cv_auc_refit": summary["cv_auc_refit"], "cv_auc_base": summary["cv_auc_base"]}


def use_default_weights(actor=None) -> None:
    """Deactivate every refit: the engine's defaults rank again."""
    db.session.execute(sa.update(WeightsVersion).where(WeightsVersion.active.is_(True)).values(active=False))
    enqueue(ALL_JOB, {}, dedupe_key=ALL_JOB)
    record("matching.weights_default", object_type="weights", actor=actor)


def weights_versions(limit: int = 50) -> list[WeightsVersion]:
    return list(db.session.scalars(sa.select(WeightsVersion).order_by(WeightsVersion.id.desc()).limit(limit)))


def export_weights(path: str | Path | None = None) -> dict[str, Any]:
    """The active weights in the engine's JSON format (written to ``path`` when given), so that
    ``python -m needs.matching rank --weights`` ranks as the application does."""
    weights = active_weights()
    if path is not None:
        weights.dump(path)
    return weights.to_dict()


# ---- gaps for the CDTF ------------------------------------------------------------------------------------

def gap_summary(round_id: int | None = None) -> dict[str, Any]:
    """Gap needs counted by theme, M49 region, language (text and trainees') and capacity type.

    {"needs": n matched, "gaps": n gaps, "by_theme": {code: n}, "by_region": {region: n},
    "by_language": {code: n}, "by_capacity": {code: n}}; a gap need without a theme or a capacity
    type counts under "unspecified". Counters are sorted by count, then code.
    """
    from needs.vocabulary.services import country_region

    query = sa.select(NeedMatchState)
    if round_id is not None:
        query = query.where(NeedMatchState.round_id == round_id)
    themes, regions, languages, capacities = Counter(), Counter(), Counter(), Counter()
    total = gaps = 0
    for state in db.session.scalars(query):
        total += 1
        if not state.gap:
            continue
        gaps += 1
        need = state.need or {}
        themes.update(set(need.get("themes") or []) or {"unspecified"})
        regions[country_region(state.country) or "unspecified"] += 1
        languages.update({need.get("text_language"), *(need.get("languages") or [])} - {None, ""})
        capacities[need.get("capacity_type") or "unspecified"] += 1

    def ordered(counter: Counter) -> dict[str, int]:
        return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))

    return {"needs": total, "gaps": gaps, "by_theme": ordered(themes), "by_region": ordered(regions),
            "by_language": ordered(languages), "by_capacity": ordered(capacities)}


# ---- demo ------------------------------------------------------------------------------------------------------

def load_demo() -> dict[str, int]:
    """Compute matches for every submitted demo response whose needs are not all matched yet (idempotent)."""
    matched = 0
    for response_id in _submitted_response_ids():
        needs = _surveys().needs_records(response_id=response_id)
        known = set(db.session.scalars(sa.select(NeedMatchState.need_id)
                                       .where(NeedMatchState.response_id == response_id)))
        if needs and {int(n["id"]) for n in needs} <= known:
            continue
        match_response(response_id)
        matched += 1
    return {"matched responses": matched}
