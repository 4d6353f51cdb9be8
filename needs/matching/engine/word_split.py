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
_BASE = np.uint64(0x9E3779B97F4A7C15)  # odd, with its bits spread


def split_words(texts: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The distinct lower-cased words of ``texts`` in order of first appearance, the position in that
    list of every word in reading order, and the number of words of each text.

    Words are told apart by a 64-bit hash of their characters and their length.
    """
    lowered = [text.lower() for text in texts]  # whole texts, as `text.words` lowers them
    # A non-word character around every text, and room to read 8 bytes from any word's start.
    joined = " " + " ".join(lowered) + " " * 8
    if joined.isascii():
        units = np.frombuffer(joined.encode("ascii"), np.uint8)
        word = _ASCII[units]
    else:
        units = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), "<u4")
        word = _word_characters(units)[units]
        if units.max() < 2**16:
            units = units.astype("<u2")  # four characters to a 64-bit read instead of two
    edges = np.flatnonzero(word[1:] != word[:-1]) + 1
    starts, ends = edges[0::2], edges[1::2]
    hashes = _hashes(units, starts, ends - starts)
    distinct, first, index = _first_appearance(hashes)
    names = [joined[s:e] for s, e in zip(starts[first].tolist(), ends[first].tolist(), strict=True)]
    text_ends = np.cumsum(np.fromiter(map(len, lowered), np.int64, len(lowered)) + 1)
    counts = np.diff(np.searchsorted(starts, text_ends), prepend=0)
    return names, index, counts


def _word_characters(codes: np.ndarray) -> np.ndarray:
    """A lookup table up to the largest code point: True for word characters (classified once each)."""
    table = np.zeros(int(codes.max()) + 1, dtype=bool)
    table[:128] = _ASCII
    present = np.flatnonzero(np.bincount(codes[codes >= 128]))  # rarer than ASCII
    table[[c for c in present.tolist() if _WORD.match(chr(c))]] = True
    return table


def _hashes(units: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """A polynomial hash of each word, its length first, then its characters read 64 bits at a time
    (8, 4 or 2 characters as ``units`` are 1, 2 or 4 bytes wide), the bits past the word's end masked.

    Words are taken longest first, so that the words still running at each step are a prefix."""
    size = units.itemsize
    width = 8 // size  # characters in one 64-bit read
    reads = np.ndarray((len(units) - width + 1,), dtype="<u8", buffer=units, strides=(size,))
    masks = np.array([(1 << (8 * size * n)) - 1 for n in range(width)] + [2**64 - 1], dtype=np.uint64)
    steps = (lengths + width - 1) // width
    small = steps.astype(np.uint16) if len(steps) and steps.max() < 2**16 else steps
    order = np.argsort(small, kind="stable")[::-1]  # a radix sort for 16-bit keys
    position, left = starts[order], lengths[order]
    running = len(order) - np.cumsum(np.bincount(steps, minlength=1))  # words with more than k steps
    out = left.astype(np.uint64)
    with np.errstate(over="ignore"):
        for n in running.tolist():
            if not n:
                break
            head = out[:n]
            np.multiply(head, _BASE, out=head)
            head += reads[position[:n]] & masks[np.minimum(left[:n], width)]
            position[:n] += width
            left[:n] -= width
    hashes = np.empty_like(out)
    hashes[order] = _mixed(out)
    return hashes


def _mixed(values: np.ndarray) -> np.ndarray:
    """A bijection of 64-bit values that spreads every bit over the top bits (splitmix64's finaliser):
    short words differ only in their low bytes, and `_lookup` tells values apart by their top bits."""
    with np.errstate(over="ignore"):
        values = (values ^ (values >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return values ^ (values >> np.uint64(31))


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
