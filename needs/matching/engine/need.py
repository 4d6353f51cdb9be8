"""What the engine reads in a need: its text as words and concepts, and its constraints."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from . import vocabulary as v
from .geography import region_of
from .index import ActivityIndex, concept_weights, one_hot
from .text import fold, split_cjk

TICKED_WITHOUT_TEXT_SUPPORT = 0.35  # a ticked theme the text never mentions may be a wrong tick
TEXT_THEME_WEIGHT = 0.8  # a theme read in the text but not ticked
TEXT_THEME_MIN_SHARE = 0.3  # ignore passing mentions, relative to the need's main theme


@dataclass
class NeedProfile:
    text: sp.csr_matrix  # 1 x vocabulary TF-IDF row
    concepts: sp.csr_matrix  # 1 x concepts weighted row
    themes: np.ndarray  # theme weights, 0..1
    audience: np.ndarray | None  # bool over audiences, None when unknown
    capacity: int | None  # index into CAPACITY_TYPES
    level: int | None  # index into LEVELS
    languages: list[str]
    region: str | None
    delivery: list[str]
    wants_trainers: bool


def read_need(need: dict, index: ActivityIndex) -> NeedProfile:
    folded = fold(need.get("text", ""))
    counts = index.reader.counts([folded])
    evidence = np.asarray(counts @ index.reader.theme_map).ravel()
    share = evidence / evidence.max() if evidence.max() > 0 else evidence
    share[share < TEXT_THEME_MIN_SHARE] = 0
    ticked = one_hot([need.get("themes")], v.THEMES)[0]
    themes = np.where(ticked, np.where(evidence > 0, 1.0, TICKED_WITHOUT_TEXT_SUPPORT), 0.0)
    themes = np.maximum(themes, TEXT_THEME_WEIGHT * share)
    audience = one_hot([need.get("audience")], v.AUDIENCES)[0]
    if not audience.any():
        read = np.asarray(counts @ index.reader.audience_map).ravel() > 0
        audience = read if read.any() else None
    trainers = index.reader.names.index("trainers")
    return NeedProfile(
        text=index.vectorizer.transform([split_cjk(folded)]),
        concepts=concept_weights(counts, index.concept_idf),
        themes=themes.astype(np.float32),
        audience=audience,
        capacity=_position(need.get("capacity_type"), v.CAPACITY_TYPES),
        level=_position(need.get("level"), v.LEVELS),
        languages=list(need.get("languages") or [need.get("text_language")]),
        region=region_of(need.get("country", "")),
        delivery=list(need.get("delivery") or []),
        wants_trainers=bool(counts[0, trainers] > 0),
    )


def _position(code: str | None, codes: tuple[str, ...]) -> int | None:
    return codes.index(code) if code in codes else None
