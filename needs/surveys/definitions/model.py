"""The normalized survey document: a JSON-serializable dict the application stores and pins
every response to.

Document::

    {"schema": 1, "name": str, "version": str, "title": {lang: text}, "languages": [lang, ...],
     "default_language": lang,
     "sections": [{"name", "title": {lang: text}, "relevant": expr | None, "items": [item, ...]}]}

An item is a question or a repeat. Question::

    {"name", "type", "label": {lang: text}, "hint": {lang: text}, "required": bool,
     "required_message": {lang: text}, "relevant": expr | None, "constraint": expr | None,
     "constraint_message": {lang: text}, "calculation": expr | None,
     "choices": None | "<list name>" | [{"value": str, "label": {lang: text}}, ...],
     "appearance": str | None, "needs_field": str | None,
     "min": number | None, "max": number | None, "min_length": int | None, "max_length": int | None,
     "pattern": str | None}

``choices`` as a string names a list the application supplies: a vocabulary list (``themes``,
``audience``, ...) or ``gfmd_recommendations`` (the GFMD recommendation picker).

Repeat (the focal point adds as many instances as needed)::

    {"name", "type": "repeat", "label", "hint", "relevant", "min_count": int | None,
     "max_count": int | None, "items": [question, ...]}

Answers::

    {name: value, repeat_name: [{name: value}, ...]}

Values: text as str; integer as int; decimal as float; date as "YYYY-MM-DD"; select_one and scale
as the chosen code; select_multiple as a list of codes. Missing, None, "" and [] mean unanswered.
Field paths name a question (``institution_name``), a repeat (``needs``) or a question of one
repeat instance (``needs[2].text``, counting from 0).
"""

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
SCHEMA = 1

TEXT, LONG_TEXT, INTEGER, DECIMAL, DATE = "text", "long_text", "integer", "decimal", "date"
SELECT_ONE, SELECT_MULTIPLE, SCALE = "select_one", "select_multiple", "scale"
NOTE, CALCULATE, REPEAT = "note", "calculate", "repeat"

QUESTION_TYPES = frozenset({TEXT, LONG_TEXT, INTEGER, DECIMAL, DATE, SELECT_ONE, SELECT_MULTIPLE, SCALE,
                            NOTE, CALCULATE})
CHOICE_TYPES = frozenset({SELECT_ONE, SELECT_MULTIPLE, SCALE})
DISPLAY_ONLY = frozenset({NOTE, CALCULATE})  # asked of no one

GFMD_LIST = "gfmd_recommendations"

# The needs field each question may feed, the question types that can feed it, and the
# vocabulary list its codes must come from.
NEEDS_FIELDS = {
    "themes": (frozenset({SELECT_ONE, SELECT_MULTIPLE}), "themes"),
    "capacity_type": (frozenset({SELECT_ONE, SELECT_MULTIPLE}), "capacity_type"),
    "level": (frozenset({SELECT_ONE, SELECT_MULTIPLE}), "level"),
    "audience": (frozenset({SELECT_ONE, SELECT_MULTIPLE}), "audience"),
    "delivery": (frozenset({SELECT_ONE, SELECT_MULTIPLE}), "delivery"),
    "languages": (frozenset({SELECT_ONE, SELECT_MULTIPLE}), "languages"),
    "priority": (frozenset({SCALE, SELECT_ONE, INTEGER}), None),
    "text": (frozenset({TEXT, LONG_TEXT}), None),
}
LIST_NEEDS_FIELDS = frozenset({"themes", "audience", "delivery", "languages"})


def new_question(name: str, type_: str) -> dict:
    """A question with every key present, as readers build them."""
    return {
        "name": name, "type": type_, "label": {}, "hint": {}, "required": False, "required_message": {},
        "relevant": None, "constraint": None, "constraint_message": {}, "calculation": None,
        "choices": None, "appearance": None, "needs_field": None, "min": None, "max": None,
        "min_length": None, "max_length": None, "pattern": None,
    }


def new_repeat(name: str) -> dict:
    return {"name": name, "type": REPEAT, "label": {}, "hint": {}, "relevant": None,
            "min_count": None, "max_count": None, "items": []}


def new_section(name: str) -> dict:
    return {"name": name, "title": {}, "relevant": None, "items": []}


def iter_items(doc: dict):
    """Yield ``(section, repeat_or_None, item)`` for every question and repeat, in order."""
    for section in doc["sections"]:
        for item in section["items"]:
            yield section, None, item
            if item["type"] == REPEAT:
                for child in item["items"]:
                    yield section, item, child


def iter_questions(doc: dict):
    """Yield every question dict in document order (inside repeats too, never the repeats)."""
    for _section, _repeat, item in iter_items(doc):
        if item["type"] != REPEAT:
            yield item


def repeat_names(doc: dict) -> dict[str, frozenset[str]]:
    """Each repeat's name mapped to the names of the questions inside it."""
    return {item["name"]: frozenset(child["name"] for child in item["items"])
            for _section, repeat, item in iter_items(doc) if item["type"] == REPEAT}


def choice_source(question: dict) -> str | None:
    """'inline', 'vocabulary', 'gfmd_recommendations', or None for a question without choices."""
    choices = question.get("choices")
    if choices is None:
        return None
    if isinstance(choices, str):
        return GFMD_LIST if choices == GFMD_LIST else "vocabulary"
    return "inline"
