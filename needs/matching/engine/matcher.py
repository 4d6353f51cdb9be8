"""Rank inventory activities against expressed needs."""

from __future__ import annotations

import numpy as np

from .explain import choose_replication, reasons
from .features import access, feature_matrix
from .index import ActivityIndex
from .need import read_need
from .weights import FEATURES, Weights


class Matcher:
    """Ranks activities (exchange-format dicts) for needs.

    Parameters
    ----------
    weights : Weights, optional
        Score coefficients and gap threshold; the calibrated defaults when omitted.
    """

    def __init__(self, weights: Weights | None = None):
        self.weights = weights

    def fit(self, activities: list[dict]) -> Matcher:
        """Index the inventory. Extra keys are ignored, except ``translations`` used as extra text."""
        self.weights_ = self.weights or Weights.default()
        self.index_ = ActivityIndex(activities)
        coefficients = self.weights_.coefficients
        self._vector = np.array([coefficients[name] for name in FEATURES], dtype=np.float32)
        self._bias = float(coefficients["bias"])
        return self

    def features(self, need: dict) -> np.ndarray:
        """The (activities x FEATURES) feature matrix of a need, in inventory order."""
        profile = read_need(need, self.index_)
        return feature_matrix(self.index_, profile, access(self.index_, profile))

    def rank(self, need: dict, top: int = 10, with_features: bool = False) -> dict:
        """One rankings.jsonl object; with ``with_features``, also each ranked activity's feature dict."""
        index = self.index_
        profile = read_need(need, index)
        gate = access(index, profile)
        matrix = feature_matrix(index, profile, gate)
        scores = 1.0 / (1.0 + np.exp(-(self._bias + matrix @ self._vector)))
        rows = _top_rows(scores, index.ids, top)
        relevance = np.maximum(
            matrix[:, FEATURES.index("text_rel")], matrix[:, FEATURES.index("concept_rel")]
        )
        result = {
            "need": need["id"],
            "ranking": [index.ids[r] for r in rows],
            "scores": [round(float(scores[r]), 4) for r in rows],
            "gap": bool(len(scores) == 0 or scores.max() < self.weights_.gap_threshold),
            "replication": [choose_replication(index, r, profile, gate) for r in rows],
            "reasons": [reasons(index, r, profile, gate, float(relevance[r])) for r in rows],
        }
        if with_features:
            result["features"] = [dict(zip(FEATURES, map(float, matrix[r]), strict=True)) for r in rows]
        return result

    def rank_many(self, needs: list[dict], top: int = 10) -> list[dict]:
        return [self.rank(need, top) for need in needs]


def _top_rows(scores: np.ndarray, ids: list[str], top: int) -> list[int]:
    """The best rows, highest score first, ties broken by id so that output is stable."""
    if top <= 0 or len(scores) == 0:
        return []
    if len(scores) > top:
        candidates = np.argpartition(-scores, top - 1)[:top]
        cutoff = scores[candidates].min()
        candidates = np.flatnonzero(scores >= cutoff)  # keep every tie at the cut
    else:
        candidates = np.arange(len(scores))
    ordered = sorted(candidates.tolist(), key=lambda r: (-scores[r], ids[r]))
    return ordered[:top]
