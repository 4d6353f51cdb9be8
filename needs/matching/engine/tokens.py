"""Texts as arrays of folded-token ids, and phrase matching on those arrays.

Each distinct word is folded once (`text.fold`); a corpus then becomes one numpy array of
token ids with a length per document, so that term counts and phrase matches over a large
inventory are array operations instead of Python loops over every word. Chinese has no
spaces: its runs are split into characters, and the lexicon's Chinese terms are matched as
phrases of characters (see `concepts`).
"""

from __future__ import annotations

import re
from itertools import chain

import numpy as np

from .sparse import expand
from .text import fold
from .word_split import split_words

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_PRIME = np.uint64(1_000_003)


class Encoded:
    """A corpus as token ids: ``ids`` concatenated, ``lengths`` per document."""

    def __init__(self, ids: np.ndarray, lengths: np.ndarray):
        self.ids = ids
        self.lengths = lengths
        self.docs = np.repeat(np.arange(len(lengths)), lengths)

    def __len__(self) -> int:
        return len(self.lengths)


class Tokenizer:
    """Numbers folded tokens in order of first appearance; the numbering only grows."""

    def __init__(self):
        self.token_ids: dict[str, int] = {}
        self._word_ids: dict[str, int] = {}
        self._folded: list[list[int]] = []  # per distinct word: its token ids
        self._table = np.zeros(0, dtype=np.int64)
        self._offsets = np.zeros(1, dtype=np.int64)

    def token(self, token: str) -> int:
        return self.token_ids.setdefault(token, len(self.token_ids))

    def encode(self, texts: list[str]) -> Encoded:
        distinct, index, word_counts = split_words(texts)
        new = [w for w in distinct if w not in self._word_ids]
        if new:
            self._learn(new)
        word = np.fromiter(map(self._word_ids.__getitem__, distinct), np.int64, len(distinct))[index]
        ids, counts = expand(self._offsets, self._table, word)
        bounds = np.concatenate([[0], np.cumsum(word_counts)])
        lengths = np.add.reduceat(counts, bounds[:-1]) if len(word) else np.zeros(len(texts), np.int64)
        lengths[word_counts == 0] = 0
        return Encoded(ids, lengths.astype(np.int64))

    def _learn(self, new_words: list[str]) -> None:
        token = self.token
        for word in new_words:
            folded = fold(word)
            self._word_ids[word] = len(self._word_ids)
            self._folded.append([token(t) for t in (folded.split() if word.isascii() else pieces(folded))])
        self._table = np.fromiter(chain.from_iterable(self._folded), np.int64)
        sizes = np.fromiter(map(len, self._folded), np.int64, len(self._folded))
        self._offsets = np.concatenate([[0], np.cumsum(sizes)])


def pieces(folded: str) -> list[str]:
    """The tokens of a folded text: its words, with CJK characters one by one (Chinese has no spaces).
    Checked after folding, which can make a CJK character (U+2F00 -> U+4E00)."""
    parts = folded.split()
    if _CJK.search(folded):
        return [piece for part in parts for piece in _split_cjk(part)]
    return parts


def _split_cjk(token: str) -> list[str]:
    """CJK characters one by one, other runs whole (a loop: a compiled CJK class costs milliseconds)."""
    out, run = [], ""
    for char in token:
        if "\u3400" <= char <= "\u4dbf" or "\u4e00" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff":
            if run:
                out.append(run)
                run = ""
            out.append(char)
        else:
            run += char
    if run:
        out.append(run)
    return out


class PhraseMatcher:
    """Finds phrases (token-id sequences) in an encoded corpus; every occurrence counts."""

    def __init__(self, phrases: list, labels: list[list[int]]):
        """``phrases``: each phrase's token ids; ``labels``: each phrase's labels."""
        lengths = np.fromiter(map(len, phrases), np.int64, len(phrases))
        ids = np.fromiter(chain.from_iterable(phrases), np.int64, int(lengths.sum()))
        self.max_length = int(lengths.max()) if len(lengths) else 0
        keys, prefixes = _keys(ids, lengths)
        order = np.argsort(keys, kind="stable")
        self._keys = keys[order]
        sizes = np.fromiter(map(len, labels), np.int64, len(labels))
        flat = np.fromiter(chain.from_iterable(labels), np.int64, int(sizes.sum()))
        self._labels, sizes = expand(np.concatenate([[0], np.cumsum(sizes)]), flat, order)  # in key order
        self._offsets = np.concatenate([[0], np.cumsum(sizes)])
        self._prefixes = np.unique(prefixes)
        # The first step of a match, by token: whether a phrase begins with it (most positions of a
        # text begin none and stop there), the slot of its one-token key (-1: none), and whether that
        # key is a proper prefix of a phrase key.
        starts = np.cumsum(lengths) - lengths
        firsts = ids[starts[lengths > 0]]
        tokens = np.arange(int(firsts.max()) + 1 if len(firsts) else 0)
        self._first = np.zeros(len(tokens), dtype=bool)
        self._first[firsts] = True
        self._first_slot = np.full(len(tokens), -1, dtype=np.int64)
        if len(self._keys):
            one = tokens.astype(np.uint64) + np.uint64(1)  # one-token keys
            slot = np.minimum(np.searchsorted(self._keys, one), len(self._keys) - 1)
            hit = self._keys[slot] == one
            self._first_slot[hit] = slot[hit]
            self._first_prefix = _member(self._prefixes, one)
        else:
            self._first_prefix = np.zeros(len(tokens), dtype=bool)

    def matches(self, corpus: Encoded) -> tuple[np.ndarray, np.ndarray]:
        """(document, label) pairs, one per occurrence of a phrase and label."""
        ids = corpus.ids
        known = np.flatnonzero(ids < len(self._first))
        start = known[self._first[ids[known]]]  # positions still "alive": they begin some phrase
        slot = self._first_slot[ids[start]]
        hit = slot >= 0
        counts = np.zeros(len(start), dtype=np.int64)
        found, counts[hit] = expand(self._offsets, self._labels, slot[hit])
        docs, labels = [np.repeat(corpus.docs[start], counts)], [found]
        alive = self._first_prefix[ids[start]]
        start = start[alive]
        key = ids[start].astype(np.uint64) + np.uint64(1)
        for length in range(2, self.max_length + 1):
            last = start + length - 1
            inside = last < len(ids)
            start, key, last = start[inside], key[inside], last[inside]
            same_doc = corpus.docs[start] == corpus.docs[last]
            start, key, last = start[same_doc], key[same_doc], last[same_doc]
            if not len(start):
                break
            key = key * _PRIME + ids[last].astype(np.uint64) + np.uint64(1)
            found, counts = self._labels_of(key)
            docs.append(np.repeat(corpus.docs[start], counts))
            labels.append(found)
            alive = _member(self._prefixes, key)
            start, key = start[alive], key[alive]
        return np.concatenate(docs), np.concatenate(labels)

    def _labels_of(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        slot = np.minimum(np.searchsorted(self._keys, keys), len(self._keys) - 1)
        hit = self._keys[slot] == keys
        counts = np.zeros(len(keys), dtype=np.int64)
        found, counts[hit] = expand(self._offsets, self._labels, slot[hit])
        return found, counts


def _member(sorted_keys: np.ndarray, keys: np.ndarray) -> np.ndarray:
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=bool)
    slot = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return sorted_keys[slot] == keys


def _keys(ids: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each phrase's key, as `PhraseMatcher.matches` computes it, and the keys of all their proper
    prefixes. ``ids`` are the phrases' token ids end to end, ``lengths`` their lengths."""
    keys = np.zeros(len(lengths), dtype=np.uint64)
    position = np.cumsum(lengths) - lengths
    prefixes = [np.zeros(0, np.uint64)]
    ids = ids.astype(np.uint64)
    for length in range(1, int(lengths.max()) + 1 if len(lengths) else 1):
        running = np.flatnonzero(lengths >= length)
        keys[running] = keys[running] * _PRIME + ids[position[running] + length - 1] + np.uint64(1)
        prefixes.append(keys[lengths > length])
    return keys, np.concatenate(prefixes)
