"""XLSForms as KoboToolbox and ODK authors really write them: device metadata rows, pyxform's other
spellings of types and columns, ``or_other``, and the XPath functions their conditions use."""

import pytest

from needs.surveys.definitions import DefinitionError, load_definition, relevant_map, validate_answers
from tests.surveys.test_definitions_xlsform import VOCABULARY, choice, workbook

HEADER = ["type", "name", "label::English (en)", "label::Français (fr)", "relevance", "required",
          "constraint", "constraint message::English (en)", "calculate", "choice_filter", "media::image",
          "default"]


def row(type_, name=None, en=None, fr=None, **cells):
    return {"type": type_, "name": name, "label::English (en)": en, "label::Français (fr)": fr, **cells}


CHOICES = [choice("yes_no", "yes", "Yes", "Oui", None), choice("yes_no", "no", "No", "Non", None),
           choice("reasons", "cost", "Cost", "Coût", None), choice("reasons", "time", "Time", "Temps", None)]
CHOICES_HEADER = ("list_name", "name", "label::English (en)", "label::Français (fr)", "label::العربية (ar)")


def kobo_form() -> bytes:
    survey = [
        row("start", "start"), row("end", "end"), row("today", "today"), row("deviceid", "deviceid"),
        row("username", "username"), row("audit", "audit"),
        row("begin group", "institution", "Institution", "Institution", appearance="field-list"),
        row("select one yes_no", "has_unit", "Has a migration unit?", "A une unité migration ?",
            required="TRUE"),
        row("integer", "staff", "Staff", "Personnel", relevance="${has_unit} = 'yes'",
            constraint=". >= 1 and . <= int(500.9)",
            **{"constraint message::English (en)": "Between 1 and 500"}),
        row("select all that apply reasons or_other", "obstacles", "Obstacles", "Obstacles"),
        row("calculate", "staff_band", calculate="if(${staff} > 100, 'large', 'small')"),
        row("text", "unit_name", "Unit name", "Nom de l'unité",
            relevance="contains(normalize-space(${unit_name}), 'x') or string-length(${unit_name}) = 0"),
        row("end group"),
    ]
    return workbook(survey, CHOICES, {"form_id": "kobo_like", "version": "2026-01"}, survey_header=HEADER,
                    choices_header=CHOICES_HEADER)


def load(data: bytes) -> dict:
    return load_definition(data, filename="kobo.xlsx", vocabulary_lists=VOCABULARY)


def questions(doc: dict) -> dict:
    return {item["name"]: item for section in doc["sections"] for item in section["items"]}


def test_device_metadata_rows_are_skipped():
    names = list(questions(load(kobo_form())))
    assert names == ["has_unit", "staff", "obstacles", "obstacles_other", "staff_band", "unit_name"]


def test_pyxform_spellings_of_types_and_columns():
    items = questions(load(kobo_form()))
    assert items["has_unit"]["type"] == "select_one" and items["has_unit"]["required"] is True
    assert [c["value"] for c in items["has_unit"]["choices"]] == ["yes", "no"]
    assert items["obstacles"]["type"] == "select_multiple"
    assert items["staff"]["relevant"] == "${has_unit} = 'yes'"
    assert items["staff"]["constraint_message"] == {"en": "Between 1 and 500"}
    assert items["staff_band"]["calculation"].startswith("if(")


def test_or_other_adds_a_translated_choice_and_a_follow_up_question():
    doc = load(kobo_form())
    items = questions(doc)
    other = items["obstacles"]["choices"][-1]
    assert other == {"value": "other", "label": {"en": "Other", "fr": "Autre"}}
    follow_up = items["obstacles_other"]
    assert follow_up["type"] == "text" and follow_up["required"] is True
    assert relevant_map(doc, {"obstacles": ["cost"]})["obstacles_other"] is False
    assert relevant_map(doc, {"obstacles": ["cost", "other"]})["obstacles_other"] is True
    problems = validate_answers(doc, {"has_unit": "no", "obstacles": ["other"]})
    assert "obstacles_other" in problems


def test_conditions_with_xpath_functions_drive_the_answers():
    doc = load(kobo_form())
    assert relevant_map(doc, {"has_unit": "no"})["staff"] is False
    assert set(validate_answers(doc, {"has_unit": "yes", "staff": 501})) == {"staff"}
    assert validate_answers(doc, {"has_unit": "yes", "staff": 500}) == {}


@pytest.mark.parametrize("type_", ["select_one yes_no or_other", "select_multiple vocabulary:themes or_other",
                                   "text or_other"])
def test_or_other_where_it_cannot_apply_is_refused_by_name(type_):
    data = workbook([row(type_, "q", "Q", "Q")], CHOICES, survey_header=HEADER, choices_header=CHOICES_HEADER)
    if type_.startswith("select_one yes_no"):
        assert questions(load(data))["q"]["choices"][-1]["value"] == "other"
        return
    with pytest.raises(DefinitionError) as error:
        load(data)
    refused = [p for p in error.value.problems if p.code in ("unsupported_type", "unknown_type")]
    assert [(p.sheet, p.row, p.column) for p in refused] == [("survey", 2, "type")]
    assert "or_other" in refused[0].message


def test_unknown_function_is_named_with_its_row():
    data = workbook([row("text", "q", "Q", "Q", relevance="pulldata('x', 'y', 'z', 'w') = 1")], CHOICES,
                    survey_header=HEADER, choices_header=CHOICES_HEADER)
    with pytest.raises(DefinitionError) as error:
        load(data)
    problem = error.value.problems[0]
    assert (problem.sheet, problem.row, problem.column) == ("survey", 2, "relevance")
    assert "pulldata" in problem.message
