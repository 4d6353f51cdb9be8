"""A small TF-IDF model over folded texts, with numpy and scipy only.

The same weighting as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` (smooth IDF,
unit-length rows), written here over token-id arrays (`tokens`), so that the exchange
command neither loops over words in Python nor pays for importing scikit-learn.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from .tokens import Encoded


def unit_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Rows scaled to unit Euclidean length (empty rows stay empty)."""
    matrix = matrix.tocsr()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1), dtype=np.float64)).ravel()
    norms[norms == 0] = 1.0
    scale = np.repeat((1.0 / norms).astype(np.float32), np.diff(matrix.indptr))
    return sp.csr_matrix((matrix.data * scale, matrix.indices, matrix.indptr), shape=matrix.shape)


class Tfidf:
    """Fit on an encoded corpus; `transform` weighs other encoded texts alike.

    Parameters
    ----------
    stop_ids : iterable of int
        Token ids never used.
    max_df : float
        Tokens in more than this share of the fitted documents are dropped (too common to tell
        documents apart).
    """

    def __init__(self, stop_ids=(), max_df: float = 1.0):
        self.stop_ids = list(stop_ids)
        self.max_df = max_df

    def fit_transform(self, corpus: Encoded) -> sp.csr_matrix:
        size = int(corpus.ids.max()) + 1 if len(corpus.ids) else 0
        counts = _counts(corpus.docs, corpus.ids, len(corpus), size)
        df = np.bincount(counts.indices, minlength=size)
        keep = (df > 0) & (df <= max(1, self.max_df * len(corpus)))
        keep[[i for i in self.stop_ids if i < size]] = False
        # Token id -> column; tokens not kept (or first seen later, in needs) map to -1.
        self.column_ = np.full(size, -1, dtype=np.int64)
        self.column_[keep] = np.arange(int(keep.sum()))
        self.idf_ = (np.log((1 + len(corpus)) / (1 + df[keep])) + 1).astype(np.float32)
        return self._weigh(counts[:, np.flatnonzero(keep)])

    def transform(self, corpus: Encoded) -> sp.csr_matrix:
        ids = corpus.ids
        columns = np.full(len(ids), -1, dtype=np.int64)
        known = ids < len(self.column_)
        columns[known] = self.column_[ids[known]]
        kept = columns >= 0
        return self._weigh(_counts(corpus.docs[kept], columns[kept], len(corpus), len(self.idf_)))

    def _weigh(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        weighted = counts.astype(np.float32)
        weighted.data = (1 + np.log(weighted.data)) * self.idf_[weighted.indices]
        return unit_rows(weighted)


def _counts(docs: np.ndarray, columns: np.ndarray, rows: int, size: int) -> sp.csr_matrix:
    data = np.ones(len(columns), dtype=np.float32)
    matrix = sp.csr_matrix((data, (docs, columns)), shape=(rows, size))
    matrix.sum_duplicates()
    return matrix
