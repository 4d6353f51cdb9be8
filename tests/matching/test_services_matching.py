"""Matching glue on a real database: matches stored on submission, recomputation after inventory changes
that keeps reviewers' decisions, decisions recorded and audited, gap counts."""

from __future__ import annotations

import sqlalchemy as sa

from needs.db import write_intent
from needs.extensions import db

SUBSET = ("WB-0001", "WB-0002", "WB-0003", "KNOMAD-0003", "UNDESA-0001", "IOM-0009", "ECLAC-0001", "IFAD-0001",
          "UNITAR-0004", "IOM-0001", "IOM-0004", "ITCILO-0001", "GMG-0001", "UNDP-0001", "IOM-0006", "JMDI-0001",
          "KNOMAD-0001", "KNOMAD-0004", "WHO-0001", "UNODC-0001")
NEW_ACTIVITY = {
    "id": "TEST-0001", "agency": "IOM", "kind": "course", "text_language": "en",
    "title": "Training on remittance data for government officials",
    "description": "A face-to-face course on collecting and analysing remittance data: remittance flows, "
                   "remittance surveys, central bank statistics and remittance data for policy.",
    "themes": ["remittances", "data"], "capacity_type": ["technical"], "level": ["individual"],
    "audience": ["government"], "delivery": "face-to-face", "languages": ["en"], "regions": ["global"],
    "status": "existing", "replication": ["enrol", "national-edition"],
}


def answers() -> dict:
    """Two needs: remittance data training in English, survey design for French-speaking staff."""
    need = {"need_audience": ["government"], "need_delivery": ["face-to-face"], "need_capacity_type": "technical"}
    return {
        "institution_name": "Ministry of Testing", "institution_kind": "labour", "focal_point_role": "Director",
        "needs": [dict(need, need_themes=["remittances"], need_languages=["en"], need_priority="3",
                       need_description="Training on remittance data and remittance flows statistics for our staff"),
                  dict(need, need_themes=["data"], need_languages=["fr"], need_priority="1",
                       need_description="A course on migration survey design and census data for statisticians")],
        "has_training_unit": "no", "past_training": "no", "host_interest": "no",
    }


def save_activities(app, records: list[dict]) -> list[str]:
    from needs.inventory import services as inventory

    with app.app_context(), write_intent():
        changed = inventory.save_records(inventory.check_records(records, agency=None), source="test")
        db.session.commit()
    return changed


def run_jobs(app) -> int:
    from needs.jobs.services import run_pending

    with app.app_context():
        return run_pending()


def submitted_response(app, make_user, given: dict | None = None) -> int:
    """A focal point of the Philippines submits the test answers (two needs); the job queue is not run."""
    from needs.auth.models import User
    from needs.surveys import drafts, submission
    from tests.surveys.survey_app_support import open_round

    focal = make_user("focal_point", country="PHL")
    _version, round_id = open_round(app)
    with app.app_context(), write_intent():
        user = db.session.get(User, focal.id)
        response = drafts.start_response(user, round_id)
        response.save_answers(given or answers(), user.id)
        db.session.flush()
        submission.submit(user, response.id, key="test-key-1", base_revision=response.revision, language="en")
        db.session.commit()
        return response.id


def world(app, make_user) -> int:
    """Twenty demo activities, a submitted response, and the jobs run: returns the response id."""
    from needs.inventory import services as inventory

    with app.app_context():
        records = [r for r in inventory.read_demo_records() if r["id"] in SUBSET]
    save_activities(app, records)
    response_id = submitted_response(app, make_user)
    run_jobs(app)
    return response_id


def test_submission_stores_matches_with_reasons_features_and_gap(app, make_user):
    from needs.matching import services as matching
    from needs.matching.engine import FEATURES
    from needs.matching.models import Match

    response_id = world(app, make_user)
    with app.app_context():
        by_need = matching.matches_for_response(response_id)
        assert len(by_need) == 2
        for entry in by_need.values():
            assert isinstance(entry["gap"], bool) and not entry["reviewed"]
            matches = entry["matches"]
            assert len(matches) == 10
            assert [m["rank"] for m in matches] == list(range(1, 11))
            assert [m["score"] for m in matches] == sorted((m["score"] for m in matches), reverse=True)
            assert all(m["reasons"] and m["replication"] and m["source"] == "engine" for m in matches)
            assert all(m["decision"] is None and not m["outranks_reviewed"] for m in matches)
        stored = db.session.scalars(sa.select(Match)).all()
        assert all(set(m.features) == set(FEATURES) for m in stored)
        remittances = next(iter(by_need.values()))["matches"]
        top = [m for m in remittances[:3] if m["activity_id"].startswith("WB-")]
        assert top and "theme:remittances" in top[0]["reasons"]


def test_matching_twice_changes_nothing(app, make_user):
    from needs.matching import services as matching

    response_id = world(app, make_user)
    with app.app_context():
        before = matching.matches_for_response(response_id)
        with write_intent():
            matching.match_response(response_id)
            db.session.commit()
        after = matching.matches_for_response(response_id)
    strip = {k: [{f: m[f] for f in ("id", "activity_id", "rank", "score", "reasons")} for m in v["matches"]]
             for k, v in before.items()}
    assert strip == {k: [{f: m[f] for f in ("id", "activity_id", "rank", "score", "reasons")} for m in v["matches"]]
                     for k, v in after.items()}


def test_decisions_are_recorded_with_who_and_when_and_audited(app, make_user):
    from needs.audit.services import recent
    from needs.auth.models import User
    from needs.matching import services as matching

    response_id = world(app, make_user)
    reviewer = make_user("cdtf")
    with app.app_context(), write_intent():
        actor = db.session.get(User, reviewer.id)
        need_id, entry = next(iter(matching.matches_for_response(response_id).items()))
        first, second, third = entry["matches"][:3]
        accepted = matching.decide(first["id"], "accepted", actor, note="Good fit")
        rejected = matching.decide(second["id"], "rejected", actor, reason="wrong-language", note="English only")
        try:
            matching.decide(third["id"], "rejected", actor)
        except matching.MatchError as exc:
            assert exc.code == "reason_required"
        else:
            raise AssertionError("a rejection without a reason was accepted")
        db.session.commit()
        assert accepted["decided_by_id"] == reviewer.id and accepted["decided_at"] is not None
        assert accepted["note"] == "Good fit"
        assert rejected["reject_reason"] == "wrong-language" and rejected["decision"] == "rejected"
        events = [e for e in recent(action="match.decide")]
        assert len(events) == 2
        assert {e.actor_id for e in events} == {reviewer.id}
        assert {e.details["decision"] for e in events} == {"accepted", "rejected"}
        assert all(e.country_code == "PHL" for e in events)
        assert matching.matches_for_response(response_id)[need_id]["reviewed"] is True


def test_reorder_and_reviewer_addition(app, make_user):
    from needs.audit.services import recent
    from needs.auth.models import User
    from needs.matching import services as matching

    response_id = world(app, make_user)
    reviewer = make_user("cdtf")
    with app.app_context(), write_intent():
        actor = db.session.get(User, reviewer.id)
        need_id, entry = next(iter(matching.matches_for_response(response_id).items()))
        ids = [m["id"] for m in entry["matches"]]
        reordered = matching.reorder(need_id, [ids[3], ids[0]], actor)
        assert [m["id"] for m in reordered][:3] == [ids[3], ids[0], ids[1]]
        listed = {m["activity_id"] for m in reordered}
        outsider = next(a for a in SUBSET if a not in listed)
        added = matching.add_reviewer_match(need_id, outsider, actor)
        assert added["source"] == "reviewer" and added["decision"] == "accepted"
        assert matching.matches_for_need(need_id)[-1]["activity_id"] == outsider
        try:
            matching.reorder(need_id, [ids[0], 999999], actor)
        except matching.MatchError as exc:
            assert exc.code == "unknown_match"
        matching.decide(ids[3], "accepted", actor)
        db.session.commit()
        chosen = matching.reviewed_matches(response_id)[need_id]
        assert chosen["reviewed"] is True
        assert [m["activity_id"] for m in chosen["matches"]] == [entry["matches"][3]["activity_id"], outsider]
        other = [k for k in matching.reviewed_matches(response_id) if k != need_id][0]
        fallback = matching.reviewed_matches(response_id)[other]
        assert fallback["reviewed"] is False and [m["rank"] for m in fallback["matches"]] == list(range(1, 11))
        assert {e.action for e in recent()} >= {"match.reorder", "match.add", "match.decide"}


def test_activities_changed_keeps_decisions_and_flags_an_outranking_candidate(app, make_user):
    from needs.auth.models import User
    from needs.matching import services as matching

    response_id = world(app, make_user)
    reviewer = make_user("cdtf")
    with app.app_context(), write_intent():
        actor = db.session.get(User, reviewer.id)
        by_need = matching.matches_for_response(response_id)
        reviewed_need, other_need = list(by_need)
        listed = by_need[reviewed_need]["matches"]
        matching.decide(listed[0]["id"], "accepted", actor)
        matching.decide(listed[1]["id"], "rejected", actor, reason="not-relevant")
        db.session.commit()
        before = {m["id"]: m for m in matching.matches_for_need(reviewed_need)}
        before_other = matching.matches_for_need(other_need)

    save_activities(app, [NEW_ACTIVITY])
    assert run_jobs(app) == 1  # the "activities-changed" job

    with app.app_context():
        after = matching.matches_for_need(reviewed_need)
        by_id = {m["id"]: m for m in after}
        for match_id in (listed[0]["id"], listed[1]["id"]):
            assert by_id[match_id] == before[match_id]  # decided matches stay exactly as they were
        new = [m for m in after if m["activity_id"] == NEW_ACTIVITY["id"]]
        assert len(new) == 1 and new[0]["outranks_reviewed"] is True and new[0]["rank"] == 1
        assert new[0]["position"] is None and after.index(new[0]) >= len(before)  # shown after, not reordered
        assert [m["id"] for m in after[:len(before)]] == [m["id"] for m in sorted(
            before.values(), key=lambda m: m["position"])]
        # the other need nobody reviewed is simply recomputed when the new activity enters its top list
        other_after = matching.matches_for_need(other_need)
        assert [m["rank"] for m in other_after] == list(range(1, 11))
        if NEW_ACTIVITY["id"] in {m["activity_id"] for m in other_after}:
            assert not any(m["outranks_reviewed"] for m in other_after)
        else:
            assert [m["id"] for m in other_after] == [m["id"] for m in before_other]


def test_retired_activity_leaves_unreviewed_lists(app, make_user):
    from needs.inventory import services as inventory
    from needs.matching import services as matching

    response_id = world(app, make_user)
    with app.app_context():
        need_id, entry = next(iter(matching.matches_for_response(response_id).items()))
        top = entry["matches"][0]["activity_id"]
        with write_intent():
            assert inventory.set_retired(top, True, agency=None, source="test")
            db.session.commit()
    run_jobs(app)
    with app.app_context():
        assert top not in {m["activity_id"] for m in matching.matches_for_need(need_id)}
        assert len(matching.matches_for_need(need_id)) == 10


def test_gap_summary_counts_gap_needs(app, make_user):
    from needs.matching import services as matching
    from needs.matching.models import NeedMatchState

    response_id = world(app, make_user)
    with app.app_context(), write_intent():
        states = db.session.scalars(sa.select(NeedMatchState).where(NeedMatchState.response_id == response_id)).all()
        for state in states:
            state.gap = True
        db.session.commit()
        summary = matching.gap_summary()
        assert summary["needs"] == 2 and summary["gaps"] == 2
        assert summary["by_region"] == {"asia": 2}
        assert summary["by_theme"] == {"data": 1, "remittances": 1}
        assert summary["by_language"] == {"en": 2, "fr": 1}
        assert summary["by_capacity"] == {"technical": 2}
        round_id = states[0].round_id
        assert matching.gap_summary(round_id)["gaps"] == 2
        assert matching.gap_summary(round_id + 1000)["needs"] == 0


def test_empty_inventory_makes_every_need_a_gap(app, make_user):
    from needs.matching import services as matching

    response_id = submitted_response(app, make_user)
    run_jobs(app)
    with app.app_context():
        entries = matching.matches_for_response(response_id)
        assert len(entries) == 2
        assert all(e["gap"] and e["matches"] == [] for e in entries.values())


def test_demo_matches_every_submitted_response_and_loads_twice_alike(app):
    from needs.demo.loader import load_demo
    from needs.matching import services as matching
    from needs.matching.models import Match, NeedMatchState
    from needs.surveys import services as surveys

    with app.app_context(), write_intent():
        summary = load_demo()
        db.session.commit()
        responses = surveys.list_responses(status=surveys.SUBMITTED_STATUSES)
        assert summary["matched responses"] == len(responses) > 0
        needs = sum(r["needs"] for r in responses)
        assert db.session.scalar(sa.select(sa.func.count()).select_from(NeedMatchState)) == needs
        matches = db.session.scalar(sa.select(sa.func.count()).select_from(Match))
        assert matches == 10 * needs
        again = load_demo()
        db.session.commit()
        assert again["matched responses"] == 0
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Match)) == matches
        assert matching.gap_summary()["needs"] == needs


def test_bulk_read_agrees_with_the_per_need_read_after_decisions(app, make_user):
    from needs.auth.models import User
    from needs.inventory import services as inventory
    from needs.matching import services as matching

    response_id = world(app, make_user)
    reviewer = make_user("cdtf")
    with app.app_context(), write_intent():
        actor = db.session.get(User, reviewer.id)
        need_id, entry = next(iter(matching.matches_for_response(response_id).items()))
        first, second = entry["matches"][:2]
        matching.decide(second["id"], "accepted", actor)
        matching.reorder(need_id, [second["id"], first["id"]], actor)
        db.session.commit()
        bulk = matching.matches_for_responses([response_id, response_id, 999_999])
        assert set(bulk) == {response_id}
        for each_need, each in bulk[response_id].items():
            assert each["matches"] == matching.matches_for_need(each_need)  # the ORM path, display order
        assert bulk[response_id][need_id]["reviewed"] is True
        assert bulk[response_id][need_id]["matches"][0]["id"] == second["id"]
        assert any(m["reasons"] for m in bulk[response_id][need_id]["matches"])
        slim = matching.matches_for_responses([response_id], reasons=False)[response_id]
        assert all(m["reasons"] == [] for e in slim.values() for m in e["matches"])
        assert [m["id"] for m in slim[need_id]["matches"]] == [m["id"] for m in bulk[response_id][need_id]["matches"]]
        full = {r["id"]: r for r in inventory.exchange_records(include_retired=True)}
        summaries = inventory.activity_summaries()
        assert [s["id"] for s in summaries] == sorted(full)
        assert all(s == {key: full[s["id"]][key] for key in s} for s in summaries)
