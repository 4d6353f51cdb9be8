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
        width = max(shape[1], 1)
        keys = rows.astype(np.int64) * width + cols
        if data is None:  # counts: how often each key occurs (a sort of the keys; numpy sorts them fast)
            keys = np.sort(keys)
            fresh = np.flatnonzero(np.diff(keys, prepend=-1))
            unique, sums = keys[fresh], np.diff(fresh, append=len(keys)).astype(np.float32)
        elif not len(keys) or bool((keys[1:] > keys[:-1]).all()):  # in order and distinct already
            unique, sums = keys, data.astype(np.float32)
        else:
            unique, inverse = np.unique(keys, return_inverse=True)
            weights = data.astype(np.float32)
            sums = np.bincount(inverse, weights=weights, minlength=len(unique)).astype(np.float32)
        row_of = unique // width
        indptr = np.searchsorted(row_of, np.arange(shape[0] + 1)).astype(np.int64)
        return cls(indptr, (unique % width).astype(np.int64), sums, shape[1])

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
        # Entries by column, rows in order within each: a stable sort of the column numbers (a radix
        # sort when they fit in 16 bits), since each row's entries are in order already.
        small = self.indices.astype(np.uint16) if self.columns <= 2**16 else self.indices
        order = np.argsort(small, kind="stable")
        indptr = np.concatenate([[0], np.cumsum(np.bincount(self.indices, minlength=self.columns))])
        return Rows(indptr.astype(np.int64), self.row_ids()[order], self.data[order], len(self))

    def take(self, rows: slice) -> Rows:
        start, stop = self.indptr[rows.start], self.indptr[rows.stop]
        return Rows(self.indptr[rows.start : rows.stop + 1] - start, self.indices[start:stop],
                    self.data[start:stop], self.columns)  # fmt: skip

    def dot_transposed(self, other_t: Rows) -> np.ndarray:
        """Dense ``self @ other.T`` from ``other_t``, the transpose of ``other``: one row of postings for
        each of our columns (terms), listing the rows of ``other`` (activities) that have it.

        Each product is a float32 product and the sums are taken in float64, in the order of our
        entries: the same numbers whatever the number of our rows."""
        width = other_t.columns
        first, last = other_t.indptr[self.indices], other_t.indptr[self.indices + 1]
        counts = last - first
        # Each entry's postings are a slice: copying the slices is far quicker than gathering positions.
        spans = list(zip(first.tolist(), last.tolist(), strict=True))
        data, indices = other_t.data, other_t.indices
        weights = np.concatenate([data[a:b] for a, b in spans]) if spans else np.zeros(0, np.float32)
        weights *= np.repeat(self.data, counts)
        flat = np.concatenate([indices[a:b] for a, b in spans]) if spans else np.zeros(0, np.int64)
        flat += np.repeat(self.row_ids() * width, counts)
        out = np.bincount(flat, weights=weights, minlength=len(self) * width)
        return out.astype(np.float32).reshape(len(self), width)
