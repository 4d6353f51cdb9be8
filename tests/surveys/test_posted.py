"""posted.section_answers reads a posted page exactly as the section's WTForms form does (build_form,
then forms.section_answers): same answers, same types, on valid and invalid posts of the shipped survey
and of a section holding every question type."""

from __future__ import annotations

import random

import pytest
from werkzeug.datastructures import ImmutableMultiDict

from tests.surveys.survey_app_support import open_round

CHOICES = [{"value": f"c{n}", "label": {"en": f"Choice {n}"}} for n in range(12)]


def _question(name: str, type_: str, **extra) -> dict:
    return {"name": name, "type": type_, "label": {"en": name}, "choices": None, "max_length": None, **extra}


EVERY_TYPE = {"name": "every_type", "title": {"en": "Every type"}, "items": [
    _question("intro", "note"),
    _question("short", "text", max_length=5),
    _question("long", "long_text", max_length=20),
    _question("whole", "integer"),
    _question("real", "decimal"),
    _question("day", "date"),
    _question("radio", "select_one", choices=CHOICES[:3]),
    _question("dropdown", "select_one", choices=CHOICES),
    _question("scale", "scale", choices=CHOICES[:5]),
    _question("ticks", "select_multiple", choices=CHOICES[:4]),
    _question("total", "calculate"),
    {"name": "rows", "type": "repeat", "label": {"en": "Rows"}, "max_count": 3, "items": [
        _question("row_note", "note"), _question("row_text", "text"), _question("row_whole", "integer"),
        _question("row_real", "decimal"), _question("row_pick", "select_one", choices=CHOICES[:3]),
        _question("row_ticks", "select_multiple", choices=CHOICES[:3])]},
]}

ODD_VALUES = ["", " ", "None", "12", " 12 ", "+7", "-0", "1e3", "3.50", ".5", "5.", "x", "c1", "c99",
              "2026-02-30", "2026-01-02", "١٢", "a" * 40, "Secretaría\r\nde Gobernación", "<b>&</b>"]


def _both(app, checksum: str, section: dict, pairs: list[tuple[str, str]]):
    from needs.surveys import forms, posted

    formdata = ImmutableMultiDict(pairs)
    with app.test_request_context():
        form = forms.build_form(checksum, {"sections": [section]}, section, "en", formdata=formdata)
        return forms.section_answers(section, form), posted.section_answers(checksum, section, formdata)


def _fields(section: dict):
    """(field name, question) of every answerable question, repeats at instances 0 and 1."""
    for item in section["items"]:
        if item["type"] == "repeat":
            for index in (0, 1):
                for question in item["items"]:
                    yield f"a-{item['name']}-{index}-{question['name']}", question
        else:
            yield f"a-{item['name']}", item


def _valid(question: dict) -> list[str]:
    choices = question.get("choices")
    if isinstance(choices, list) and choices:
        codes = [c["value"] for c in choices]
        return codes[:2] if question["type"] == "select_multiple" else codes[:1]
    return {"integer": ["42"], "decimal": ["2.5"], "date": ["2026-05-01"]}.get(question["type"], ["Some text"])


def _random_post(rng: random.Random, section: dict) -> list[tuple[str, str]]:
    pairs = [("csrf_token", "t"), ("revision", "3"), ("section", section["name"])]
    for name, question in _fields(section):
        roll = rng.random()
        if roll < 0.2:
            continue
        if roll < 0.5:
            pairs += [(name, value) for value in _valid(question)]
        else:
            pairs += [(name, rng.choice(ODD_VALUES)) for _ in range(rng.choice((1, 1, 2, 3)))]
    rng.shuffle(pairs)
    return pairs


def _same(wtforms_reading, posted_reading):
    assert repr(posted_reading) == repr(wtforms_reading)  # repr: 1 and 1.0, "1" and 1 differ


@pytest.fixture
def shipped(app):
    from needs.extensions import db
    from needs.surveys import catalog
    from needs.surveys.models import SurveyVersion

    version_id, _round_id = open_round(app)
    with app.app_context():
        version = db.session.get(SurveyVersion, version_id)
        return version.checksum, catalog.document(version)


def test_valid_and_random_posts_of_the_shipped_survey_read_the_same(app, shipped):
    checksum, doc = shipped
    rng = random.Random(20261128)
    for section in doc["sections"]:
        _same(*_both(app, checksum, section, [(name, value) for name, question in _fields(section)
                                               for value in _valid(question)]))
        for _ in range(60):
            _same(*_both(app, checksum, section, _random_post(rng, section)))


def test_every_question_type_reads_the_same(app):
    rng = random.Random(7)
    valid = [(name, value) for name, question in _fields(EVERY_TYPE) for value in _valid(question)]
    wtforms_reading, posted_reading = _both(app, "every-type", EVERY_TYPE, valid)
    _same(wtforms_reading, posted_reading)
    assert posted_reading["whole"] == 42 and posted_reading["real"] == 2.5 and posted_reading["ticks"] == ["c0", "c1"]
    assert "intro" not in posted_reading and "total" not in posted_reading and len(posted_reading["rows"]) == 2
    for _ in range(300):
        _same(*_both(app, "every-type", EVERY_TYPE, _random_post(rng, EVERY_TYPE)))


@pytest.mark.parametrize("pairs", [
    [],  # nothing posted: no instance, every question unanswered
    [("a-short", "a"), ("a-short", "b"), ("a-ticks", ""), ("a-ticks", "c1"), ("a-ticks", "c1")],
    [("a-rows-3-row_text", "gap"), ("a-rows-0-row_whole", "1")],  # instances in order of their numbers
    [("a-rows-01-row_text", "leading zero"), ("a-rows-1-row_text", "one")],  # 01 is instance 1, read as 1
    [("a-rows-2", "")],  # a number alone makes an instance
    [("a-rows-2-present", "1")],  # the hidden field keeps an instance with nothing ticked
    [("a-rowsX4-row_text", "the prefix is tested without its dash")],
    [("a-rows-x-row_text", "not a number"), ("a-rows--1-row_text", "negative")],
    [("a-rows-١-row_text", "Arabic-Indic one")],  # any Unicode digit counts
    [("a-rows-5-row_text", "beyond max_count")],  # max_count is a check, not a limit of the form
])
def test_edge_cases_read_the_same(app, pairs):
    _same(*_both(app, "every-type", EVERY_TYPE, pairs))


def test_a_number_int_refuses_fails_in_both(app):
    from needs.surveys import forms, posted

    formdata = ImmutableMultiDict([("a-rows-²-row_text", "superscript two")])  # isdigit, yet not int()
    with app.test_request_context():
        with pytest.raises(ValueError):
            forms.build_form("every-type", {}, EVERY_TYPE, "en", formdata=formdata)
        with pytest.raises(ValueError):
            posted.section_answers("every-type", EVERY_TYPE, formdata)
