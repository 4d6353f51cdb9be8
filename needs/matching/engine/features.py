"""The feature matrix of one need against all activities, vectorized with numpy."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import vocabulary as v
from .index import ActivityIndex
from .need import NeedProfile
from .weights import FEATURES

_COLUMN = {name: i for i, name in enumerate(FEATURES)}


@dataclass
class Access:
    """Per activity: can the need's trainees use it, and what fixes it when not."""

    language_ok: np.ndarray
    language_fixable: np.ndarray
    region_ok: np.ndarray
    region_fixable: np.ndarray
    delivery_ok: np.ndarray


def access(index: ActivityIndex, need: NeedProfile) -> Access:
    wanted = [v.LANGUAGES.index(code) for code in need.languages if code in v.LANGUAGES]
    language_ok = index.languages[:, wanted].any(axis=1)
    language_fixable = ~language_ok & (index.adapt_fixes_language | index.edition_fixes_language)
    if need.region in v.REGIONS:
        region_ok = index.regions[:, [v.REGIONS.index("global"), v.REGIONS.index(need.region)]].any(axis=1)
    else:
        region_ok = np.ones(len(index), dtype=bool)
    region_fixable = ~region_ok & index.fixes_region
    if need.delivery:
        delivery_ok = index.delivery[:, [v.DELIVERIES.index(d) for d in need.delivery]].any(axis=1)
    else:
        delivery_ok = np.ones(len(index), dtype=bool)
    return Access(language_ok, language_fixable, region_ok, region_fixable, delivery_ok)


def _relative(values: np.ndarray) -> np.ndarray:
    best = values.max() if len(values) else 0.0
    return values / best if best > 0 else values


def _fit(matrix: np.ndarray, position: int | None) -> np.ndarray:
    """1 where the activity has the need's code, 0 where not, 0.5 when the need gives none."""
    if position is None:
        return np.full(matrix.shape[0], 0.5, dtype=np.float32)
    return matrix[:, position].astype(np.float32)


def feature_matrix(index: ActivityIndex, need: NeedProfile, gate: Access) -> np.ndarray:
    """An (activities x FEATURES) float32 matrix."""
    out = np.zeros((len(index), len(FEATURES)), dtype=np.float32)
    text = (need.text @ index.text_by_term).toarray().ravel()
    concept = (need.concepts @ index.concepts_by_concept).toarray().ravel()
    out[:, _COLUMN["text"]] = text
    out[:, _COLUMN["text_rel"]] = _relative(text)
    out[:, _COLUMN["concept"]] = concept
    out[:, _COLUMN["concept_rel"]] = _relative(concept)
    mass = need.themes.sum()
    if mass > 0:
        out[:, _COLUMN["theme"]] = index.themes @ need.themes / mass
    out[:, _COLUMN["capacity"]] = _fit(index.capacity, need.capacity)
    out[:, _COLUMN["level"]] = _fit(index.level, need.level)
    if need.audience is None:
        out[:, _COLUMN["audience"]] = 0.5
    else:
        out[:, _COLUMN["audience"]] = index.audience[:, need.audience].any(axis=1)
    out[:, _COLUMN["background"]] = index.background
    out[:, _COLUMN["language_fixable"]] = gate.language_fixable
    out[:, _COLUMN["language_closed"]] = ~gate.language_ok & ~gate.language_fixable
    out[:, _COLUMN["region_fixable"]] = gate.region_fixable
    out[:, _COLUMN["region_closed"]] = ~gate.region_ok & ~gate.region_fixable
    out[:, _COLUMN["planned"]] = index.planned
    out[:, _COLUMN["delivery_other"]] = ~gate.delivery_ok
    if need.wants_trainers:
        out[:, _COLUMN["trainers"]] = index.trains_trainers
    return out
