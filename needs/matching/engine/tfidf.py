"""A small TF-IDF model over folded texts, with numpy only.

The same weighting as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` (smooth IDF,
unit-length rows), written here over token-id arrays (`tokens`), so that the exchange
command neither loops over words in Python nor pays for importing scikit-learn.
"""

from __future__ import annotations

import numpy as np

from .sparse import Rows
from .tokens import Encoded


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

    def fit_transform(self, corpus: Encoded) -> Rows:
        size = int(corpus.ids.max()) + 1 if len(corpus.ids) else 0
        counts = Rows.from_pairs(corpus.docs, corpus.ids, (len(corpus), size))
        df = np.bincount(counts.indices, minlength=size)
        keep = (df > 0) & (df <= max(1, self.max_df * len(corpus)))
        keep[[i for i in self.stop_ids if i < size]] = False
        # Token id -> column; tokens not kept (or first seen later, in needs) map to -1.
        self.column_ = np.full(size, -1, dtype=np.int64)
        self.column_[keep] = np.arange(int(keep.sum()))
        self.idf_ = (np.log((1 + len(corpus)) / (1 + df[keep])) + 1).astype(np.float32)
        kept = keep[counts.indices]
        rows = np.repeat(np.arange(len(counts)), np.diff(counts.indptr))[kept]
        columns = self.column_[counts.indices[kept]]
        shape = (len(corpus), len(self.idf_))
        return self._weigh(Rows.from_pairs(rows, columns, shape, counts.data[kept]))

    def transform(self, corpus: Encoded) -> Rows:
        ids = corpus.ids
        columns = np.full(len(ids), -1, dtype=np.int64)
        known = ids < len(self.column_)
        columns[known] = self.column_[ids[known]]
        kept = columns >= 0
        counts = Rows.from_pairs(corpus.docs[kept], columns[kept], (len(corpus), len(self.idf_)))
        return self._weigh(counts)

    def _weigh(self, counts: Rows) -> Rows:
        return counts.with_data((1 + np.log(counts.data)) * self.idf_[counts.indices]).unit()
