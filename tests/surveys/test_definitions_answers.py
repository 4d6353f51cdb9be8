"""Relevance, answer validation and needs extraction on the shipped survey."""

from datetime import date

import pytest

from needs.surveys.definitions import SHIPPED_SURVEY, extract_needs, load_definition, relevant_map, validate_answers

VOCABULARY = {"themes", "capacity_type", "level", "audience", "delivery", "languages", "regions"}
TODAY = date(2024, 5, 1)
DESCRIPTION = "Our consular staff need to learn how to register diaspora skills."


@pytest.fixture(scope="module")
def doc():
    return load_definition(SHIPPED_SURVEY, vocabulary_lists=VOCABULARY)


def need(**answers):
    base = {"need_themes": ["diaspora"], "need_capacity_type": "technical", "need_level": "individual",
            "need_audience": ["consular"], "need_people": 40, "need_delivery": ["face-to-face"],
            "need_languages": ["fr", "ar"], "need_priority": "3", "need_timing": "later",
            "need_description": DESCRIPTION}
    return {**base, **answers}


def complete(**answers):
    base = {"institution_name": "Ministère des Marocains résidant à l'étranger", "institution_kind": "diaspora",
            "focal_point_role": "Director", "focal_point_phone": "+212 537 00 00 00",
            "needs": [need()], "has_training_unit": "no", "past_training": "no", "host_interest": "no"}
    return {**base, **answers}


def test_complete_answers_are_valid(doc):
    assert validate_answers(doc, complete(), today=TODAY) == {}


def test_skip_logic(doc):
    relevant = relevant_map(doc, complete(), today=TODAY)
    assert relevant["institution_name"] and relevant["needs"] and relevant["needs[0].need_description"]
    assert not relevant["institution_kind_other"]
    assert not relevant["budget_detail"] and not relevant["connectivity"] and not relevant["host_scope"]

    relevant = relevant_map(doc, complete(institution_kind="other", constraints=["budget"],
                                          host_interest="yes"), today=TODAY)
    assert relevant["institution_kind_other"] and relevant["budget_detail"] and relevant["host_scope"]
    assert not relevant["training_days"]


def test_connectivity_is_asked_when_online_delivery_is_acceptable_for_any_need(doc):
    online_second = complete(needs=[need(), need(need_delivery=["blended", "face-to-face"])])
    assert relevant_map(doc, online_second, today=TODAY)["connectivity"]
    problems = validate_answers(doc, online_second, today=TODAY)
    assert problems["connectivity"].code == "required"
    assert validate_answers(doc, {**online_second, "connectivity": "poor"}, today=TODAY) == {}


def test_required_only_when_relevant(doc):
    answers = complete(institution_kind="other")
    assert validate_answers(doc, answers, today=TODAY)["institution_kind_other"].code == "required"
    answers["institution_kind"] = "labour"
    assert "institution_kind_other" not in validate_answers(doc, answers, today=TODAY)


def test_problems_by_path_with_the_definitions_message(doc):
    answers = complete(focal_point_phone="call me", institution_name="",
                       needs=[need(), need(need_people="many", need_description="short", need_priority="7",
                                       need_themes=[])])
    problems = validate_answers(doc, answers, today=TODAY)
    assert set(problems) == {"institution_name", "focal_point_phone", "needs[1].need_people",
                             "needs[1].need_description", "needs[1].need_priority", "needs[1].need_themes"}
    assert problems["institution_name"].code == "required"
    assert problems["focal_point_phone"].code == "pattern"
    assert problems["focal_point_phone"].message["ar"].startswith("يرجى")
    assert problems["needs[1].need_people"].code == "integer"
    assert problems["needs[1].need_description"].code == "min_length"
    assert problems["needs[1].need_description"].message["zh"] == "请至少填写30个字符。"
    assert problems["needs[1].need_priority"].to_dict() == {"code": "choice", "params": {"value": "7"},
                                                          "message": None}
    assert problems["needs[1].need_themes"].code == "required"


def test_range_and_repeat_count(doc):
    problems = validate_answers(doc, complete(needs=[need(need_people=0)]), today=TODAY)
    assert problems["needs[0].need_people"].code == "min"
    assert problems["needs[0].need_people"].message["en"].startswith("Please enter a number")
    assert validate_answers(doc, complete(needs=[]), today=TODAY)["needs"].code == "min_count"
    assert validate_answers(doc, complete(needs=[need()] * 21), today=TODAY)["needs"].code == "max_count"


def test_validation_of_one_section(doc):
    answers = complete(institution_name="", host_interest="")
    assert set(validate_answers(doc, answers, today=TODAY, section="hosting")) == {"host_interest"}
    assert set(validate_answers(doc, answers, today=TODAY, section="institution")) == {"institution_name"}


def test_vocabulary_codes_are_checked_when_given(doc):
    answers = complete(needs=[need(need_themes=["diaspora", "astrology"])])
    assert validate_answers(doc, answers, today=TODAY) == {}
    problems = validate_answers(doc, answers, today=TODAY, vocabularies={"themes": ["diaspora", "data"]})
    assert problems["needs[0].need_themes"].params == {"value": "astrology"}


def test_constraint_expression_and_dates():
    doc = load_definition("""
name: dates
languages: [en, fr]
sections:
  - name: s
    title: S
    items:
      - name: start
        type: date
        label: Start
        constraint: ". >= today()"
        constraint_message: {en: Not in the past, fr: Pas dans le passé}
      - name: code
        type: text
        label: Code
        constraint: "regex(., '^[A-Z]{3}$')"
      - name: size
        type: decimal
        label: Size
        max: 2.5
""".encode(), filename="d.yaml", vocabulary_lists=set())
    problems = validate_answers(doc, {"start": "2024-04-30", "code": "ab", "size": "3.1"}, today=TODAY)
    assert problems["start"].code == "constraint"
    assert problems["start"].message == {"en": "Not in the past", "fr": "Pas dans le passé"}
    assert problems["code"].code == "constraint" and problems["code"].message is None
    assert problems["size"].code == "max"
    assert validate_answers(doc, {"start": "2024-05-01", "code": "MAR", "size": 2}, today=TODAY) == {}
    assert validate_answers(doc, {"start": "1 May"}, today=TODAY)["start"].code == "date"


def test_extract_needs(doc):
    answers = complete(needs=[need(), need(need_themes=["remittances", "data"], need_capacity_type="policy",
                                           need_priority=1, need_description="Remittance statistics.",
                                           need_languages="en es")],
                       constraints=["budget"])
    records = extract_needs(doc, answers, country="MAR", text_language="fr", today=TODAY, id_prefix="R7")
    assert records == [
        {"id": "R7-1", "country": "MAR", "text_language": "fr", "text": DESCRIPTION, "themes": ["diaspora"],
         "capacity_type": "technical", "level": "individual", "audience": ["consular"],
         "delivery": ["face-to-face"], "languages": ["fr", "ar"], "priority": 3, "source": "needs[0]"},
        {"id": "R7-2", "country": "MAR", "text_language": "fr", "text": "Remittance statistics.",
         "themes": ["remittances", "data"], "capacity_type": "policy", "level": "individual",
         "audience": ["consular"], "delivery": ["face-to-face"], "languages": ["en", "es"], "priority": 1,
         "source": "needs[1]"},
    ]


def test_extract_needs_skips_empty_instances_and_omits_unanswered_single_fields(doc):
    answers = complete(needs=[{}, {"need_description": "Border data management training.",
                                   "need_priority": ""}])
    records = extract_needs(doc, answers, country="KEN", text_language="en")
    assert len(records) == 1
    record = records[0]
    assert record["source"] == "needs[1]" and "id" not in record
    assert record["themes"] == [] and record["audience"] == []
    assert "priority" not in record and "capacity_type" not in record and "level" not in record
