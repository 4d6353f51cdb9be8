"""Refitting the score's weights from reviewers' decisions, and its fallbacks."""

import numpy as np

from needs.matching.engine import FEATURES, WeightRefitter, Weights, cross_validate_refit


def decisions(count, seed=0, informative="concept"):
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(count):
        features = {name: float(rng.random()) for name in FEATURES}
        accepted = features[informative] > 0.5
        rows.append({"features": features, "accepted": bool(accepted)})
    return rows


def arrays(rows):
    X = np.array([[r["features"][n] for n in FEATURES] for r in rows])
    return X, np.array([int(r["accepted"]) for r in rows])


def test_refit_learns_the_informative_feature():
    X, y = arrays(decisions(300, informative="language_closed"))
    refitter = WeightRefitter().fit(X, y)
    assert refitter.refitted_ and refitter.reason_ == "refitted"
    weights = refitter.weights_.coefficients
    assert weights["language_closed"] == max(weights[name] for name in FEATURES)
    assert refitter.score(X, y) > 0.9


def test_too_few_decisions_keep_the_defaults():
    X, y = arrays(decisions(10))
    refitter = WeightRefitter().fit(X, y)
    assert not refitter.refitted_ and refitter.reason_ == "too-few-decisions"
    assert refitter.weights_ == Weights.default()


def test_one_class_keeps_the_defaults():
    rows = decisions(100)
    for row in rows:
        row["accepted"] = True
    assert WeightRefitter().fit(*arrays(rows)).reason_ == "one-class"


def test_noise_does_not_replace_better_weights():
    rows = decisions(200, seed=3)
    rng = np.random.default_rng(5)
    for row in rows:  # decisions unrelated to any feature
        row["accepted"] = bool(rng.random() > 0.5)
    base = Weights.default()
    base.coefficients = {name: 0.0 for name in base.coefficients}
    base.coefficients["concept"] = 1.0
    X, y = arrays(rows)
    y = (X[:, FEATURES.index("concept")] > 0.5).astype(int)  # the base weights rank these perfectly
    refitter = WeightRefitter(base_weights=base).fit(X, y)
    assert refitter.reason_ == "not-better" and refitter.weights_ is base


def test_cross_validate_refit_summary_and_weights_round_trip(tmp_path):
    summary = cross_validate_refit(decisions(120))
    assert summary["decisions"] == 120 and summary["refitted"]
    assert summary["cv_auc_refit"] > summary["cv_auc_base"]
    path = tmp_path / "weights.json"
    Weights.from_dict(summary["weights"]).dump(path)
    assert Weights.load(path).to_dict() == Weights.from_dict(summary["weights"]).to_dict()
