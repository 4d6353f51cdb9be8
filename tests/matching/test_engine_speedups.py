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
    left[::3, ::4] = 1  # the products by one are added as they are
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


def _plain_split(texts):
    from itertools import chain

    from needs.matching.engine.text import words

    per_text = [words(text) for text in texts]
    distinct = list(dict.fromkeys(chain.from_iterable(per_text)))
    position = {word: i for i, word in enumerate(distinct)}
    return distinct, [position[w] for w in chain.from_iterable(per_text)], [len(w) for w in per_text]


TRICKY = [
    "", "   ", "Data data DATA_2 x", "Migración y remesas, ¿qué datos?", "الهجرة والتحويلات المالية",
    "移民数据 统计", "Миграция и МИГРАЦИЯ", "İstanbul ΟΔΟΣ ὅρος", "e\u0301te\u0301 \u064b\u0627\u064b",
    "lone \ud800 surrogate", "astral \U00010400\U00010428 and \U0001f600 emoji", "½ ٣ ０１ ﬁne",
    "internationalization internationalisation internationalization12345678 abcdefgh abcdefghi",
    "интернационализация интернационализацию 国际移民组织能力建设项目 国际移民组织能力建设计划",
    "a NUL \x00 between words",
]  # fmt: skip


def test_split_words_finds_the_words_that_words_finds():
    from needs.matching.engine.word_split import split_words

    texts = list(TRICKY)
    if DEV.exists():
        texts += [json.loads(line)["description"] for line in (DEV / "activities.jsonl").open(encoding="utf-8")]
    for sample in (texts, TRICKY[:1], [], TRICKY[::-1], TRICKY[:-1], ["Σ", "ΑΣ", "x"]):
        distinct, index, counts = split_words(sample)
        assert (distinct, index.tolist(), counts.tolist()) == _plain_split(sample)


def test_reading_through_orjson_gives_what_the_standard_reader_gives(tmp_path):
    from needs.matching.engine.exchange import ExchangeError, read_records

    def plain(path):
        out = []
        for line in path.open(encoding="utf-8"):
            if line.strip():
                out.append(json.loads(line))
        return out

    need = '{"id": "n%d", "country": "KEN", "text_language": "en", "text": %s%s}'
    lines = [
        need % (1, '"lone \\ud800 surrogate"', ""),
        need % (2, '"x"', ', "extra": 123456789012345678901234567890'),  # past 64 bits: still an int
        "\u00a0\u3000",  # white space beyond ASCII: a blank line
        need % (3, '"tab\\tand \u2028 line separator"', ', "priority": 2'),
    ]
    path = tmp_path / "needs.jsonl"
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    records = read_records(path, validation.validate_need)
    assert records == plain(path)
    assert type(records[1]["extra"]) is int
    path.write_text(need % (1, '"x"', ', "priority": NaN') + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ExchangeError) as error:
        read_records(path, validation.validate_need)
    assert error.value.messages == [
        f"{path}:1: priority: must be an integer from 1 to 3",
        f"{path}:2: not JSON: Expecting property name enclosed in double quotes",
    ]


def test_top_of_a_block_is_the_top_of_each_row_ties_broken_by_id():
    from needs.matching.engine.matcher import _top_block, _top_rows

    rng = np.random.default_rng(5)
    ids = [f"A-{i:03d}" for i in rng.permutation(300)]
    id_order = np.empty(len(ids), dtype=np.int64)
    id_order[sorted(range(len(ids)), key=ids.__getitem__)] = np.arange(len(ids))
    logits = rng.integers(0, 6, (40, 300)).astype(np.float32)  # many ties
    logits[5] = 1.0  # all tied
    logits[6, :12] = 9.0  # ties across the cut
    for width in (11, 300):
        for top in (1, 3, 10):
            block = np.ascontiguousarray(logits[:, :width])
            expected = [_top_rows(row, ids[:width], top) for row in block]
            assert _top_block(block, ids[:width], top, np.argsort(np.argsort(ids[:width]))) == expected
    assert _top_block(logits, ids, 10, id_order) == [_top_rows(row, ids, 10) for row in logits]
