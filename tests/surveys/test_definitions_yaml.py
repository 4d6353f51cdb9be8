"""The YAML reader: a small definition becomes a document; mistakes are listed by path and line."""

import pytest

from needs.surveys.definitions import DefinitionError, load_definition

VOCABULARY = {"themes", "audience"}

GOOD = """
name: small
languages: [en, fr]
default_language: en
title: {en: Small, fr: Petit}
choice_lists:
  yes_no:
    - {value: "yes", label: {en: Yes, fr: Oui}}
    - {value: "no", label: {en: No, fr: Non}}
sections:
  - name: main
    title: Main
    items:
      - {name: ok, type: select_one, choices: yes_no, label: {en: "OK?", fr: "D'accord ?"}, required: true}
      - name: age
        type: integer
        label: Age
        min: 18
        max: 99
        relevant: "${ok} = 'yes'"
      - name: needs
        type: repeat
        label: Need
        max_count: 5
        items:
          - {name: topic, type: select_multiple, choices: "vocabulary:themes", label: Topic, needs: themes}
          - {name: what, type: long_text, label: What, needs: text, min_length: 5}
"""


def load(text):
    return load_definition(text.encode(), filename="survey.yaml", vocabulary_lists=VOCABULARY)


def test_good_definition():
    doc = load(GOOD)
    main = doc["sections"][0]
    assert main["title"] == {"en": "Main"}
    ok, age, needs = main["items"]
    assert ok["choices"][0] == {"value": "yes", "label": {"en": "Yes", "fr": "Oui"}}
    assert ok["label"] == {"en": "OK?", "fr": "D'accord ?"}
    assert (age["min"], age["max"], age["relevant"]) == (18, 99, "${ok} = 'yes'")
    assert needs["max_count"] == 5
    assert needs["items"][0]["choices"] == "themes" and needs["items"][0]["needs_field"] == "themes"
    assert needs["items"][1]["min_length"] == 5


def problems(text):
    with pytest.raises(DefinitionError) as raised:
        load(text)
    return {(problem.path, problem.line, problem.code) for problem in raised.value.problems}


def test_mistakes_are_listed_by_path_and_line():
    broken = GOOD.replace("type: integer", "type: number") \
                 .replace("relevant: \"${ok} = 'yes'\"", "relevant: \"${nobody} = 'yes' and\"") \
                 .replace("label: Topic, needs: themes", "label: Topic, needs: topics") \
                 .replace("max: 99", "max: 9\n        colour: red")
    found = problems(broken)
    assert ("sections[0].items[1].type", 16, "unknown_type") in found
    assert ("sections[0].items[1].relevant", 21, "expression_syntax") in found
    assert ("sections[0].items[1].colour", 20, "unknown_key") in found
    assert ("sections[0].items[1].min", 18, "min_above_max") in found
    assert ("sections[0].items[2].items[0].needs", 27, "unknown_needs_field") in found


def test_unknown_reference_and_duplicate_name():
    found = problems(GOOD.replace("${ok}", "${nobody}").replace("name: age", "name: ok"))
    codes = {code for _path, _line, code in found}
    assert {"unknown_reference", "duplicate_name"} <= codes


def test_missing_default_label_and_unknown_list():
    found = problems(GOOD.replace("label: Age", "label: {fr: Âge}")
                         .replace("choices: yes_no", "choices: oui_non"))
    assert ("sections[0].items[1].label", 17, "missing_label") in found
    assert ("sections[0].items[0].choices", 14, "unknown_choice_list") in found
    assert not any(code == "missing_choices" for _p, _l, code in found)


def test_unsupported_language_and_syntax_error():
    found = problems(GOOD.replace("[en, fr]", "[en, pt]"))
    assert ("languages", 3, "unsupported_language") in found
    found = problems("name: [unclosed\n")
    assert {code for *_where, code in found} == {"yaml_syntax"}
    assert all(line for _path, line, _code in found)


def test_yes_and_no_stay_text():
    doc = load(GOOD.replace('value: "yes"', "value: yes").replace('value: "no"', "value: No"))
    assert [choice["value"] for choice in doc["sections"][0]["items"][0]["choices"]] == ["yes", "No"]
    assert doc["sections"][0]["items"][0]["choices"][0]["label"] == {"en": "Yes", "fr": "Oui"}
