"""What the engine reads in needs: their texts as words and concepts, and their constraints.

Needs are read together, as rows of matrices, so that ranking many needs costs a few
matrix products rather than a Python loop over the inventory for each need.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import vocabulary as v
from .geography import region_of
from .index import ActivityIndex, concept_weights, one_hot
from .scripts import need_scripts
from .sparse import Rows

TICKED_WITHOUT_TEXT_SUPPORT = 0.35  # a ticked theme the text never mentions may be a wrong tick
TEXT_THEME_WEIGHT = 0.8  # a theme read in the text but not ticked
TEXT_THEME_MIN_SHARE = 0.3  # ignore passing mentions, relative to the need's main theme


@dataclass
class NeedProfile:
    """One need's constraints, as the explanations use them."""

    themes: np.ndarray  # theme weights, 0..1
    audience: np.ndarray | None  # bool over audiences, None when unknown
    capacity: int | None  # index into CAPACITY_TYPES
    level: int | None  # index into LEVELS
    languages: list[str]
    region: str | None
    delivery: list[str]
    wants_trainers: bool


@dataclass
class NeedBatch:
    """Needs as matrices, one row per need."""

    text: Rows  # TF-IDF rows
    concepts: np.ndarray  # (needs x concepts) weighted concept rows
    themes: np.ndarray  # (needs x themes) float32
    audience: np.ndarray  # (needs x audiences) bool; all False when unknown
    audience_known: np.ndarray  # bool per need
    capacity: np.ndarray  # index into CAPACITY_TYPES, -1 when unknown
    level: np.ndarray  # index into LEVELS, -1 when unknown
    languages: np.ndarray  # (needs x LANGUAGES) bool
    regions: np.ndarray  # (needs x REGIONS) bool: "global" and the need's own region
    delivery: np.ndarray  # (needs x DELIVERIES) bool; all True when unknown
    wants_trainers: np.ndarray  # bool per need
    scripts: np.ndarray  # int8 per need, see `scripts`
    profiles: list[NeedProfile]

    def __len__(self) -> int:
        return len(self.profiles)


def read_needs(needs: list[dict], index: ActivityIndex) -> NeedBatch:
    corpus = index.tokenizer.encode([need.get("text", "") for need in needs])
    counts = index.reader.counts(corpus)
    themes = _themes(needs, counts @ index.reader.theme_map)
    audience = one_hot([need.get("audience") for need in needs], v.AUDIENCES)
    languages = _languages(needs, index.language_names.counts(corpus))
    region = [region_of(need.get("country", "")) for need in needs]
    delivery = one_hot([need.get("delivery") for need in needs], v.DELIVERIES)
    delivery[~delivery.any(axis=1)] = True
    trainers = counts[:, index.reader.names.index("trainers")] > 0
    capacity = np.array([_position(n.get("capacity_type"), v.CAPACITY_TYPES) for n in needs], dtype=int)
    level = np.array([_position(n.get("level"), v.LEVELS) for n in needs], dtype=int)
    batch = NeedBatch(
        text=index.vectorizer.transform(corpus),
        concepts=concept_weights(counts, index.concept_idf),
        themes=themes,
        audience=audience,
        audience_known=audience.any(axis=1),
        capacity=capacity,
        level=level,
        languages=one_hot(languages, v.LANGUAGES),
        regions=one_hot([["global", r] if r else list(v.REGIONS) for r in region], v.REGIONS),
        delivery=delivery,
        wants_trainers=trainers,
        scripts=need_scripts(needs),
        profiles=[],
    )
    batch.profiles = [
        NeedProfile(
            themes=themes[i],
            audience=audience[i] if batch.audience_known[i] else None,
            capacity=None if capacity[i] < 0 else int(capacity[i]),
            level=None if level[i] < 0 else int(level[i]),
            languages=languages[i],
            region=region[i],
            delivery=list(need.get("delivery") or []),
            wants_trainers=bool(trainers[i]),
        )
        for i, need in enumerate(needs)
    ]
    return batch


def _themes(needs: list[dict], evidence: np.ndarray) -> np.ndarray:
    """Theme weights: ticked themes, trusted when the text supports them, and themes read in the text."""
    strongest = evidence.max(axis=1, keepdims=True)
    share = np.divide(evidence, strongest, out=np.zeros_like(evidence), where=strongest > 0)
    share[share < TEXT_THEME_MIN_SHARE] = 0
    ticked = one_hot([need.get("themes") for need in needs], v.THEMES)
    themes = np.where(ticked, np.where(evidence > 0, 1.0, TICKED_WITHOUT_TEXT_SUPPORT), 0.0)
    return np.maximum(themes, TEXT_THEME_WEIGHT * share).astype(np.float32)


def _languages(needs: list[dict], named: np.ndarray) -> list[list[str]]:
    """The languages the trainees follow: as ticked, else the text's own and those it names."""
    out = []
    for i, need in enumerate(needs):
        if need.get("languages"):
            out.append(list(need["languages"]))
            continue
        own = [need.get("text_language")] if need.get("text_language") else []
        stated = [v.LANGUAGES[j] for j in np.flatnonzero(named[i])]
        out.append(list(dict.fromkeys(own + stated)))
    return out


def _position(code: str | None, codes: tuple[str, ...]) -> int:
    return codes.index(code) if code in codes else -1
