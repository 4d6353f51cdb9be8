"""The folded lexicon is cached on disk between commands, and a bad cache is never trusted or fatal."""

import json

import pytest

from needs.matching.engine import foldcache
from needs.matching.engine.text import fold

TERMS = ["Remittances", "миграции", "التحويلات", "人口普查", "travailleurs saisonniers"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEEDS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(foldcache, "_memory", {})
    return tmp_path / "cache"


def cached_files(directory):
    return sorted(directory.glob("folded-*.json"))


def test_terms_are_folded_as_fold_does_and_written_once(cache):
    assert foldcache.folded_terms(TERMS) == [fold(term).strip() for term in TERMS]
    files = cached_files(cache)
    assert len(files) == 1 and json.loads(files[0].read_text(encoding="utf-8")) == foldcache.folded_terms(TERMS)
    foldcache.folded_terms(TERMS[:2])
    assert len(cached_files(cache)) == 2  # other terms, another entry


def test_a_new_process_reads_the_folded_terms_from_disk(cache, monkeypatch):
    foldcache.folded_terms(TERMS)
    [path] = cached_files(cache)
    path.write_text(json.dumps(["read", "from", "the", "disk", "cache"]), encoding="utf-8")
    monkeypatch.setattr(foldcache, "_memory", {})  # as a new process starts
    assert foldcache.folded_terms(TERMS) == ["read", "from", "the", "disk", "cache"]


@pytest.mark.parametrize("damage", ["{not json", json.dumps(["too", "short"]), json.dumps([1, 2, 3, 4, 5])])
def test_a_damaged_cache_file_is_folded_again_and_replaced(cache, monkeypatch, damage):
    foldcache.folded_terms(TERMS)
    [path] = cached_files(cache)
    path.write_text(damage, encoding="utf-8")
    monkeypatch.setattr(foldcache, "_memory", {})
    expected = [fold(term).strip() for term in TERMS]
    assert foldcache.folded_terms(TERMS) == expected
    assert json.loads(path.read_text(encoding="utf-8")) == expected


def test_an_unwritable_cache_directory_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("NEEDS_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(foldcache, "_memory", {})
    assert foldcache.folded_terms(TERMS) == [fold(term).strip() for term in TERMS]
    assert not list(tmp_path.glob("**/.folded-*"))  # no temporary file left behind
