"""The quick paths give the same answers as the plain ones they stand in for."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from needs.matching.engine import validation
from needs.matching.engine.features import same_sums

DEV = Path("/work/shared/bench/dev")


def _plain_sums(left, right):
    out = np.zeros((left.shape[0], right.shape[1]), np.result_type(left, right))
    for i, row in enumerate(left):
        for k in np.flatnonzero(row):
            out[i] += row[k] * right[k]
    return out


def test_same_sums_matches_the_row_by_row_sum_bit_for_bit():
    rng = np.random.default_rng(3)
    left = (rng.random((40, 30)) * (rng.random((40, 30)) < 0.2)).astype(np.float32)
    right = rng.standard_normal((1000, 30)).astype(np.float32).T  # a strided view, like concepts.T
    assert same_sums(left, right).tobytes() == _plain_sums(left, right).tobytes()
    assert same_sums(left[:1], right).tobytes() == _plain_sums(left, right)[:1].tobytes()
    empty = np.zeros((3, 30), np.float32)
    assert not same_sums(empty, right).any()


ACTIVITY = {
    "id": "a1", "agency": "X", "kind": "course", "title": "T", "description": "D", "text_language": "en",
    "themes": ["data"], "capacity_type": ["policy"], "level": ["individual"], "audience": ["government"],
    "delivery": "online", "languages": ["en"], "regions": ["global"], "status": "existing",
}  # fmt: skip
NEED = {"id": "n1", "country": "KEN", "text_language": "en", "text": "data", "priority": 2}
BAD = [None, "", " ", 1, 1.5, True, [], ["x"], [1], [["data"]], {}, "data", "zz", ["data", "zz"]]


@pytest.mark.parametrize("field", sorted(set(ACTIVITY) | {"partners", "certification", "replication", "translations"}))
def test_quick_activity_check_agrees_with_the_field_checks(field):
    for value in BAD:
        record = {**ACTIVITY, field: value}
        quick = validation._activity_ok(record)
        errors = validation._check(record, validation._ACTIVITY_FIELDS)
        if not errors and not record["themes"]:
            errors.append("themes")
        translations = record.get("translations")
        if translations is not None and not isinstance(translations, dict):
            errors.append("translations")
        assert not (quick and errors), (field, value)
        assert bool(validation.validate_activity(record)) == bool(errors)


NEED_FIELDS = sorted(set(NEED) | {"themes", "capacity_type", "level", "audience", "delivery", "languages"})


@pytest.mark.parametrize("field", NEED_FIELDS)
def test_quick_need_check_agrees_with_the_field_checks(field):
    for value in [*BAD, 0, 4, "ken", "XXX", "policy", ["online"]]:
        record = {**NEED, field: value}
        quick = validation._need_ok(record)
        slow = validation._check(record, validation._NEED_FIELDS)
        country = record.get("country")
        if isinstance(country, str) and country.strip() and validation.member_state(country) is None:
            slow.append("country")
        assert not (quick and slow), (field, value)
        assert bool(validation.validate_need(record)) == bool(slow)


@pytest.mark.skipif(not DEV.exists(), reason="shared dev set not present")
def test_every_dev_record_takes_the_quick_path():
    activities = [json.loads(line) for line in (DEV / "activities.jsonl").open(encoding="utf-8") if line.strip()]
    needs = [json.loads(line) for line in (DEV / "needs.jsonl").open(encoding="utf-8") if line.strip()]
    assert all(map(validation._activity_ok, activities))
    assert all(map(validation._need_ok, needs))
