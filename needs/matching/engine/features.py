"""The features of a block of needs against all activities, as numpy arrays.

Each feature is an array that broadcasts to (needs x activities): features that depend on
the activity alone stay one row, so a block of needs costs memory only for what differs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .index import ActivityIndex, bits
from .need import NeedBatch

CROSS_SCRIPT_TEXT = 0.25  # a cautious share of the concept cosine: words of the same topic, not the same text


@dataclass
class Access:
    """Per need and activity: can the trainees use it, and what fixes it when not."""

    language_ok: np.ndarray
    language_fixable: np.ndarray
    region_ok: np.ndarray
    region_fixable: np.ndarray
    delivery_ok: np.ndarray

    def row(self, i: int) -> Access:
        """One need's access to every activity."""
        return Access(*(getattr(self, name)[i] for name in self.__dataclass_fields__))

    @classmethod
    def of(cls, index: ActivityIndex, language_ok, region_ok, delivery_ok) -> Access:
        language_fixable = ~language_ok & index.any_language_fix
        return cls(language_ok, language_fixable, region_ok, ~region_ok & index.fixes_region, delivery_ok)


def shares_code(left: np.ndarray, right_bits: np.ndarray) -> np.ndarray:
    """Whether each need (rows of ``left``) shares a code with each activity (as `bits`)."""
    return (bits(left)[:, None] & right_bits[None, :]) != 0


def access(index: ActivityIndex, needs: NeedBatch, rows: slice) -> Access:
    """The gate of a block of needs."""
    return Access.of(
        index,
        shares_code(needs.languages[rows], index.language_bits),
        shares_code(needs.regions[rows], index.region_bits),
        shares_code(needs.delivery[rows], index.delivery_bits),
    )


def _relative(values: np.ndarray) -> np.ndarray:
    best = values.max(axis=1, keepdims=True) if values.shape[1] else np.zeros((len(values), 1))
    return np.divide(values, best, out=np.zeros_like(values), where=best > 0)


def _fit(index_codes: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """1 where the activity has the need's code, 0 where not, 0.5 when the need gives none."""
    known = positions >= 0
    out = np.where(known[:, None], 0.0, 0.5).astype(np.float32)
    return out + index_codes.T[np.maximum(positions, 0)] * known[:, None]


def same_sums(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """``left @ right`` summed in the same order whatever the number of rows, so that a need ranks
    alike alone and in a block (matrix libraries change their order, and near-ties then flip).
    Need rows are sparse (a few concepts or codes), so only their non-zero terms are added, in
    column order, each into its output row in place (contiguous rows of ``right``, no temporaries)."""
    dtype = np.result_type(left, right)
    out = np.zeros((left.shape[0], right.shape[1]), dtype)
    rows, columns = np.nonzero(left)  # row-major: each row's columns in increasing order
    if not len(rows):
        return out
    right = np.ascontiguousarray(right)
    term = np.empty(right.shape[1], dtype)
    multiply, add = np.multiply, np.add
    for i, k, value in zip(rows.tolist(), columns.tolist(), left[rows, columns], strict=True):
        row = out[i]
        if value == 1:  # x * 1 is x, bit for bit
            add(row, right[k], out=row)
        else:
            multiply(right[k], value, out=term)
            add(row, term, out=row)
    return out


def similarities(index: ActivityIndex, needs: NeedBatch, rows: slice) -> tuple[np.ndarray, np.ndarray]:
    """Text and concept cosines, (needs x activities) each."""
    text = needs.text.take(rows).dot_transposed(index.text_by_term)
    concept = same_sums(needs.concepts[rows], index.concepts_by_concept)
    # Words of different scripts never meet: estimate those pairs' text cosine from their concepts.
    blind = (needs.scripts[rows][:, None] & index.scripts[None, :]) == 0
    return _select(blind, (CROSS_SCRIPT_TEXT * concept).astype(text.dtype, copy=False), text), concept


def title_similarity(index: ActivityIndex, needs: NeedBatch, rows: slice) -> np.ndarray:
    """Cosine of each need's concepts with each activity title's, (needs x activities): whether the title
    names what the need is about. The gap decision uses it (see `Matcher`); the ranking does not."""
    return same_sums(needs.concepts[rows], index.title_concepts_by_concept)


def _select(mask: np.ndarray, yes: np.ndarray, no: np.ndarray) -> np.ndarray:
    """``np.where(mask, yes, no)`` for float32 arrays, by bit masks: `np.where` and masked copies
    branch on every cell, and mispredict where the mask follows the activities' order."""
    bits = mask.view(np.uint8).astype(np.uint32)
    np.negative(bits, out=bits)  # all ones where the mask holds
    out = (yes.view(np.uint32) & bits) | (no.view(np.uint32) & ~bits)
    return out.view(np.float32)


def features(index: ActivityIndex, needs: NeedBatch, rows: slice, gate: Access) -> dict[str, np.ndarray]:
    """Feature name -> array broadcasting to (needs in ``rows`` x activities)."""
    text, concept = similarities(index, needs, rows)
    themes = needs.themes[rows]
    mass = themes.sum(axis=1, keepdims=True)
    theme = np.divide(themes @ index.themes.T, mass, out=np.zeros_like(text), where=mass > 0)
    audience = np.where(
        needs.audience_known[rows][:, None], shares_code(needs.audience[rows], index.audience_bits), 0.5
    )
    return {
        "text": text,
        "text_rel": _relative(text),
        "concept": concept,
        "concept_rel": _relative(concept),
        "theme": theme,
        "capacity": _fit(index.capacity, needs.capacity[rows]),
        "level": _fit(index.level, needs.level[rows]),
        "audience": audience.astype(np.float32),
        "background": index.background[None, :].astype(np.float32),
        "language_fixable": gate.language_fixable,
        "language_closed": ~gate.language_ok & ~gate.language_fixable,
        "region_fixable": gate.region_fixable,
        "region_closed": ~gate.region_ok & ~gate.region_fixable,
        "planned": index.planned[None, :],
        "delivery_other": ~gate.delivery_ok,
        "trainers": needs.wants_trainers[rows][:, None] & index.trains_trainers[None, :],
    }
