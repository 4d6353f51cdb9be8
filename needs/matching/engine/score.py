"""The score's logits for a block of needs, without building each feature's matrix.

``sum(weight[f] * feature[f])`` over `FEATURES` (see `features`) is regrouped so that a block
costs two sparse products (text, concepts), one small dense product for every feature
that is a need code times an activity code, and a few boolean "any shared code" matrices.
`features.features` gives the same numbers one feature at a time, for explanations and refits.
"""

from __future__ import annotations

import numpy as np

from .features import Access, access, same_sums, shares_code, similarities
from .index import ActivityIndex
from .need import NeedBatch


def _row_max(values: np.ndarray) -> np.ndarray:
    return values.max(axis=1) if values.shape[1] else np.zeros(len(values), values.dtype)


def _scaled(values: np.ndarray, absolute: float, relative: float) -> tuple[np.ndarray, np.ndarray]:
    """``absolute * v + relative * v / max(v)`` per need row, and the relative values' scale."""
    best = _row_max(values)
    inverse = np.divide(1.0, best, out=np.zeros_like(best), where=best > 0)
    return values * (absolute + relative * inverse)[:, None], inverse


def block_logits(
    index: ActivityIndex, needs: NeedBatch, rows: slice, w: dict[str, float], design: np.ndarray | None = None
) -> tuple[np.ndarray, Access, dict[str, np.ndarray]]:
    """Logits (needs x activities), the access gate, and what the explanations need.

    ``design`` is `activity_design` (index, w), when the caller keeps it between blocks.
    """
    text, concept = similarities(index, needs, rows)
    logits, text_scale = _scaled(text, w["text"], w["text_rel"])
    part, concept_scale = _scaled(concept, w["concept"], w["concept_rel"])
    logits += part
    del part
    design = activity_design(index, w) if design is None else design
    logits += same_sums(_design(needs, rows, w), design)
    gate = access(index, needs, rows)
    language_cost = np.where(index.any_language_fix, w["language_fixable"], w["language_closed"])
    region_cost = np.where(index.fixes_region, w["region_fixable"], w["region_closed"])
    # The activity-only terms charged every pair the closed-language (region, delivery) cost;
    # pairs that are open get it back.
    _subtract_where(logits, language_cost, gate.language_ok)
    _subtract_where(logits, region_cost, gate.region_ok)
    _subtract_where(logits, np.full(len(index), w["delivery_other"]), gate.delivery_ok)
    known = needs.audience_known[rows]
    if known.any():
        shared = shares_code(needs.audience[rows], index.audience_bits) & known[:, None]
        logits += shared * np.float32(w["audience"])  # + 0 elsewhere: as a masked add, much faster
    extra = {"text": text, "concept": concept, "text_scale": text_scale, "concept_scale": concept_scale}
    return logits, gate, extra


def _subtract_where(logits: np.ndarray, cost: np.ndarray, mask: np.ndarray) -> None:
    logits -= mask * cost.astype(np.float32)[None, :]


def _design(needs: NeedBatch, rows: slice, w: dict[str, float]) -> np.ndarray:
    """Need side of the code-times-code features, matching `activity_design`'s rows."""
    themes = needs.themes[rows]
    mass = themes.sum(axis=1, keepdims=True)
    theme = np.divide(themes, mass, out=np.zeros_like(themes), where=mass > 0) * w["theme"]
    capacity, level = needs.capacity[rows], needs.level[rows]
    constant = (
        w["bias"]
        + 0.5 * w["capacity"] * (capacity < 0)
        + 0.5 * w["level"] * (level < 0)
        + 0.5 * w["audience"] * ~needs.audience_known[rows]
        + w["delivery_other"]
    )
    columns = [
        theme,
        _one_hot(capacity, 2) * w["capacity"],
        _one_hot(level, 2) * w["level"],
        needs.wants_trainers[rows][:, None] * w["trainers"],
        np.ones((len(capacity), 1)),  # times the activity-only terms
        constant[:, None],  # times ones
    ]
    return np.hstack(columns).astype(np.float32)


def activity_design(index: ActivityIndex, w: dict[str, float]) -> np.ndarray:
    """Activity side: themes, capacity, level, trainers, and the activity-only terms."""
    language_cost = np.where(index.any_language_fix, w["language_fixable"], w["language_closed"])
    region_cost = np.where(index.fixes_region, w["region_fixable"], w["region_closed"])
    own = (
        w["background"] * index.background
        + w["planned"] * index.planned
        + language_cost
        + region_cost
    )
    ones = np.ones((1, len(index)))
    rows = [index.themes.T, index.capacity.T, index.level.T, index.trains_trainers[None, :], own[None, :], ones]
    return np.vstack(rows).astype(np.float32)


def _one_hot(positions: np.ndarray, size: int) -> np.ndarray:
    out = np.zeros((len(positions), size), dtype=np.float32)
    known = positions >= 0
    out[np.flatnonzero(known), positions[known]] = 1.0
    return out
