"""The words of many texts at once, as numbers: the same words as `text.words`, without a Python
step per word.

A corpus of 10,000 activities has about a million words but only thousands of distinct ones.
The texts are joined into one array of code points; words are the runs of word characters
(as the regular expression of `text.words` defines them), each run is hashed with numpy, and
only the distinct words come back as strings.
"""

from __future__ import annotations

import re

import numpy as np

# The characters of `text.words`: word characters and the combining marks that `text.fold` removes.
_WORD = re.compile(r"[\w\u0300-\u036f\u064b-\u065f\u0670]")
_ASCII = np.array([bool(_WORD.match(chr(c))) for c in range(128)])
_BASE = np.uint64(0x100000001B3)


def split_words(texts: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The distinct lower-cased words of ``texts`` in order of first appearance, the position in that
    list of every word in reading order, and the number of words of each text.

    Words are told apart by a 64-bit hash of their characters and their length.
    """
    lowered = [text.lower() for text in texts]  # whole texts, as `text.words` lowers them
    joined = " " + " ".join(lowered) + " "  # a non-word character around every text
    if joined.isascii():
        codes = np.frombuffer(joined.encode("ascii"), np.uint8)
        word = _ASCII[codes]
    else:
        codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), np.uint32)
        word = _word_characters(codes)[codes]
    edges = np.flatnonzero(word[1:] != word[:-1]) + 1
    starts, ends = edges[0::2], edges[1::2]
    hashes = _hashes(codes, starts, ends - starts)
    distinct, first, index = _first_appearance(hashes)
    names = [joined[s:e] for s, e in zip(starts[first].tolist(), ends[first].tolist(), strict=True)]
    text_ends = np.cumsum(np.fromiter(map(len, lowered), np.int64, len(lowered)) + 1)
    counts = np.diff(np.searchsorted(starts, text_ends), prepend=0)
    return names, index, counts


def _word_characters(codes: np.ndarray) -> np.ndarray:
    """A lookup table up to the largest code point: True for word characters (classified once each)."""
    table = np.zeros(int(codes.max()) + 1, dtype=bool)
    table[:128] = _ASCII
    present = np.flatnonzero(np.bincount(codes[codes >= 128]))
    table[[c for c in present.tolist() if _WORD.match(chr(c))]] = True
    return table


def _hashes(codes: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """A polynomial hash of each word's code points, with its length mixed in. Words are taken longest
    first, so that the words still running at each character position are a prefix of that order."""
    small = lengths.astype(np.uint16) if len(lengths) and lengths.max() < 2**16 else lengths
    order = np.argsort(small, kind="stable")[::-1]  # a radix sort for 16-bit keys
    position = starts[order]
    running = len(order) - np.cumsum(np.bincount(lengths, minlength=1))  # words longer than k, for each k
    out = lengths[order].astype(np.uint64)
    with np.errstate(over="ignore"):
        for n in running.tolist():
            if not n:
                break
            head = out[:n]
            np.multiply(head, _BASE, out=head)
            np.add(head, codes[position[:n]], out=head)
            position[:n] += 1
    hashes = np.empty_like(out)
    hashes[order] = out
    return hashes


def _first_appearance(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct values in order of first appearance, where each first appears, and each value's
    position among them (a sort of the values; numpy sorts 64-bit keys far faster than it argsorts)."""
    if not len(hashes):
        empty = np.zeros(0, np.int64)
        return hashes, empty, empty
    ordered = np.sort(hashes)
    fresh = np.empty(len(ordered), dtype=bool)
    fresh[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=fresh[1:])
    values = ordered[fresh]
    group = _lookup(values, hashes)
    first = np.full(len(values), len(hashes), dtype=np.int64)
    np.minimum.at(first, group, np.arange(len(hashes)))
    rank = np.argsort(first)  # first appearances are distinct
    renumber = np.empty_like(rank)
    renumber[rank] = np.arange(len(rank))
    return values[rank], first[rank], renumber[group]


def _lookup(values: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Positions of ``keys`` in the sorted distinct ``values``: a direct table on the hashes' top bits,
    a binary search only for the keys whose top bits several values share."""
    bits = min(22, max(8, int(len(values)).bit_length() + 6))
    shift = np.uint64(64 - bits)
    slots = values >> shift
    shared = np.zeros(len(values), dtype=bool)
    same = slots[1:] == slots[:-1]
    shared[1:] |= same
    shared[:-1] |= same
    table = np.full(1 << bits, -1, dtype=np.int32)
    table[slots] = np.arange(len(values))
    table[slots[shared]] = -1
    out = table[keys >> shift].astype(np.int64)
    unsure = np.flatnonzero(out < 0)
    out[unsure] = np.searchsorted(values, keys[unsure])
    return out
