"""Read texts in any of the six languages as counts of the lexicon's concepts (or other terms)."""

from __future__ import annotations

import re

import numpy as np

from .facets import FACETS
from .facets_labour import LABOUR_FACETS
from .facets_mobility import MOBILITY_FACETS
from .facets_services import SERVICE_FACETS
from .foldcache import folded_terms
from .keyterms import KEY_TERMS, REFUGEE_PROTECTION
from .lexicon import CONCEPTS, Concept
from .synonyms import SYNONYMS
from .tokens import Encoded, PhraseMatcher, Tokenizer, pieces
from .vocabulary import AUDIENCES, THEMES

_ARABIC_START = re.compile(r"^[\u0600-\u06ff]")
# Conjunctions and prepositions written joined to the next word; folding strips them only
# before the article, so a term is also looked for with each of them in front.
_ARABIC_CLITICS = ("و", "ب", "ل", "ف", "ك", "وب", "ول")


def widened_concepts() -> dict[str, Concept]:
    """The lexicon's concepts and the concepts it lacks, with the key terms and synonyms merged in."""
    out = dict(CONCEPTS)
    out["refugee-protection"] = Concept(("migration-law", "security"), (), REFUGEE_PROTECTION)
    out.update(FACETS)
    out.update(SERVICE_FACETS)
    out.update(LABOUR_FACETS)
    out.update(MOBILITY_FACETS)
    for extra in (KEY_TERMS, SYNONYMS):
        for name, terms in extra.items():
            out[name] = _merged(out[name], terms)
    return out


def _merged(concept: Concept, extra: dict[str, tuple[str, ...]]) -> Concept:
    languages = dict.fromkeys([*concept.terms, *extra])  # in a fixed order: the folded terms are cached by it
    return concept._replace(terms={lang: concept.terms.get(lang, ()) + extra.get(lang, ()) for lang in languages})


def _variants(folded: str) -> list[str]:
    if not _ARABIC_START.match(folded):
        return [folded]
    return [folded] + [clitic + folded for clitic in _ARABIC_CLITICS]


class PhraseCounter:
    """Counts mentions of labelled terms (in any of the six languages) in encoded texts.

    Every occurrence counts, overlapping ones too ("labour migration" is also "migration"). Chinese
    terms are phrases of characters, as the tokenizer splits Chinese text."""

    def __init__(self, tokenizer: Tokenizer, terms: list[list[str]]):
        self.size = len(terms)
        spaced: dict[str, list[int]] = {}
        labels = [label for label, words in enumerate(terms) for _ in words]
        for label, folded in zip(labels, folded_terms([word for words in terms for word in words]), strict=True):
            for variant in _variants(folded) if folded else ():
                if label not in spaced.setdefault(variant, []):
                    spaced[variant].append(label)
        # The keys are folded already: numbered as they are, since folding is not idempotent
        # (a stem can end like an inflection: "بيانات" -> "بيان" -> "بي", "adminis" -> "admini").
        token = tokenizer.token
        phrases = [[token(piece) for piece in pieces(key)] for key in spaced]
        self._phrases = PhraseMatcher(phrases, list(spaced.values()))

    def counts(self, corpus: Encoded) -> np.ndarray:
        """A dense (texts x labels) float32 matrix of mention counts (there are few labels)."""
        docs, labels = self._phrases.matches(corpus)
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
