"""Compressed sparse rows, with the few operations the text model needs, in numpy alone.

Importing scipy.sparse costs the exchange command several tenths of a second at start-up,
more than the text products themselves take.
"""

from __future__ import annotations

import numpy as np


def expand(offsets: np.ndarray, table: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For ragged rows stored as (offsets, table): the entries of ``rows``, and how many each has."""
    counts = offsets[rows + 1] - offsets[rows]
    starts = np.repeat(offsets[rows] - np.cumsum(counts) + counts, counts)
    return table[starts + np.arange(int(counts.sum()))], counts


class Rows:
    """A (rows x columns) sparse matrix: ``indptr``, sorted ``indices`` and float32 ``data``."""

    def __init__(self, indptr: np.ndarray, indices: np.ndarray, data: np.ndarray, columns: int):
        self.indptr, self.indices, self.data, self.columns = indptr, indices, data, columns

    @classmethod
    def from_pairs(cls, rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int], data=None) -> Rows:
        """Entries at (rows, cols), ``data`` or ones, duplicates summed."""
        keys = rows.astype(np.int64) * max(shape[1], 1) + cols
        weights = np.ones(len(keys), np.float32) if data is None else data.astype(np.float32)
        unique, inverse = np.unique(keys, return_inverse=True)
        sums = np.bincount(inverse, weights=weights, minlength=len(unique)).astype(np.float32)
        row_of = unique // max(shape[1], 1)
        indptr = np.searchsorted(row_of, np.arange(shape[0] + 1)).astype(np.int64)
        return cls(indptr, (unique % max(shape[1], 1)).astype(np.int64), sums, shape[1])

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def row_ids(self) -> np.ndarray:
        return np.repeat(np.arange(len(self)), np.diff(self.indptr))

    def with_data(self, data: np.ndarray) -> Rows:
        return Rows(self.indptr, self.indices, data.astype(np.float32), self.columns)

    def unit(self) -> Rows:
        """Rows scaled to unit Euclidean length (empty rows stay empty)."""
        squares = np.bincount(self.row_ids(), weights=self.data.astype(np.float64) ** 2, minlength=len(self))
        norms = np.sqrt(squares)
        norms[norms == 0] = 1.0
        return self.with_data(self.data / np.repeat(norms, np.diff(self.indptr)))

    def transpose(self) -> Rows:
        return Rows.from_pairs(self.indices, self.row_ids(), (self.columns, len(self)), self.data)

    def take(self, rows: slice) -> Rows:
        start, stop = self.indptr[rows.start], self.indptr[rows.stop]
        return Rows(self.indptr[rows.start : rows.stop + 1] - start, self.indices[start:stop],
                    self.data[start:stop], self.columns)  # fmt: skip

    def dot_transposed(self, other_t: Rows) -> np.ndarray:
        """Dense ``self @ other.T`` from ``other_t``, the transpose of ``other``: one row of postings for
        each of our columns (terms), listing the rows of ``other`` (activities) that have it."""
        width = other_t.columns
        first, last = other_t.indptr[self.indices], other_t.indptr[self.indices + 1]
        counts = last - first
        # 32-bit positions where they fit: the passes below are bound by memory traffic.
        small = len(other_t.indices) < 2**31 and len(self) * width < 2**31
        kind = np.int32 if small else np.int64
        starts = np.repeat((first - np.cumsum(counts) + counts).astype(kind), counts)
        at = starts + np.arange(len(starts), dtype=kind)
        weights = other_t.data[at] * np.repeat(self.data, counts)
        flat = other_t.indices[at].astype(kind, copy=False) + np.repeat((self.row_ids() * width).astype(kind), counts)
        out = np.bincount(flat, weights=weights, minlength=len(self) * width)
        return out.astype(np.float32).reshape(len(self), width)
