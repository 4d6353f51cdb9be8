"""XLSForm import: a valid three-language form becomes the expected document; a broken one is
refused with every problem located by sheet, row and column."""

import io
import json

import openpyxl
import pytest

from needs.surveys.definitions import DefinitionError, load_definition

VOCABULARY = {"themes", "capacity_type", "level", "audience", "delivery", "languages", "regions"}

SURVEY_HEADER = ["type", "name", "label::English (en)", "label::Français (fr)", "label::العربية (ar)",
                 "hint::English (en)", "hint::Français (fr)", "required", "relevant", "constraint",
                 "constraint_message::English (en)", "constraint_message::Français (fr)", "calculation",
                 "appearance", "needs"]


def workbook(survey, choices=(), settings=None, survey_header=SURVEY_HEADER,
             choices_header=("list_name", "name", "label::English (en)", "label::Français (fr)",
                             "label::العربية (ar)")) -> bytes:
    """An .xlsx made from rows given as dicts keyed by header."""
    book = openpyxl.Workbook()
    sheets = [("survey", survey_header, survey), ("choices", choices_header, choices)]
    if settings is not None:
        sheets.append(("settings", list(settings), [settings]))
    book.remove(book.active)
    for title, header, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.append(list(header))
        for row in rows:
            sheet.append([row.get(column) for column in header])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def row(type_, name=None, en=None, fr=None, ar=None, **cells):
    cells = {key.replace("__", "::"): value for key, value in cells.items()}
    return {"type": type_, "name": name, "label::English (en)": en, "label::Français (fr)": fr,
            "label::العربية (ar)": ar, **cells}


def choice(list_name, name, en, fr, ar):
    return {"list_name": list_name, "name": name, "label::English (en)": en, "label::Français (fr)": fr,
            "label::العربية (ar)": ar}


VALID_SURVEY = [
    row("text", "institution", "Institution", "Institution", "المؤسسة", required="yes",
        **{"hint::English (en)": "Full name", "hint::Français (fr)": "Nom complet"}),
    row("begin_group", "profile", "Profile", "Profil", "الملف"),
    row("select_one yes_no", "trained", "Trained before?", "Déjà formés ?", "تدربتم سابقا؟", required="yes"),
    row("text", "trained_detail", "Which training?", "Quelle formation ?", "أي تدريب؟",
        appearance="multiline", relevant="${trained} = 'yes'"),
    row("integer", "staff", "Staff", "Personnel", "الموظفون", constraint=". >= 1 and . <= 500",
        **{"constraint_message::English (en)": "Between 1 and 500",
           "constraint_message::Français (fr)": "Entre 1 et 500"}),
    row("end_group"),
    row("begin repeat", "needs", "Need", "Besoin", "احتياج"),
    row("select_multiple vocabulary:themes", "theme", "Theme", "Thème", "الموضوع", needs="themes",
        required="true"),
    row("select_one priority", "priority", "Priority", "Priorité", "الأولوية", appearance="likert",
        needs="priority"),
    row("text", "need_text", "Describe", "Décrivez", "صِف", needs="text", appearance="multiline",
        relevant="${priority} >= 2"),
    row("end repeat"),
    row("calculate", "count_needs", calculation="count(${needs})"),
    row("select_multiple gfmd_recommendations", "gfmd", "Recommendations", "Recommandations", "التوصيات"),
]
VALID_CHOICES = [
    choice("yes_no", "yes", "Yes", "Oui", "نعم"),
    choice("yes_no", "no", "No", "Non", "لا"),
    choice("priority", 1, "Low", "Faible", "منخفضة"),
    choice("priority", 2, "Medium", "Moyenne", "متوسطة"),
    choice("priority", 3, "High", "Élevée", "عالية"),
]
SETTINGS = {"form_id": "pilot", "version": 3, "default_language": "English (en)",
            "form_title::English (en)": "Pilot", "form_title::Français (fr)": "Pilote"}


def test_valid_form_becomes_the_expected_document():
    doc = load_definition(workbook(VALID_SURVEY, VALID_CHOICES, SETTINGS), filename="pilot.xlsx",
                          vocabulary_lists=VOCABULARY)
    assert json.loads(json.dumps(doc)) == doc
    assert doc["name"] == "pilot" and doc["version"] == "3"
    assert doc["title"] == {"en": "Pilot", "fr": "Pilote"}
    assert doc["languages"] == ["ar", "en", "fr"] and doc["default_language"] == "en"
    assert [section["name"] for section in doc["sections"]] == ["_default", "profile", "_default_2"]
    default, profile, tail = doc["sections"]
    assert profile["title"] == {"en": "Profile", "fr": "Profil", "ar": "الملف"}

    institution = default["items"][0]
    assert institution["type"] == "text" and institution["required"] is True
    assert institution["label"] == {"en": "Institution", "fr": "Institution", "ar": "المؤسسة"}
    assert institution["hint"] == {"en": "Full name", "fr": "Nom complet"}

    trained, detail, staff = profile["items"]
    assert trained["type"] == "select_one"
    assert trained["choices"] == [{"value": "yes", "label": {"en": "Yes", "fr": "Oui", "ar": "نعم"}},
                                  {"value": "no", "label": {"en": "No", "fr": "Non", "ar": "لا"}}]
    assert detail["type"] == "long_text" and detail["relevant"] == "${trained} = 'yes'"
    assert staff["type"] == "integer" and staff["constraint"] == ". >= 1 and . <= 500"
    assert staff["constraint_message"] == {"en": "Between 1 and 500", "fr": "Entre 1 et 500"}

    needs, count_needs, gfmd = tail["items"]
    assert needs["type"] == "repeat" and needs["label"]["ar"] == "احتياج"
    theme, priority, text = needs["items"]
    assert (theme["type"], theme["choices"], theme["needs_field"], theme["required"]) == \
        ("select_multiple", "themes", "themes", True)
    assert priority["type"] == "scale" and [c["value"] for c in priority["choices"]] == ["1", "2", "3"]
    assert text["needs_field"] == "text" and text["type"] == "long_text"
    assert count_needs == {**count_needs, "type": "calculate", "calculation": "count(${needs})"}
    assert gfmd["choices"] == "gfmd_recommendations"


def test_group_inside_repeat_is_flattened_with_its_condition():
    survey = [
        row("begin_repeat", "needs", "Need", "Besoin", "احتياج", relevant="${go} = 'yes'"),
        row("begin_group", "inner", "Inner", "Intérieur", "داخلي", relevant="${a} = 1"),
        row("integer", "a", "A", "A", "أ"),
        row("text", "b", "B", "B", "ب", relevant="${a} > 0"),
        row("end_group"),
        row("end_repeat"),
        row("text", "go", "Go", "Go", "اذهب"),
    ]
    doc = load_definition(workbook(survey), filename="f.xlsx", vocabulary_lists=VOCABULARY)
    repeat = doc["sections"][0]["items"][0]
    assert repeat["relevant"] == "${go} = 'yes'"
    a, b = repeat["items"]
    assert a["relevant"] == "${a} = 1"
    assert b["relevant"] == "(${a} = 1) and (${a} > 0)"


def test_plain_language_columns_and_default_language():
    header = ["type", "name", "label", "label::fr", "hint::Français"]
    survey = [{"type": "text", "name": "q", "label": "Question", "label::fr": "Question FR",
               "hint::Français": "Aide"}]
    doc = load_definition(workbook(survey, survey_header=header, settings={"default_language": "en"}),
                          filename="f.xlsx", vocabulary_lists=VOCABULARY)
    question = doc["sections"][0]["items"][0]
    assert question["label"] == {"en": "Question", "fr": "Question FR"}
    assert question["hint"] == {"fr": "Aide"}


def problems_of(data):
    with pytest.raises(DefinitionError) as raised:
        load_definition(data, filename="broken.xlsx", vocabulary_lists=VOCABULARY)
    return {(p.sheet, p.row, p.column, p.code) for p in raised.value.problems}, raised.value.problems


def test_broken_form_lists_every_problem_by_sheet_row_and_column():
    survey = [
        row("text", "name1", "Name", "Nom", "اسم"),                                    # row 2: fine
        row("texte", "q2", "Q2", "Q2", "س2"),                                         # 3: unknown type
        row("select_one missing_list", "q3", "Q3", "Q3", "س3"),                       # 4: no such list
        row("text", "q4", "Q4", "Q4", "س4", relevant="${name1} = = 'x'"),             # 5: broken expression
        row("text", "q5", "Q5", "Q5", "س5", relevant="${nobody} = 'x'"),              # 6: unknown reference
        row("text", "name1", "Again", "Encore", "مجددا"),                             # 7: duplicate name
        row("begin_group", "g", "G", "G", "ج"),                                       # 8: never closed
        row("integer", "q9", None, "Q9", "س9"),                                       # 9: no English label
        row("integer", "q10", "Q10", "Q10", "س10", needs="text"),                     # 10: incompatible
        row("text", "q11", "Q11", "Q11", "س11", needs="colour"),                      # 11: unknown field
        row("select_multiple vocabulary:colours", "q12", "Q12", "Q12", "س12"),        # 12: unknown vocabulary
        row("end_repeat"),                                                            # 13: unbalanced
        row("text", "q14", "Q14", "Q14", "س14", required="${q9} > 1"),                # 14: dynamic required
    ]
    choices = [choice("yes_no", "yes", "Yes", "Oui", "نعم"), choice("yes_no", "yes", "Y", "O", "ن"),
               choice("yes_no", "no", None, "Non", "لا")]
    found, problems = problems_of(workbook(survey, choices))
    expected = {
        ("survey", 3, "type", "unknown_type"),
        ("survey", 4, "type", "unknown_choice_list"),
        ("survey", 5, "relevant", "expression_syntax"),
        ("survey", 6, "relevant", "unknown_reference"),
        ("survey", 7, "name", "duplicate_name"),
        ("survey", 8, "type", "unbalanced_group"),
        ("survey", 9, "label::English (en)", "missing_label"),
        ("survey", 10, "needs", "needs_incompatible"),
        ("survey", 11, "needs", "unknown_needs_field"),
        ("survey", 12, "type", "unknown_choice_list"),
        ("survey", 13, "type", "unbalanced_group"),
        ("survey", 14, "required", "unsupported_required"),
        ("choices", 3, "name", "duplicate_choice"),
        ("choices", 4, "label::English (en)", "missing_label"),
    }
    assert expected <= found, expected - found
    assert all(problem.message and str(problem).startswith("sheet ") for problem in problems)
    syntax = next(p for p in problems if p.code == "expression_syntax")
    assert syntax.params["position"] == 12 and "${name1} = = 'x'" in syntax.params["expression"]


@pytest.mark.parametrize("type_", ["geopoint", "geotrace", "geoshape", "image", "audio", "video", "file",
                                   "barcode", "time", "range", "rank colours", "background-audio",
                                   "select_one_from_file places.csv"])
def test_unsupported_types_are_refused_by_name(type_):
    found, problems = problems_of(workbook([row(type_, "q", "Q", "Q", "س")]))
    assert ("survey", 2, "type", "unsupported_type") in found
    assert type_ in problems[0].message


def test_needs_mapping_rules():
    survey = [
        row("begin_repeat", "needs", "Need", "Besoin", "احتياج"),
        row("select_multiple vocabulary:audience", "theme", "T", "T", "ت", needs="themes"),  # wrong list
        row("select_one vocabulary:level", "level_a", "L", "L", "م", needs="level"),
        row("select_one vocabulary:level", "level_b", "L", "L", "م", needs="level"),         # duplicate
        row("end_repeat"),
    ]
    found, _problems = problems_of(workbook(survey))
    assert ("survey", 3, "needs", "needs_incompatible") in found
    assert ("survey", 5, "needs", "needs_duplicate") in found
    assert any(code == "needs_without_text" for *_location, code in found)


def test_unknown_language_column_and_missing_sheet():
    header = ["type", "name", "label::Klingon"]
    found, _problems = problems_of(workbook([{"type": "text", "name": "q", "label::Klingon": "x"}],
                                            survey_header=header))
    assert ("survey", 1, "label::Klingon", "unsupported_language") in found
    book = openpyxl.Workbook()
    book.active.title = "questions"
    buffer = io.BytesIO()
    book.save(buffer)
    found, _problems = problems_of(buffer.getvalue())
    assert (None, None, None, "missing_sheet") in found


def test_nested_repeat_is_refused():
    survey = [row("begin_repeat", "outer", "O", "O", "خ"), row("begin_repeat", "inner", "I", "I", "د"),
              row("text", "q", "Q", "Q", "س"), row("end_repeat"), row("end_repeat")]
    found, _problems = problems_of(workbook(survey))
    assert ("survey", 3, "type", "nested_repeat") in found


def test_imported_skip_logic_constraints_and_repeat_drive_the_answers():
    from needs.surveys.definitions import extract_needs, relevant_map, validate_answers

    doc = load_definition(workbook(VALID_SURVEY, VALID_CHOICES, SETTINGS), filename="pilot.xlsx",
                          vocabulary_lists=VOCABULARY)
    answers = {"institution": "Ministry", "trained": "yes", "staff": 900,
               "needs": [{"theme": ["data"], "priority": "1", "need_text": "hidden"},
                         {"theme": ["remittances"], "priority": "3", "need_text": "Remittance data"}]}
    relevant = relevant_map(doc, answers)
    assert relevant["trained_detail"] is True
    assert relevant["needs[0].need_text"] is False and relevant["needs[1].need_text"] is True
    problems = validate_answers(doc, answers)
    assert set(problems) == {"staff"}
    assert problems["staff"].message == {"en": "Between 1 and 500", "fr": "Entre 1 et 500"}
    records = extract_needs(doc, answers, country="SEN", text_language="fr")
    assert [(r["text"], r["themes"], r["priority"]) for r in records] == [
        ("", ["data"], 1), ("Remittance data", ["remittances"], 3)]
