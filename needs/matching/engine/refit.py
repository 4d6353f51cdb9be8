"""Refit the score's weights from reviewers' decisions on proposed matches.

Each decision is a matched activity's feature vector (see `FEATURES`, as returned by
``Matcher.rank(..., with_features=True)``) and whether the reviewer accepted it. A
logistic regression over the same features gives new coefficients. Defaults are kept
when there are too few decisions, only one class, or when the refit does not beat the
current weights in cross-validation.
"""

from __future__ import annotations

import numpy as np

from .weights import FEATURES, Weights


def _logistic(C: float):
    # scikit-learn is imported only when weights are refitted: ranking does not need it, and
    # importing it would double the start-up time of the exchange command.
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=1000)


def _auc(y, scores) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, scores))


def decisions_to_arrays(decisions: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """``[{"features": {name: value}, "accepted": bool}, ...]`` as (X, y) arrays."""
    X = np.array([[float(d["features"].get(name, 0.0)) for name in FEATURES] for d in decisions], dtype=float)
    y = np.array([1 if d["accepted"] else 0 for d in decisions], dtype=int)
    return X.reshape(len(decisions), len(FEATURES)), y


def _scores(weights: Weights, X: np.ndarray) -> np.ndarray:
    return X @ np.array(weights.vector()) + weights.coefficients["bias"]


class WeightRefitter:
    """Estimator whose fitted result is a `Weights`.

    Parameters
    ----------
    C : float
        Inverse regularization strength of the logistic regression.
    min_decisions : int
        Fewer decisions than this keep the base weights.
    cv : int
        Folds used to compare the refit with the base weights.
    base_weights : Weights, optional
        The weights in use (defaults when omitted); also the fallback.

    Attributes
    ----------
    weights_ : Weights
        The refitted weights, or the base weights on fallback.
    refitted_ : bool
        Whether ``weights_`` comes from the decisions.
    reason_ : str
        Why: "refitted", "too-few-decisions", "one-class" or "not-better".
    cv_auc_ : float or None
        Cross-validated ROC AUC of the refit; ``base_auc_`` that of the base weights, same folds.
    """

    def __init__(
        self, C: float = 1.0, min_decisions: int = 30, cv: int = 5, base_weights: Weights | None = None
    ):
        self.C = C
        self.min_decisions = min_decisions
        self.cv = cv
        self.base_weights = base_weights

    def fit(self, X, y) -> WeightRefitter:
        X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=int)
        base = self.base_weights or Weights.default()
        self.weights_, self.refitted_, self.cv_auc_, self.base_auc_ = base, False, None, None
        counts = np.bincount(y, minlength=2)
        if len(y) < self.min_decisions:
            self.reason_ = "too-few-decisions"
            return self
        if counts.min() == 0:
            self.reason_ = "one-class"
            return self
        folds = min(self.cv, int(counts.min()))
        if folds < 2:
            self.reason_ = "too-few-decisions"
            return self
        self.cv_auc_, self.base_auc_ = self._compare(X, y, base, folds)
        if self.cv_auc_ <= self.base_auc_:
            self.reason_ = "not-better"
            return self
        model = _logistic(self.C).fit(X, y)
        coefficients = dict(zip(FEATURES, map(float, model.coef_[0]), strict=True))
        coefficients["bias"] = float(model.intercept_[0])
        self.weights_ = Weights(coefficients, base.gap_threshold, base.gap_title)
        self.refitted_, self.reason_ = True, "refitted"
        return self

    def _compare(self, X: np.ndarray, y: np.ndarray, base: Weights, folds: int) -> tuple[float, float]:
        from sklearn.model_selection import StratifiedKFold

        refit, kept = [], []
        for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(X, y):
            if len(set(y[test])) < 2 or len(set(y[train])) < 2:
                continue
            model = _logistic(self.C).fit(X[train], y[train])
            refit.append(_auc(y[test], model.decision_function(X[test])))
            kept.append(_auc(y[test], _scores(base, X[test])))
        if not refit:
            return 0.0, 1.0
        return float(np.mean(refit)), float(np.mean(kept))

    def decision_function(self, X) -> np.ndarray:
        return _scores(self.weights_, np.asarray(X, dtype=float))

    def predict_proba(self, X) -> np.ndarray:
        accepted = 1.0 / (1.0 + np.exp(-self.decision_function(X)))
        return np.column_stack([1 - accepted, accepted])

    def score(self, X, y) -> float:
        """ROC AUC of the fitted weights on (X, y): higher is better."""
        return _auc(np.asarray(y, dtype=int), self.decision_function(X))


def cross_validate_refit(decisions: list[dict], base_weights: Weights | None = None, **params) -> dict:
    """Fit a `WeightRefitter` on decisions and summarize, for a script to print."""
    X, y = decisions_to_arrays(decisions)
    refitter = WeightRefitter(base_weights=base_weights, **params).fit(X, y)
    return {
        "decisions": int(len(y)),
        "accepted": int(y.sum()),
        "refitted": refitter.refitted_,
        "reason": refitter.reason_,
        "cv_auc_refit": refitter.cv_auc_,
        "cv_auc_base": refitter.base_auc_,
        "weights": refitter.weights_.to_dict(),
    }
