"""Rank inventory activities against expressed needs."""

from __future__ import annotations

import numpy as np

from .explain import explain
from .features import access, features, title_similarity
from .index import ActivityIndex
from .need import NeedBatch, read_needs
from .score import activity_design, block_logits
from .weights import FEATURES, Weights

BLOCK_CELLS = 250_000  # needs x activities scored at once: bounds memory on large inventories


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
        ids = self.index_.ids
        self._id_order = np.empty(len(ids), dtype=np.int64)  # each activity's place in id order
        self._id_order[sorted(range(len(ids)), key=ids.__getitem__)] = np.arange(len(ids))
        # Contiguous rows: the products add them one by one (see `features.same_sums`).
        self._design = np.ascontiguousarray(activity_design(self.index_, self.weights_.coefficients))
        return self

    def features(self, need: dict) -> np.ndarray:
        """The (activities x FEATURES) feature matrix of a need, in inventory order."""
        batch = read_needs([need], self.index_)
        gate = access(self.index_, batch, slice(0, 1))
        values = features(self.index_, batch, slice(0, 1), gate)
        shape = (1, len(self.index_))
        return np.stack([np.broadcast_to(values[name], shape)[0] for name in FEATURES], axis=1)

    def rank(self, need: dict, top: int = 10, with_features: bool = False) -> dict:
        """One rankings.jsonl object; with ``with_features``, also each ranked activity's feature dict."""
        return self.rank_many([need], top, with_features)[0]

    def rank_many(self, needs: list[dict], top: int = 10, with_features: bool = False) -> list[dict]:
        """One rankings.jsonl object per need, in order; needs are scored in blocks."""
        batch = read_needs(needs, self.index_)
        size = max(1, BLOCK_CELLS // max(1, len(self.index_)))
        out: list[dict] = []
        for start in range(0, len(needs), size):
            rows = slice(start, min(start + size, len(needs)))
            out += self._rank_block(needs[rows], batch, rows, top, with_features)
        return out

    def _rank_block(self, needs: list[dict], batch: NeedBatch, rows: slice, top: int, with_features: bool):
        index = self.index_
        logits, gate, extra = block_logits(index, batch, rows, self.weights_.coefficients, self._design)
        values = features(index, batch, rows, gate) if with_features else None
        tops = _top_block(logits, index.ids, top, self._id_order)
        # The chosen activities' numbers for the whole block at once, then as plain Python values.
        chosen = np.array(tops, dtype=np.int64).reshape(len(needs), -1)

        def picked(matrix: np.ndarray) -> np.ndarray:
            return np.take_along_axis(matrix, chosen, axis=1)

        scores = _sigmoid(picked(logits)).tolist()
        gap_logits = logits + np.float32(self.weights_.gap_title) * title_similarity(index, batch, rows)
        gaps = (_sigmoid(_best_usable(gap_logits, gate, index)) < self.weights_.gap_threshold).tolist()
        relevance = np.maximum(
            picked(extra["text"]) * extra["text_scale"][:, None],
            picked(extra["concept"]) * extra["concept_scale"][:, None],
        ).tolist()
        gates = [picked(ok).tolist() for ok in (gate.language_ok, gate.region_ok, gate.delivery_ok)]
        ids, results = index.ids, []
        for i, need in enumerate(needs):
            row, profile = tops[i], batch.profiles[rows.start + i]
            replication, codes = explain(index, row, profile, [ok[i] for ok in gates], relevance[i])
            result = {
                "need": need["id"],
                "ranking": [ids[r] for r in row],
                "scores": [round(s, 4) for s in scores[i]],
                "gap": gaps[i],  # see `_best_usable`
                "replication": replication,
                "reasons": codes,
            }
            if values is not None:
                result["features"] = [_feature_dict(values, i, r) for r in row]
            results.append(result)
        return results


def _best_usable(logits: np.ndarray, gate, index: ActivityIndex) -> np.ndarray:
    """Per need, the best logit among activities it could use: training or advice (not background
    reading) in a language and region it can reach, directly or through a replication route. The gap
    decision passes the logits with the title term (see `Weights`)."""
    usable = (gate.language_ok | gate.language_fixable) & (gate.region_ok | gate.region_fixable)
    usable &= ~index.background[None, :]
    if not logits.shape[1]:
        return np.full(len(logits), -np.inf)
    # The maxima of the logits plus 0 (usable) or -inf: `np.where` would branch on every cell.
    penalty = (~usable).view(np.uint8).astype(np.uint32) * np.uint32(0xFF800000)  # the bits of -inf, or 0
    return (logits + penalty.view(np.float32)).max(axis=1)


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=np.float64)))


def _feature_dict(values: dict[str, np.ndarray], i: int, row: int) -> dict[str, float]:
    return {name: float(values[name][min(i, values[name].shape[0] - 1), row]) for name in FEATURES}


def _top_block(logits: np.ndarray, ids: list[str], top: int, id_order: np.ndarray) -> list[list[int]]:
    """`_top_rows` of every row, for the whole block at once, without sorting or partitioning whole rows.

    Each row is cut into ``top`` parts: their maxima are ``top`` of the row's values, so the smallest
    of them is at most the row's ``top``-th largest value. Every value at or above it is a candidate
    (ties at the cut included), and the candidates sorted by score, then id (``id_order``: each
    activity's place when the ids are sorted), begin with the row's top."""
    if top <= 0 or logits.shape[1] <= top:
        return [_top_rows(row, ids, top) for row in logits]
    parts = np.linspace(0, logits.shape[1], top, endpoint=False).astype(np.int64)
    floor = np.maximum.reduceat(logits, parts, axis=1).min(axis=1)
    rows, columns = np.nonzero(logits >= floor[:, None])
    order = np.lexsort((id_order[columns], -logits[rows, columns], rows))
    starts = np.searchsorted(rows, np.arange(len(logits)))  # rows are in order: each row's first candidate
    return columns[order][starts[:, None] + np.arange(top)].tolist()


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
