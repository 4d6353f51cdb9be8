"""The catalogue's in-process search index: facets as numpy arrays, full text as TF-IDF.

One index per process, for SQLite and PostgreSQL alike, rebuilt lazily when the inventory's revision
(or the date, which decides "has an upcoming session") changes.

Full text works in the six languages, Chinese included (no spaces between words): character n-grams
(char_wb, 2-4) of every title and description in every language, plus word unigrams and bigrams.
An activity matches a query when its text covers most of the query's character n-grams (weighted by
their idf, so common fragments count little); matches are ranked by cosine similarity.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import sqlalchemy as sa
from flask import current_app
from sklearn.feature_extraction.text import TfidfVectorizer

from needs.db import utcnow
from needs.extensions import db
from needs.inventory.models import Activity, ActivitySession

# facet name in URLs -> (record attribute, multi-valued)
FACETS: dict[str, tuple[str, bool]] = {
    "theme": ("themes", True), "kind": ("kind", False), "agency": ("agency_code", False),
    "delivery": ("delivery", False), "language": ("languages", True), "region": ("regions", True),
    "status": ("status", False), "certification": ("certification", False), "upcoming": ("upcoming", False),
}
BOOLEAN_FACETS = ("certification", "upcoming")
MIN_COVERAGE = 0.6
PER_PAGE = 20
_LOCK = threading.Lock()


@dataclass
class Facet:
    values: list[str]
    matrix: np.ndarray  # (activities, values) booleans


@dataclass
class Results:
    ids: list[str]
    total: int
    page: int
    pages: int
    counts: dict[str, dict[str, int]]
    scores: dict[str, float] = field(default_factory=dict)


class CatalogueIndex:
    def __init__(self, rows: list[dict[str, Any]]):
        self.ids = np.array([row["id"] for row in rows], dtype=object)
        self.size = len(rows)
        self.facets = {name: self._facet(rows, attr, multi) for name, (attr, multi) in FACETS.items()}
        self._titles = [row["titles"] for row in rows]
        self._sort_keys: dict[str, np.ndarray] = {}
        self._fit_text([row["text"] for row in rows])

    @staticmethod
    def _facet(rows, attr: str, multi: bool) -> Facet:
        if attr in ("certification", "upcoming"):
            return Facet(["yes"], np.array([[bool(row[attr])] for row in rows], dtype=bool).reshape(-1, 1))
        values = sorted({v for row in rows for v in (row[attr] if multi else [row[attr]])})
        position = {v: i for i, v in enumerate(values)}
        matrix = np.zeros((len(rows), len(values)), dtype=bool)
        for r, row in enumerate(rows):
            for v in row[attr] if multi else [row[attr]]:
                matrix[r, position[v]] = True
        return Facet(values, matrix)

    def _fit_text(self, texts: list[str]) -> None:
        self.char_vectorizer = self.word_vectorizer = None
        if not texts:
            return
        self.char_vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True,
                                               lowercase=True, dtype=np.float32)
        self.char_matrix = self.char_vectorizer.fit_transform(texts).tocsc()
        self.char_present = (self.char_matrix > 0).astype(np.float32).tocsc()
        self._analyse = self.char_vectorizer.build_analyzer()
        self.word_vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1, dtype=np.float32)
        try:
            self.word_matrix = self.word_vectorizer.fit_transform(texts).tocsc()
        except ValueError:  # no words at all
            self.word_vectorizer = None

    def text_scores(self, query: str) -> np.ndarray | None:
        """Relevance of every activity (0 for non-matches); None when the query has nothing to match on."""
        if self.char_vectorizer is None:
            return np.zeros(self.size, dtype=np.float32)
        q = self.char_vectorizer.transform([query])
        if q.nnz == 0:
            return np.zeros(self.size, dtype=np.float32)
        columns = q.indices
        weights = self.char_vectorizer.idf_[columns].astype(np.float32)
        # n-grams found in no activity count fully against coverage, with the highest idf
        unknown = len(set(self._analyse(query))) - len(columns)
        total = weights.sum() + unknown * self.char_vectorizer.idf_.max()
        coverage = (self.char_present[:, columns] @ weights) / total
        cosine = np.asarray(self.char_matrix[:, columns] @ q.data.astype(np.float32)).ravel()
        if self.word_vectorizer is not None:
            qw = self.word_vectorizer.transform([query])
            if qw.nnz:
                cosine = cosine + np.asarray(self.word_matrix[:, qw.indices] @ qw.data.astype(np.float32)).ravel()
        return np.where(np.asarray(coverage).ravel() >= MIN_COVERAGE, cosine + 1e-6, 0.0)

    def sort_key(self, locale: str) -> np.ndarray:
        """Rank of each activity by its title in the reader's language (else its original title)."""
        if locale not in self._sort_keys:
            titles = [t.get(locale) or t[""] for t in self._titles]
            order = sorted(range(self.size), key=lambda i: (titles[i].casefold(), self.ids[i]))
            rank = np.empty(self.size, dtype=np.int64)
            rank[order] = np.arange(self.size)
            self._sort_keys[locale] = rank
        return self._sort_keys[locale]

    def mask_for(self, name: str, chosen: list[str]) -> np.ndarray | None:
        facet = self.facets[name]
        columns = [facet.values.index(v) for v in chosen if v in facet.values]
        if not chosen:
            return None
        if not columns:
            return np.zeros(self.size, dtype=bool)
        return facet.matrix[:, columns].any(axis=1)

    def search(self, filters: dict[str, list[str]], query: str, locale: str, page: int = 1,
               per_page: int = PER_PAGE) -> Results:
        base = np.ones(self.size, dtype=bool)
        scores = None
        if query:
            scores = self.text_scores(query)
            base &= scores > 0
        masks = {name: self.mask_for(name, filters.get(name) or []) for name in FACETS}
        selected = base.copy()
        for mask in masks.values():
            if mask is not None:
                selected &= mask
        counts = {}
        for name, facet in self.facets.items():
            # A facet's counts apply every other facet's choice, so choosing more values widens the result.
            others = base.copy()
            for other, mask in masks.items():
                if other != name and mask is not None:
                    others &= mask
            values = facet.matrix[others].sum(axis=0)
            counts[name] = {v: int(c) for v, c in zip(facet.values, values, strict=True)}
        positions = np.flatnonzero(selected)
        rank = self.sort_key(locale)[positions]
        if scores is not None:
            order = np.lexsort((rank, -scores[positions]))
        else:
            order = np.argsort(rank, kind="stable")
        total = len(positions)
        pages = max(1, -(-total // per_page))
        page = min(max(1, page), pages)
        chosen = positions[order][(page - 1) * per_page: page * per_page]
        return Results(ids=[str(i) for i in self.ids[chosen]], total=total, page=page, pages=pages, counts=counts,
                       scores={str(self.ids[i]): float(scores[i]) for i in chosen} if scores is not None else {})


def _rows() -> list[dict[str, Any]]:
    today = utcnow().date()
    upcoming = set(db.session.scalars(
        sa.select(ActivitySession.activity_id).where(
            sa.func.coalesce(ActivitySession.end, ActivitySession.start) >= today).distinct()))
    columns = (Activity.id, Activity.agency_code, Activity.kind, Activity.delivery, Activity.status,
               Activity.certification, Activity.themes, Activity.languages, Activity.regions, Activity.title,
               Activity.description, Activity.text_language, Activity.translations)
    rows = []
    for (id_, agency, kind, delivery, status, certification, themes, languages, regions, title, description,
         text_language, translations) in db.session.execute(sa.select(*columns).where(Activity.retired.is_(False))):
        translations = translations or {}
        titles = {"": title, text_language: title}
        parts = [title, title, description]
        for lang, entry in translations.items():
            titles[lang] = entry.get("title") or title
            parts += [entry.get("title") or "", entry.get("title") or "", entry.get("description") or ""]
        rows.append({"id": id_, "agency_code": agency, "kind": kind, "delivery": delivery, "status": status,
                     "certification": certification, "themes": themes or [], "languages": languages or [],
                     "regions": regions or [], "upcoming": id_ in upcoming, "titles": titles,
                     "text": "\n".join(parts)})
    return rows


def current_index(revision: int) -> CatalogueIndex:
    """The index for this revision of the inventory and today's date, built when either changed."""
    key = (revision, utcnow().date())
    holder = current_app.extensions.setdefault("inventory_index", {})
    if holder.get("key") != key:
        with _LOCK:
            if holder.get("key") != key:
                index = CatalogueIndex(_rows())
                holder.update(key=key, index=index)
    return holder["index"]


def clear() -> None:
    current_app.extensions.pop("inventory_index", None)

