"""Calibrate the score's weights and the gap threshold on graded judgments, and measure them.

A judged set is needs, activities and grades (3 direct, 2 serves well with adaptation, 1 partly
related; see the matching exchange format). The score is linear in `FEATURES` before the sigmoid,
so a set's feature tensor is computed once and any weights are scored on it with one product:
calibration and the held-out estimates of ``benchmarks/quality_splits.py`` stay fast.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .features import access, features, title_similarity
from .matcher import Matcher
from .need import read_needs
from .weights import FEATURES, Weights

GOOD = 2  # grades from here serve the need well; a need with none is a gap


@dataclass
class Judged:
    """A judged set as arrays: (needs x activities x FEATURES), usable mask, grades."""

    features: np.ndarray
    usable: np.ndarray  # activities the gap decision may count (see `Matcher`)
    grades: np.ndarray  # 0 where not judged
    languages: list[str]  # each need's text language
    ids: list[str]  # activity ids, to break ties as the engine does
    title: np.ndarray  # (needs x activities) cosine of the need's concepts with the title's (gap decision)

    @property
    def is_gap(self) -> np.ndarray:
        return ~(self.grades >= GOOD).any(axis=1)

    def take(self, needs) -> Judged:
        """The same set restricted to some needs (positions)."""
        needs = np.asarray(needs)
        return Judged(
            self.features[needs], self.usable[needs], self.grades[needs], [self.languages[i] for i in needs], self.ids,
            self.title[needs],
        )


def judge(activities: list[dict], needs: list[dict], qrels: list[dict], weights: Weights | None = None) -> Judged:
    """Index ``activities`` and compute every need's features and grades against them."""
    matcher = Matcher(weights).fit(activities)
    index, batch, rows = matcher.index_, read_needs(needs, matcher.index_), slice(0, len(needs))
    values = features(index, batch, rows, access(index, batch, rows))
    shape = (len(needs), len(activities))
    tensor = np.stack([np.broadcast_to(values[name], shape) for name in FEATURES], axis=-1).astype(np.float64)
    position = {a["id"]: j for j, a in enumerate(activities)}
    row = {n["id"]: i for i, n in enumerate(needs)}
    grades = np.zeros((len(needs), len(activities)), dtype=np.int8)
    for judgment in qrels:
        i, j = row.get(judgment["need"]), position.get(judgment["activity"])
        if i is not None and j is not None:
            grades[i, j] = int(judgment["grade"])
    column = {name: k for k, name in enumerate(FEATURES)}
    usable = (
        (tensor[..., column["language_closed"]] == 0)
        & (tensor[..., column["region_closed"]] == 0)
        & (tensor[..., column["background"]] == 0)
    )
    title = title_similarity(index, batch, rows).astype(np.float64)
    return Judged(tensor, usable, grades, [n.get("text_language", "") for n in needs], matcher.index_.ids, title)


def logits(judged: Judged, weights: Weights) -> np.ndarray:
    return judged.features @ np.array(weights.vector()) + weights.coefficients["bias"]


def gap_logits(judged: Judged, weights: Weights) -> np.ndarray:
    """The logits the gap decision compares: the score's, plus the title term (see `Weights`)."""
    return logits(judged, weights) + weights.gap_title * judged.title


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def best_usable(judged: Judged, scores: np.ndarray) -> np.ndarray:
    """Per need, the best probability among the activities the gap decision counts."""
    return sigmoid(np.where(judged.usable, scores, -np.inf).max(axis=1, initial=-np.inf))


def ndcg(judged: Judged, scores: np.ndarray, k: int = 5) -> np.ndarray:
    """nDCG@k per need (gain 2^g - 1, ideal from all judged activities); NaN for gap needs."""
    out = np.full(len(scores), np.nan)
    discount = 1 / np.log2(np.arange(2, k + 2))
    ids = np.array(judged.ids)
    for i, row in enumerate(scores):
        if judged.is_gap[i]:
            continue
        order = np.lexsort((ids, -row))[:k]  # score first, then id, as the engine breaks ties
        gains = 2.0 ** judged.grades[i, order] - 1
        ideal = 2.0 ** np.sort(judged.grades[i])[::-1][:k] - 1
        out[i] = (gains * discount[: len(gains)]).sum() / (ideal * discount[: len(ideal)]).sum()
    return out


def gap_scores(flagged: np.ndarray, is_gap: np.ndarray) -> tuple[float, float, float]:
    """Precision, recall and F1 of the gap flags."""
    tp = float((flagged & is_gap).sum())
    precision = tp / flagged.sum() if flagged.sum() else 0.0
    recall = tp / is_gap.sum() if is_gap.sum() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def choose_gap_threshold(best: np.ndarray, is_gap: np.ndarray, resamples: int = 200, seed: int = 0) -> float:
    """The threshold with the best gap F1 averaged over bootstrap resamples of the needs.

    Gaps are few (one need in seven), so the single best point on one set rests on two or three
    needs; averaging over resamples prefers a threshold that does well on sets like it.
    """
    candidates = np.unique(np.round(best, 4))
    candidates = np.concatenate([candidates, candidates + 1e-4])  # flag below each value, or at it
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(best), size=(resamples, len(best)))
    flagged = best[picks][:, :, None] < candidates[None, None, :]  # resamples x needs x candidates
    gap = is_gap[picks][:, :, None]
    tp = (flagged & gap).sum(axis=1)
    f1 = 2 * tp / np.maximum(flagged.sum(axis=1) + gap.sum(axis=1), 1)
    mean = f1.mean(axis=0)
    best_mean = mean.max()
    # Among the (near-)best, the middle of the range: least sensitive to a shifted score scale.
    near = candidates[mean >= best_mean - 1e-9]
    return float(np.median(near))


def fit_weights(judged: Judged, C: float = 1.0) -> Weights:
    """Logistic regression of "graded 2 or 3" on the features of every pair."""
    from sklearn.linear_model import LogisticRegression

    X = judged.features.reshape(-1, len(FEATURES))
    y = (judged.grades.reshape(-1) >= GOOD).astype(int)
    model = LogisticRegression(C=C, max_iter=2000).fit(X, y)
    coefficients = dict(zip(FEATURES, map(float, model.coef_[0]), strict=True))
    coefficients["bias"] = float(model.intercept_[0])
    return Weights(coefficients)
