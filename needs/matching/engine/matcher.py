"""Rank inventory activities against expressed needs."""

from __future__ import annotations

from dataclasses import fields, replace

import numpy as np

from .explain import choose_replication, reasons
from .features import Access, access, features
from .index import ActivityIndex
from .need import NeedBatch, NeedProfile, read_needs
from .score import activity_design, block_logits
from .weights import FEATURES, Weights

_GATE = [field.name for field in fields(Access)]
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
        self._design = activity_design(self.index_, self.weights_.coefficients)
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
        best = _best_usable(logits, gate, index)
        tops = _top_block(logits, index.ids, top)
        results = []
        for i, need in enumerate(needs):
            chosen = tops[i]
            profile, need_gate = _plain_profile(batch.profiles[rows.start + i]), _chosen_gate(gate, i, chosen)
            relevance = np.maximum(
                extra["text"][i, chosen] * extra["text_scale"][i],
                extra["concept"][i, chosen] * extra["concept_scale"][i],
            )
            result = {
                "need": need["id"],
                "ranking": [index.ids[r] for r in chosen],
                "scores": [round(float(s), 4) for s in _sigmoid(logits[i, chosen])],
                "gap": bool(_sigmoid(best[i]) < self.weights_.gap_threshold),  # see `_best_usable`
                "replication": [choose_replication(index, r, profile, need_gate) for r in chosen],
                "reasons": [
                    reasons(index, r, profile, need_gate, float(rel)) for r, rel in zip(chosen, relevance, strict=True)
                ],
            }
            if values is not None:
                result["features"] = [_feature_dict(values, i, r) for r in chosen]
            results.append(result)
        return results


def _chosen_gate(gate: Access, i: int, chosen: list[int]) -> Access:
    """Need ``i``'s gate for its chosen activities only, as plain values keyed by row: the
    explanations look up a handful of rows, and numpy scalars cost more than the lookups."""
    return Access(*(dict(zip(chosen, getattr(gate, name)[i, chosen].tolist(), strict=True)) for name in _GATE))


def _plain_profile(profile: NeedProfile) -> NeedProfile:
    """The profile with its arrays as lists (same values as Python numbers), for quick lookups."""
    audience = None if profile.audience is None else profile.audience.tolist()
    return replace(profile, themes=profile.themes.tolist(), audience=audience)


def _best_usable(logits: np.ndarray, gate, index: ActivityIndex) -> np.ndarray:
    """Per need, the best logit among activities it could use: training or advice (not background
    reading) in a language and region it can reach, directly or through a replication route."""
    usable = (gate.language_ok | gate.language_fixable) & (gate.region_ok | gate.region_fixable)
    usable &= ~index.background[None, :]
    if not logits.shape[1]:
        return np.full(len(logits), -np.inf)
    return np.where(usable, logits, -np.inf).max(axis=1)


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=np.float64)))


def _feature_dict(values: dict[str, np.ndarray], i: int, row: int) -> dict[str, float]:
    return {name: float(values[name][min(i, values[name].shape[0] - 1), row]) for name in FEATURES}


def _top_block(logits: np.ndarray, ids: list[str], top: int) -> list[list[int]]:
    """`_top_rows` of every row; one partition for the block, the exact path only on ties at the cut."""
    if top <= 0 or logits.shape[1] <= top:
        return [_top_rows(row, ids, top) for row in logits]
    part = np.argpartition(-logits, top - 1, axis=1)[:, :top]
    values = np.take_along_axis(logits, part, axis=1)
    cutoff = values.min(axis=1)
    tied = (logits >= cutoff[:, None]).sum(axis=1) > top
    out = []
    for i in range(len(logits)):
        if tied[i]:
            out.append(_top_rows(logits[i], ids, top))
        else:
            order = sorted(range(top), key=lambda k, v=values[i], p=part[i]: (-v[k], ids[p[k]]))
            out.append([int(part[i][k]) for k in order])
    return out


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
