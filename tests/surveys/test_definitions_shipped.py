"""The shipped GFMD pre-assessment: loads, complete in the six UN languages, wired for needs."""

import json
import re

import pytest

from needs.surveys.definitions import SHIPPED_SURVEY, iter_items, iter_questions, load_definition
from needs.surveys.expressions import parse

VOCABULARY = {"themes", "capacity_type", "level", "audience", "delivery", "languages", "regions"}
SIX = {"ar", "zh", "en", "fr", "ru", "es"}
SCRIPTS = {"ar": r"[\u0600-\u06FF]", "zh": r"[\u4E00-\u9FFF]", "ru": r"[\u0400-\u04FF]"}


@pytest.fixture(scope="module")
def doc():
    return load_definition(SHIPPED_SURVEY, vocabulary_lists=VOCABULARY)


def texts(doc):
    """Every translated text of the document, with where it is."""
    yield "title", doc["title"]
    for section in doc["sections"]:
        yield section["name"], section["title"]
    for _section, _repeat, item in iter_items(doc):
        for key in ("label", "hint", "constraint_message", "required_message"):
            if item.get(key):
                yield f"{item['name']}.{key}", item[key]
        if isinstance(item.get("choices"), list):
            for choice in item["choices"]:
                yield f"{item['name']}.{choice['value']}", choice["label"]


def test_every_text_is_in_the_six_languages_and_scripts(doc):
    assert set(doc["languages"]) == SIX
    count = 0
    for where, text in texts(doc):
        assert set(text) == SIX, where
        assert all(value.strip() for value in text.values()), where
        for language, script in SCRIPTS.items():
            assert re.search(script, text[language]), (where, language)
        count += 1
    assert count > 90


def test_labels_and_hints_are_present(doc):
    for question in iter_questions(doc):
        if question["type"] != "calculate":
            assert set(question["label"]) == SIX, question["name"]
    assert sum(1 for question in iter_questions(doc) if question["hint"]) >= 5


def test_shape_of_the_survey(doc):
    assert 5 <= len(doc["sections"]) <= 6
    assert 25 <= sum(1 for _ in iter_questions(doc)) <= 40
    assert json.loads(json.dumps(doc, ensure_ascii=False)) == doc
    types = {question["type"] for question in iter_questions(doc)}
    assert {"text", "long_text", "integer", "select_one", "select_multiple", "scale", "note",
            "calculate"} <= types
    names = {item["name"] for _section, _repeat, item in iter_items(doc)}
    assert {"institution_name", "institution_kind", "focal_point_role", "focal_point_phone",
            "gfmd_implemented", "gfmd_planned", "needs", "constraints", "budget_detail", "connectivity",
            "host_interest", "host_scope"} <= names


def test_needs_repeat_maps_every_exchange_field(doc):
    repeat = next(item for _s, _r, item in iter_items(doc) if item["type"] == "repeat")
    mapped = {question["needs_field"]: question for question in repeat["items"] if question["needs_field"]}
    assert set(mapped) == {"themes", "capacity_type", "level", "audience", "delivery", "languages",
                           "priority", "text"}
    assert mapped["themes"]["choices"] == "themes"
    assert [choice["value"] for choice in mapped["priority"]["choices"]] == ["1", "2", "3"]
    assert mapped["text"]["type"] == "long_text" and mapped["text"]["min_length"]
    people = next(question for question in repeat["items"] if question["type"] == "integer")
    assert people["min"] is not None and people["max"] is not None


def test_skip_logic_parses_and_refers_to_known_questions(doc):
    names = {item["name"] for _section, _repeat, item in iter_items(doc)}
    conditions = [item["relevant"] for _s, _r, item in iter_items(doc) if item["relevant"]]
    assert len(conditions) >= 6
    for condition in conditions:
        assert parse(condition).references() <= names
