"""Learning from reviewers: refit on stored decisions, fallback to the weights in use, and the exported
weights ranking through the exchange command exactly as the application does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import needs
from needs.db import write_intent
from needs.extensions import db
from tests.matching.test_services_matching import SUBSET, answers, run_jobs, save_activities, submitted_response

ROOT = Path(needs.__file__).resolve().parent.parent


def four_needs() -> dict:
    given = answers()
    extra = [dict(given["needs"][0], need_themes=["diaspora"], need_languages=["en"],
                  need_description="Engaging our diaspora in national development and diaspora mapping"),
             dict(given["needs"][0], need_themes=["coherence"], need_languages=["en"],
                  need_description="Mainstreaming migration into national development planning for ministries")]
    given["needs"] = given["needs"] + extra
    return given


def big_world(app, make_user) -> int:
    from needs.inventory import services as inventory

    with app.app_context():
        records = [r for r in inventory.read_demo_records() if r["id"] in SUBSET]
    save_activities(app, records)
    response_id = submitted_response(app, make_user, four_needs())
    run_jobs(app)
    return response_id


def decide_against_the_engine(app, reviewer_id: int, response_id: int) -> int:
    """Accept the engine's lower half and reject its upper half: the defaults rank these decisions badly."""
    from needs.auth.models import User
    from needs.matching import services as matching

    count = 0
    with app.app_context(), write_intent():
        actor = db.session.get(User, reviewer_id)
        for entry in matching.matches_for_response(response_id).values():
            for match in entry["matches"]:
                if match["rank"] > 5:
                    matching.decide(match["id"], "accepted", actor)
                else:
                    matching.decide(match["id"], "rejected", actor, reason="not-relevant")
                count += 1
        db.session.commit()
    return count


def test_refit_keeps_the_defaults_with_few_decisions_and_reads_them(app, make_user):
    from needs.auth.models import User
    from needs.matching import services as matching
    from needs.matching.engine import FEATURES, Weights

    response_id = big_world(app, make_user)
    reviewer = make_user("cdtf")
    with app.app_context(), write_intent():
        actor = db.session.get(User, reviewer.id)
        first = next(iter(matching.matches_for_response(response_id).values()))["matches"]
        matching.decide(first[0]["id"], "accepted", actor)
        matching.decide(first[1]["id"], "rejected", actor, reason="duplicate")
        matching.decide(first[2]["id"], "accepted", actor)
        decisions = matching.decisions_for_refit()
        assert [d["accepted"] for d in decisions] == [True, False, True]
        assert all(set(d["features"]) == set(FEATURES) for d in decisions)
        result = matching.refit_from_decisions(actor=actor)
        db.session.commit()
        assert result["activated"] is False and result["reason"] == "too-few-decisions"
        assert result["decisions"] == 3 and result["accepted"] == 2
        assert matching.active_version() is None
        assert matching.active_weights().to_dict() == Weights.default().to_dict()
        assert len(matching.weights_versions()) == 1  # the attempt is kept, inactive


def test_refit_activates_better_weights_and_export_ranks_like_the_application(app, make_user, tmp_path, runner):
    from needs.inventory import services as inventory
    from needs.matching import services as matching
    from needs.matching.engine import Weights
    from needs.matching.models import NeedMatchState
    from needs.surveys import services as surveys

    response_id = big_world(app, make_user)
    reviewer = make_user("cdtf")
    assert decide_against_the_engine(app, reviewer.id, response_id) == 40
    with app.app_context(), write_intent():
        result = matching.refit_from_decisions()
        db.session.commit()
        assert result["activated"] is True and result["reason"] == "refitted", result
        assert result["cv_auc_refit"] > result["cv_auc_base"]
        version = matching.active_version()
        assert version is not None and version.id == result["version_id"]
        assert matching.active_weights().to_dict() != Weights.default().to_dict()

    assert run_jobs(app) == 1  # "match-all": the stored matches follow the new weights
    weights_file = tmp_path / "weights.json"
    exported = runner.invoke(args=["export-weights", "--out", str(weights_file)])
    assert exported.exit_code == 0, exported.output

    with app.app_context():
        assert {s.weights_version_id for s in db.session.query(NeedMatchState)} == {version.id}
        assert Weights.load(weights_file).to_dict() == matching.active_weights().to_dict()
        activities, need_records = inventory.exchange_records(), surveys.needs_records()
        expected = {n["id"]: matching.rank(n) for n in need_records}
    (tmp_path / "activities.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in activities), encoding="utf-8")
    (tmp_path / "needs.jsonl").write_text(
        "".join(json.dumps(n, ensure_ascii=False) + "\n" for n in need_records), encoding="utf-8")

    def command(*extra: str) -> dict[str, dict]:
        done = subprocess.run(
            [sys.executable, "-m", "needs.matching", "rank", "--activities", str(tmp_path / "activities.jsonl"),
             "--needs", str(tmp_path / "needs.jsonl"), "--top", "10", *extra],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
        return {row["need"]: row for row in map(json.loads, done.stdout.splitlines())}

    with_weights = command("--weights", str(weights_file))
    assert set(with_weights) == set(expected)
    for need_id, ranking in expected.items():
        for field in ("ranking", "scores", "gap", "replication", "reasons"):
            assert with_weights[need_id][field] == ranking[field], (need_id, field)
    without = command()
    assert any(without[n]["scores"] != with_weights[n]["scores"] for n in expected)
