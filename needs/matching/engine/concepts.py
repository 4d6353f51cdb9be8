"""Read texts in any of the six languages as counts of the lexicon's concepts."""

from __future__ import annotations

import re

import numpy as np
import scipy.sparse as sp

from .lexicon import CONCEPTS, Concept
from .text import fold
from .vocabulary import AUDIENCES, THEMES

_CJK_ONLY = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")


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


class ConceptReader:
    """Counts concept mentions; maps concepts to the themes and audiences they are evidence for."""

    def __init__(self, concepts: dict[str, Concept] = CONCEPTS):
        self.names = list(concepts)
        self._concepts_of: dict[str, list[int]] = {}
        for index, concept in enumerate(concepts.values()):
            for words in concept.terms.values():
                for word in words:
                    folded = fold(word).strip()
                    if folded:
                        self._concepts_of.setdefault(folded, [])
                        if index not in self._concepts_of[folded]:
                            self._concepts_of[folded].append(index)
        spaced = [w for w in self._concepts_of if not _CJK_ONLY.match(w)]
        cjk = [w for w in self._concepts_of if _CJK_ONLY.match(w)]
        # A leading literal space lets the regex engine jump from word start to word start.
        self._spaced = re.compile(r" (" + _trie_pattern(spaced) + r")(?= )")
        self._cjk = re.compile(_trie_pattern(cjk))
        self.theme_map = self._code_map(concepts, "themes", THEMES)
        self.audience_map = self._code_map(concepts, "audiences", AUDIENCES)

    def _code_map(self, concepts: dict[str, Concept], field: str, codes: tuple[str, ...]) -> np.ndarray:
        matrix = np.zeros((len(concepts), len(codes)), dtype=np.float32)
        for row, concept in enumerate(concepts.values()):
            for code in getattr(concept, field):
                matrix[row, codes.index(code)] = 1.0
        return matrix

    def counts(self, folded_texts: list[str]) -> sp.csr_matrix:
        """A (texts x concepts) matrix of mention counts, from texts already passed through `fold`."""
        rows, cols = [], []
        for row, text in enumerate(folded_texts):
            for pattern in (self._spaced, self._cjk):
                for match in pattern.finditer(text):
                    for col in self._concepts_of[match.group(match.lastindex or 0)]:
                        rows.append(row)
                        cols.append(col)
        data = np.ones(len(rows), dtype=np.float32)
        shape = (len(folded_texts), len(self.names))
        matrix = sp.csr_matrix((data, (rows, cols)), shape=shape)
        matrix.sum_duplicates()
        return matrix
