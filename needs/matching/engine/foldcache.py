"""The lexicon's terms folded once: kept in memory, and on disk between commands.

Folding ten thousand terms (`text.fold`) costs about a tenth of a second, which each exchange command and
each new index would pay again for the same lexicon. Like Python's bytecode cache, the folded terms are
written under ``NEEDS_CACHE_DIR`` (by default ``$XDG_CACHE_HOME/needs`` or ``~/.cache/needs``), keyed by
the terms and by what folding depends on (the folding code, the stemmer's and Unicode's versions), written
atomically, and ignored whenever they cannot be read or written.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import unicodedata
from pathlib import Path

import Stemmer

from .text import fold

_FOLDING_CODE = ("text.py", "stemming.py")
_memory: dict[str, list[str]] = {}


def folded_terms(terms: list[str]) -> list[str]:
    """``fold(term).strip()`` of each term, from the caches when they hold this list."""
    key = _key(terms)
    folded = _memory.get(key)
    if folded is None:
        folded = _read(key, len(terms))
        if folded is None:
            folded = [fold(term).strip() for term in terms]
            _write(key, folded)
        _memory[key] = folded
    return folded


def cache_dir() -> Path:
    configured = os.environ.get("NEEDS_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "needs"


def _key(terms: list[str]) -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in _FOLDING_CODE:
        digest.update((here / name).read_bytes())
    digest.update(f"{Stemmer.version()}|{unicodedata.unidata_version}|{sys.version_info[:2]}".encode())
    digest.update("\x1f".join(terms).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def _path(key: str) -> Path:
    return cache_dir() / f"folded-{key}.json"


def _read(key: str, count: int) -> list[str] | None:
    try:
        folded = json.loads(_path(key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(folded, list) or len(folded) != count or not all(isinstance(t, str) for t in folded):
        return None  # damaged: fold again and overwrite
    return folded


def _write(key: str, folded: list[str]) -> None:
    """Write to a temporary file, then rename: a reader never sees half a file."""
    try:
        directory = cache_dir()
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".folded-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(folded, out, ensure_ascii=False)
            os.replace(temporary, _path(key))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        pass  # a read-only or full disk: the next run folds again
