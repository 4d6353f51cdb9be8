"""Read texts in any of the six languages as counts of the lexicon's concepts (or other terms)."""

from __future__ import annotations

import re

import numpy as np

from .facets import FACETS
from .facets_labour import LABOUR_FACETS
from .facets_services import SERVICE_FACETS
from .keyterms import KEY_TERMS, REFUGEE_PROTECTION
from .lexicon import CONCEPTS, Concept
from .text import fold
from .tokens import Encoded, PhraseMatcher, Tokenizer
from .vocabulary import AUDIENCES, THEMES

_CJK_ONLY = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")
_ARABIC_START = re.compile(r"^[\u0600-\u06ff]")
# Conjunctions and prepositions written joined to the next word; folding strips them only
# before the article, so a term is also looked for with each of them in front.
_ARABIC_CLITICS = ("و", "ب", "ل", "ف", "ك", "وب", "ول")


def widened_concepts() -> dict[str, Concept]:
    """The lexicon's concepts with the key terms merged in, and the concepts it lacks."""
    out = {}
    for name, concept in CONCEPTS.items():
        extra = KEY_TERMS.get(name, {})
        terms = {lang: concept.terms.get(lang, ()) + extra.get(lang, ()) for lang in {*concept.terms, *extra}}
        out[name] = concept._replace(terms=terms)
    out["refugee-protection"] = Concept(("migration-law", "security"), (), REFUGEE_PROTECTION)
    out.update(FACETS)
    out.update(SERVICE_FACETS)
    out.update(LABOUR_FACETS)
    return out


def _variants(folded: str) -> list[str]:
    if not _ARABIC_START.match(folded):
        return [folded]
    return [folded] + [clitic + folded for clitic in _ARABIC_CLITICS]


def _trie_pattern(words: list[str]) -> str:
    """One regular expression for many literal words, shaped as a trie so matching stays linear."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True

    def render(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return render(trie)


class PhraseCounter:
    """Counts mentions of labelled terms (in any of the six languages) in encoded texts."""

    def __init__(self, tokenizer: Tokenizer, terms: list[list[str]]):
        self.size = len(terms)
        spaced: dict[str, list[int]] = {}
        self._cjk_labels: dict[str, list[int]] = {}
        for label, words in enumerate(terms):
            for word in words:
                folded = fold(word).strip()
                if not folded:
                    continue
                if _CJK_ONLY.match(folded):
                    self._cjk_labels.setdefault(folded, [])
                    if label not in self._cjk_labels[folded]:
                        self._cjk_labels[folded].append(label)
                    continue
                for variant in _variants(folded):
                    if label not in spaced.setdefault(variant, []):
                        spaced[variant].append(label)
        # The keys are folded already: numbered as they are, since folding is not idempotent
        # (a stem can end like an inflection: "بيانات" -> "بيان" -> "بي", "adminis" -> "admini").
        phrases = [np.array([tokenizer.token(t) for t in key.split()], dtype=np.int64) for key in spaced]
        self._phrases = PhraseMatcher(phrases, list(spaced.values()))
        self._cjk = re.compile(_trie_pattern(list(self._cjk_labels)) or "(?!)")

    def counts(self, corpus: Encoded) -> np.ndarray:
        """A dense (texts x labels) float32 matrix of mention counts (there are few labels)."""
        docs, labels = self._phrases.matches(corpus)
        extra_docs, extra_labels = [], []
        for doc, runs in corpus.cjk.items():
            for term in self._cjk.findall(runs):
                for label in self._cjk_labels[term]:
                    extra_docs.append(doc)
                    extra_labels.append(label)
        docs = np.concatenate([docs, np.asarray(extra_docs, dtype=np.int64)])
        labels = np.concatenate([labels, np.asarray(extra_labels, dtype=np.int64)])
        flat = np.bincount(docs * self.size + labels, minlength=len(corpus) * self.size)
        return flat.astype(np.float32).reshape(len(corpus), self.size)


class ConceptReader(PhraseCounter):
    """Counts concept mentions; maps concepts to the themes and audiences they are evidence for."""

    def __init__(self, tokenizer: Tokenizer, concepts: dict[str, Concept] | None = None):
        concepts = concepts if concepts is not None else widened_concepts()
        self.names = list(concepts)
        terms = [[word for words in c.terms.values() for word in words] for c in concepts.values()]
        super().__init__(tokenizer, terms)
        self.theme_map = self._code_map(concepts, "themes", THEMES)
        self.audience_map = self._code_map(concepts, "audiences", AUDIENCES)

    def _code_map(self, concepts: dict[str, Concept], field: str, codes: tuple[str, ...]) -> np.ndarray:
        matrix = np.zeros((len(concepts), len(codes)), dtype=np.float32)
        for row, concept in enumerate(concepts.values()):
            for code in getattr(concept, field):
                matrix[row, codes.index(code)] = 1.0
        return matrix
