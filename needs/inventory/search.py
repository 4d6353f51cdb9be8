"""The catalogue's in-process search index: facets as numpy arrays, full text as TF-IDF.

One index per process, for SQLite and PostgreSQL alike, rebuilt lazily when the inventory's revision
(or the date, which decides "has an upcoming session") changes.

Full text works in the six languages, Chinese included (no spaces between words): TF-IDF over the
character n-grams (2-4, within words, as scikit-learn's char_wb) of every title and description in
every language, plus word unigrams and bigrams. The n-grams are hashed and counted with numpy over
the whole corpus at once into 2^21 hashed columns: scikit-learn's analyser, one string at a time,
took 40 s for 10,000 activities on the benchmark machine.
An activity matches a query when its text covers most of the query's character n-grams (weighted by
their idf, so common fragments count little); matches are ranked by cosine similarity.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import sqlalchemy as sa
from flask import current_app
from scipy import sparse

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
        self.chars = NgramTfidf(char_grams).fit(texts)
        self.words = NgramTfidf(word_grams).fit(texts)

    def text_scores(self, query: str) -> np.ndarray:
        """Relevance of every activity, 0 for those that do not match."""
        columns, weights, unknown = self.chars.query(query)
        if not len(columns) and not unknown:
            return np.zeros(self.size, dtype=np.float32)
        idf = self.chars.idf[columns]
        total = idf.sum() + unknown * self.chars.max_idf
        coverage = (self.chars.present[:, columns] @ idf) / total if len(columns) else np.zeros(self.size)
        score = self.chars.matrix[:, columns] @ weights if len(columns) else np.zeros(self.size)
        word_columns, word_weights, _unknown = self.words.query(query)
        if len(word_columns):
            score = score + self.words.matrix[:, word_columns] @ word_weights
        return np.where(np.asarray(coverage).ravel() >= MIN_COVERAGE, np.asarray(score).ravel() + 1e-6, 0.0)

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


_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"\w+")
_MASK = np.uint64(0xFFFFFFFFFFFFFFFF)


def normalise(text: str) -> str:
    """Lower case, every run of punctuation and space one space, a space at each end."""
    return " " + _NON_WORD.sub(" ", text.lower()).strip() + " "


def char_grams(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(document index, 64-bit hash) of every character 2-, 3- and 4-gram that does not span words:
    the char_wb analysis of scikit-learn, vectorised over the whole corpus with numpy."""
    normal = [normalise(t) for t in texts]
    lengths = np.fromiter((len(t) for t in normal), dtype=np.int64, count=len(normal))
    codes = np.frombuffer("".join(normal).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    docs = np.repeat(np.arange(len(normal), dtype=np.int64), lengths)
    space = codes == ord(" ")
    out_docs, out_hashes = [], []
    for n in (2, 3, 4):
        if len(codes) < n:
            continue
        valid = docs[: len(codes) - n + 1] == docs[n - 1:]
        for k in range(1, n - 1):  # no space inside the gram
            valid &= ~space[k: len(codes) - n + 1 + k]
        valid &= ~(space[: len(codes) - n + 1] & space[1: len(codes) - n + 2])
        h = np.full(len(codes) - n + 1, n, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for k in range(n):
                h = (h * np.uint64(0x100000001B3)) ^ codes[k: len(codes) - n + 1 + k]
        out_docs.append(docs[: len(codes) - n + 1][valid])
        out_hashes.append(h[valid])
    if not out_docs:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    return np.concatenate(out_docs), np.concatenate(out_hashes)


def word_grams(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(document index, hash) of every word and pair of consecutive words (Python's string hash: the
    index lives in one process, so a per-process hash seed is fine)."""
    docs, hashes = [], []
    for index, text in enumerate(texts):
        words = [hash(w) & 0xFFFFFFFFFFFFFFFF for w in _WORD.findall(text.lower())]
        pairs = [(a * 0x100000001B3 ^ b) & 0xFFFFFFFFFFFFFFFF for a, b in zip(words, words[1:], strict=False)]
        hashes.extend(words)
        hashes.extend(pairs)
        docs.extend([index] * (len(words) + len(pairs)))
    return np.array(docs, dtype=np.int64), np.array(hashes, dtype=np.uint64)


class NgramTfidf:
    """TF-IDF over hashed n-grams (the hashing trick: BUCKETS columns; sublinear tf, smooth idf, rows
    of unit length)."""

    BUCKETS = 1 << 21

    def __init__(self, grams):
        self.grams = grams

    def fit(self, texts: list[str]) -> NgramTfidf:
        docs, hashes = self.grams(texts)
        columns = (hashes % np.uint64(self.BUCKETS)).astype(np.int64)
        counts = sparse.csr_matrix((np.ones(len(docs), dtype=np.float32), (docs, columns)),
                                   shape=(len(texts), self.BUCKETS))
        counts.sum_duplicates()
        self.df = np.bincount(counts.indices, minlength=self.BUCKETS)
        self.idf = (np.log((1 + len(texts)) / (1 + self.df)) + 1).astype(np.float32)
        self.max_idf = float(np.log(1 + len(texts)) + 1)
        counts.data = (1 + np.log(counts.data)) * self.idf[counts.indices]
        norms = np.sqrt(np.bincount(np.repeat(np.arange(len(texts)), np.diff(counts.indptr)),
                                    weights=counts.data.astype(np.float64) ** 2, minlength=len(texts)))
        norms[norms == 0] = 1
        counts.data /= np.repeat(norms, np.diff(counts.indptr)).astype(np.float32)
        self.matrix = counts.tocsc()
        self.present = self.matrix.copy()
        self.present.data = np.ones_like(self.present.data)
        return self

    def query(self, text: str) -> tuple[np.ndarray, np.ndarray, int]:
        """Known columns of the query's n-grams, their unit-length weights, and how many are unknown."""
        _docs, hashes = self.grams([text])
        columns, tf = np.unique((hashes % np.uint64(self.BUCKETS)).astype(np.int64), return_counts=True)
        known = self.df[columns] > 0
        columns = columns[known]
        weights = ((1 + np.log(tf[known])) * self.idf[columns]).astype(np.float32)
        norm = np.sqrt((weights ** 2).sum())
        return columns, weights / norm if norm else weights, int((~known).sum())


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
        parts = [title, description]
        for lang, entry in translations.items():
            titles[lang] = entry.get("title") or title
            parts += [entry.get("title") or "", entry.get("description") or ""]
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

